/**
 * Options page "Back up and restore": export the saved settings as a .json file, or restore
 * them from one. A restored file replaces every setting and is saved like Save; a file that
 * cannot be restored changes nothing. The file format lives in utils/settings/transfer.ts.
 */
import { useState } from 'preact/hooks';
import { failureText, t } from '../utils/i18n';
import type { Settings } from '../utils/settings/settings';
import {
  exportFileName, exportSettings, formatBytes, MAX_SETTINGS_FILE_BYTES, settingsToRestore,
} from '../utils/settings/transfer';

interface Props {
  /** The user's own settings as stored: what a backup holds (unsaved edits and the administrator's values are not part of it). */
  savedSettings: () => Promise<Settings>;
  /** The form now: supplies the password when a file holds none. */
  currentSettings: () => Settings;
  /** Fills the form with `settings` and saves them through Save's path; `done` runs once stored. False if Save refused. */
  onRestore: (settings: Settings, done: () => void) => boolean;
}

export function SettingsTransfer({ savedSettings, currentSettings, onRestore }: Props) {
  const [includePassword, setIncludePassword] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function exportNow() {
    setStatus('');
    setError('');
    try {
      const text = exportSettings(await savedSettings(), { includeSecrets: includePassword });
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(new Date());
      link.click();
      // The download has taken its copy once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(includePassword ? t('transferExportedWithPassword') : t('transferExportedWithoutPassword'));
    } catch (e) {
      setError(t('transferExportFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    setError('');
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      input.value = '';
      setError(t('transferTooLarge', formatBytes(MAX_SETTINGS_FILE_BYTES), formatBytes(file.size)));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setError(t('transferUnreadable', e instanceof Error ? e.message : String(e)));
      return;
    }
    input.value = ''; // the same file can be picked again
    const restored = settingsToRestore(text, currentSettings());
    if (!restored.ok) {
      setError(failureText(restored));
      return;
    }
    const kept = restored.value.includesSecrets ? '' : ` ${t('transferPasswordKept')}`;
    const saved = onRestore(restored.value.settings, () => setStatus(`${t('transferRestored', file.name)}${kept}`));
    if (!saved) setError(t('transferNotSaved'));
  }

  return (
    <section class="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transferTitle')}</h2>
      <p class="section-hint">
        {t('transferHint')}
      </p>
      <div class="button-row">
        <button type="button" onClick={() => void exportNow()}>{t('transferExport')}</button>
        <label class="checkbox">
          <input type="checkbox" checked={includePassword} onChange={(e) => setIncludePassword(e.currentTarget.checked)} />
          {' '}{t('transferIncludePassword')}
        </label>
      </div>
      {includePassword && (
        <p class="section-hint" data-testid="transfer-password-note">
          {t('transferPasswordNote')}
        </p>
      )}
      <div class="button-row">
        <input
          id="settings-file"
          class="file-input"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <label class="file-pick" htmlFor="settings-file">{t('transferImport')}</label>
      </div>
      <div role="alert" class="notice notice--error" data-testid="transfer-error">{error}</div>
      <div role="status" class="notice notice--ok" data-testid="transfer-status">{status}</div>
    </section>
  );
}
