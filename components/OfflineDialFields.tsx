/**
 * Options for call-through without a web service: the access number, the local dial template,
 * and when to use them (never, always, or when the service cannot be reached).
 */
import { t, type MessageKey } from '../utils/i18n';
import { DEFAULT_DIAL_TEMPLATE, type OfflineMode, type Settings } from '../utils/settings';
import { Field } from './Field';
import { tParts } from './Trans';
import { ManagedNote, useLocked } from './Managed';

type OfflineKey = 'cth_access_number' | 'cth_dial_template' | 'offlineMode';

export interface OfflineDialFieldsProps {
  settings: Pick<Settings, OfflineKey>;
  /** Same shape as the options page's `set(key)(value)`. */
  set: <K extends OfflineKey>(key: K) => (value: Settings[K]) => void;
  messages: (key: OfflineKey) => { error?: string; warning?: string };
}

const MODES: { value: OfflineMode; id: string; label: MessageKey; hint: MessageKey }[] = [
  { value: 'never', id: 'offlineMode', label: 'offlineNever', hint: 'offlineNeverHint' },
  { value: 'always', id: 'offlineMode-always', label: 'offlineAlways', hint: 'offlineAlwaysHint' },
  { value: 'fallback', id: 'offlineMode-fallback', label: 'offlineFallback', hint: 'offlineFallbackHint' },
];

export function OfflineDialFields({ settings, set, messages }: OfflineDialFieldsProps) {
  const mode = messages('offlineMode');
  const modeLocked = useLocked('offlineMode');
  return (
    <fieldset class="offline-dial">
      <legend>
        <h2>{t('offlineTitle')}</h2>
      </legend>
      <p class="section-hint">
        {t('offlineIntro')}
      </p>
      <Field
        id="cth_access_number"
        label={t('fieldAccessNumber')}
        type="tel"
        inputMode="tel"
        value={settings.cth_access_number}
        onValue={set('cth_access_number')}
        placeholder="+1 555 123 1234"
        hint={t('hintAccessNumber')}
        {...messages('cth_access_number')}
      />
      <Field
        id="cth_dial_template"
        label={t('fieldDialTemplate')}
        value={settings.cth_dial_template}
        onValue={set('cth_dial_template')}
        placeholder={DEFAULT_DIAL_TEMPLATE}
        hint={<>{tParts('hintDialTemplate', <code>%targetNumber%</code>)}</>}
        {...messages('cth_dial_template')}
      />
      <fieldset class="field offline-mode" disabled={modeLocked} aria-describedby={mode.error ? 'offlineMode-message' : undefined}>
        <legend class="field-label">{t('offlineModeLegend')}</legend>
        {modeLocked && <ManagedNote id="offlineMode" />}
        {MODES.map((m) => (
          <label class="radio" key={m.value}>
            <input
              type="radio"
              name="offlineMode"
              id={m.id}
              value={m.value}
              checked={settings.offlineMode === m.value}
              onChange={() => set('offlineMode')(m.value)}
            />
            <span>
              {t(m.label)}
              <small>{t(m.hint)}</small>
            </span>
          </label>
        ))}
        {mode.error && (
          <p class="field-error" id="offlineMode-message">{mode.error}</p>
        )}
      </fieldset>
    </fieldset>
  );
}
