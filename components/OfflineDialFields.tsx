/**
 * Options for call-through without a web service: the access number, the local dial template,
 * and when to use them (never, always, or when the service cannot be reached).
 */
import { t } from '../utils/i18n';
import { DEFAULT_DIAL_TEMPLATE, FIELDS } from '../utils/settings/fields';
import type { OfflineMode, Settings } from '../utils/settings/settings';
import { SettingField } from './SettingField';
import { tParts } from './Trans';
import { RadioGroup, type RadioChoice } from './RadioGroup';

type OfflineKey = 'cth_access_number' | 'cth_dial_template' | 'offlineMode';

export interface OfflineDialFieldsProps {
  settings: Pick<Settings, OfflineKey>;
  /** Same shape as the options page's `set(key)(value)`. */
  set: <K extends OfflineKey>(key: K) => (value: Settings[K]) => void;
  messages: (key: OfflineKey) => { error?: string; warning?: string };
}

/** Each mode the field declares, with its words; the first one's id is the group's. */
const MODE_WORDS: Record<OfflineMode, Omit<RadioChoice<OfflineMode>, 'value'>> = {
  never: { id: 'offlineMode', label: 'offlineNever', hint: 'offlineNeverHint' },
  always: { id: 'offlineMode-always', label: 'offlineAlways', hint: 'offlineAlwaysHint' },
  fallback: { id: 'offlineMode-fallback', label: 'offlineFallback', hint: 'offlineFallbackHint' },
};
const MODES: readonly RadioChoice<OfflineMode>[] = FIELDS.offlineMode.choices.map((value) => ({ value, ...MODE_WORDS[value] }));

export function OfflineDialFields({ settings, set, messages }: OfflineDialFieldsProps) {
  const mode = messages('offlineMode');
  return (
    <fieldset class="offline-dial">
      <legend>
        <h2>{t('offlineTitle')}</h2>
      </legend>
      <p class="section-hint">
        {t('offlineIntro')}
      </p>
      <SettingField
        name="cth_access_number"
        type="tel"
        inputMode="tel"
        value={settings.cth_access_number}
        onValue={set('cth_access_number')}
        placeholder="+1 555 123 1234"
        {...messages('cth_access_number')}
      />
      <SettingField
        name="cth_dial_template"
        value={settings.cth_dial_template}
        onValue={set('cth_dial_template')}
        placeholder={DEFAULT_DIAL_TEMPLATE}
        hint={<>{tParts('hintDialTemplate', <code>%targetNumber%</code>)}</>}
        {...messages('cth_dial_template')}
      />
      <RadioGroup name="offlineMode" legend={FIELDS.offlineMode.label} class="offline-mode" choices={MODES} value={settings.offlineMode}
        onChange={set('offlineMode')} error={mode.error} />
    </fieldset>
  );
}
