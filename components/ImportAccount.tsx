/** Options page "Import account XML": paste the provider's <account> document or pick its file. */
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { tParts } from './Trans';

interface Props {
  /** Called synchronously from the click (paste) or after reading the file. */
  onImport: (xml: string) => void;
  status: string;
  error: string;
}

export function ImportAccount({ onImport, status, error }: Props) {
  const [xml, setXml] = useState('');
  return (
    <section class="card">
      <h2 id="import-heading">{t('importTitle')}</h2>
      <p class="section-hint">
        {tParts('importHint', <code>&lt;account&gt;</code>)}
      </p>
      <div class="field">
        <label htmlFor="account-xml">{t('importField')}</label>
        <textarea
          id="account-xml"
          rows={4}
          spellcheck={false}
          value={xml}
          placeholder="<account><username>…</username><cth_ws_url>https://…</cth_ws_url></account>"
          onInput={(e) => setXml(e.currentTarget.value)}
        />
      </div>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => onImport(xml)}>
          {t('importButton')}
        </button>
        <span class="or">{t('importOr')}</span>
        <input
          id="account-xml-file"
          class="file-input"
          type="file"
          accept=".xml,application/xml,text/xml"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const text = await file.text();
            input.value = '';
            onImport(text);
          }}
        />
        {/* The input stays focusable; its label is styled as the button (focus ring via CSS sibling rule). */}
        <label class="file-pick" htmlFor="account-xml-file">{t('importFromFile')}</label>
      </div>
      <div role="alert" class="notice notice--error" data-testid="import-error">{error}</div>
      <div role="status" class="notice notice--ok" data-testid="import-status">{status}</div>
    </section>
  );
}
