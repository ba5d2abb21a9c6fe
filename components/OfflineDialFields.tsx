/**
 * Options for call-through without a web service: the access number, the local dial template,
 * and when to use them (never, always, or when the service cannot be reached).
 */
import { DEFAULT_DIAL_TEMPLATE, type OfflineMode, type Settings } from '../utils/settings';
import { Field } from './Field';

type OfflineKey = 'cth_access_number' | 'cth_dial_template' | 'offlineMode';

export interface OfflineDialFieldsProps {
  settings: Pick<Settings, OfflineKey>;
  /** Same shape as the options page's `set(key)(value)`. */
  set: <K extends OfflineKey>(key: K) => (value: Settings[K]) => void;
  messages: (key: OfflineKey) => { error?: string; warning?: string };
}

const MODES: { value: OfflineMode; id: string; label: string; hint: string }[] = [
  { value: 'never', id: 'offlineMode', label: 'Never', hint: 'Every call asks the web service for its dial string.' },
  { value: 'always', id: 'offlineMode-always', label: 'Always', hint: 'Build the dial string here from the template; nothing goes over the network.' },
  {
    value: 'fallback',
    id: 'offlineMode-fallback',
    label: 'When the service cannot be reached',
    hint: 'Ask the service first; use the template only if it does not answer (network error, timeout, certificate error).',
  },
];

export function OfflineDialFields({ settings, set, messages }: OfflineDialFieldsProps) {
  const mode = messages('offlineMode');
  return (
    <fieldset class="offline-dial">
      <legend>
        <h2>Without a web service</h2>
      </legend>
      <p class="section-hint">
        Call-through also works by dialing your provider's access number and sending the destination as tones, with no web service.
      </p>
      <Field
        id="cth_access_number"
        label="Access number"
        type="tel"
        inputMode="tel"
        value={settings.cth_access_number}
        onValue={set('cth_access_number')}
        placeholder="+1 555 123 1234"
        hint="The local number your provider gives you for call-through."
        {...messages('cth_access_number')}
      />
      <Field
        id="cth_dial_template"
        label="Dial template"
        value={settings.cth_dial_template}
        onValue={set('cth_dial_template')}
        placeholder={DEFAULT_DIAL_TEMPLATE}
        hint={<>Empty uses the default shown. <code>%targetNumber%</code> is the destination's digits with country code, without +.</>}
        {...messages('cth_dial_template')}
      />
      <fieldset class="field offline-mode" aria-describedby={mode.error ? 'offlineMode-message' : undefined}>
        <legend class="field-label">Use without a web service</legend>
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
              {m.label}
              <small>{m.hint}</small>
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
