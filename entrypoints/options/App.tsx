/**
 * Options page: every setting, Save (validate -> store -> ask for the service's host permission),
 * Import account XML, and Test with the unsaved form.
 */
import { getCountries } from 'libphonenumber-js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CustomParams, type ParamRow } from '../../components/CustomParams';
import { fieldControlProps } from '../../components/Field';
import { SettingField } from '../../components/SettingField';
import { ImportAccount } from '../../components/ImportAccount';
import { SettingsTransfer } from '../../components/SettingsTransfer';
import { SiteLists } from '../../components/SiteLists';
import { OfflineDialFields } from '../../components/OfflineDialFields';
import { tParts } from '../../components/Trans';
import { permissionMessage, TestCallPanel, type HostPermissionRequest } from '../../components/TestCallPanel';
import { parseAccountXml } from '../../utils/protocol/account-xml';
import { failureText, messageLocale, t, tn, tProblem } from '../../utils/i18n';
import { originLabel, originPattern } from '../../utils/sites/permissions';
import { FIELDS } from '../../utils/settings/fields';
import { accountParameters, type DialMode, type Settings } from '../../utils/settings/settings';
import { loadManagedPolicy, loadOwnSettings, loadSettings, saveSettings } from '../../utils/settings/store';
import { lockedSettingKeys } from '../../utils/settings/managed-policy';
import { LockedSettings } from '../../components/Managed';
import { RadioGroup, type RadioChoice } from '../../components/RadioGroup';
import { METHODS, validateSettings, type SettingsProblem } from '../../utils/settings/validate';

interface Form {
  /** Everything but `custom`, which is edited as `rows` (rows may be empty or repeated while editing). */
  settings: Settings;
  rows: ParamRow[];
}

let nextRowId = 1;
const newRowId = () => nextRowId++;

function toRows(custom: Record<string, string>): ParamRow[] {
  return Object.entries(custom).map(([key, value]) => ({ id: newRowId(), key, value }));
}

/** The form as a Settings object, the shape stored and sent to Test. */
export function formSettings(form: Form): Settings {
  const s = form.settings;
  return {
    ...s,
    cth_ws_url: s.cth_ws_url.trim(),
    cth_ws_contentType: s.cth_ws_contentType.trim(),
    cth_ws_timeout: s.cth_ws_timeout.trim(),
    custom: Object.fromEntries(form.rows.map((row) => [row.key.trim(), row.value])),
  };
}

/**
 * Asks for the optional host permission of the service's origin. It must run synchronously in
 * the click handler (the prompt needs the user gesture), and is never awaited before saving:
 * a prompt nobody answers (headless automation) must not block anything.
 */
export function requestHostPermission(settings: Settings): HostPermissionRequest | undefined {
  const pattern = originPattern(settings.cth_ws_url, accountParameters(settings));
  if (!pattern) return undefined;
  let granted: Promise<boolean>;
  try {
    granted = Promise.resolve(browser.permissions.request({ origins: [pattern] }));
  } catch {
    granted = Promise.resolve(false);
  }
  return { origin: originLabel(pattern), granted: granted.then((g) => g === true, () => false) };
}

/** Every field in the form that an imported document names, counted as the user sees them. */
function importedCount(imported: Partial<Settings>): number {
  const { custom, ...rest } = imported;
  return Object.keys(rest).length + Object.keys(custom ?? {}).length;
}

function mergeImport(form: Form, imported: Partial<Settings>): Form {
  const { custom, ...rest } = imported;
  const rows = form.rows.map((row) => ({ ...row }));
  for (const [key, value] of Object.entries(custom ?? {})) {
    const existing = rows.find((row) => row.key.trim() === key);
    if (existing) existing.value = value;
    else rows.push({ id: newRowId(), key, value });
  }
  return { settings: { ...form.settings, ...rest }, rows };
}

function countryOptions(): { code: string; name: string }[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([messageLocale(), navigator.language, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  return getCountries()
    .map((code) => ({ code: code as string, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, messageLocale()));
}

/** Each dial mode the field declares, with its words; the first one's id is the group's. */
const DIAL_MODE_WORDS: Record<DialMode, Omit<RadioChoice<DialMode>, 'value'>> = {
  tel: { id: 'dialMode', label: 'dialModeTel', hint: 'dialModeTelHint' },
  qr: { id: 'dialMode-qr', label: 'dialModeQr', hint: 'dialModeQrHint' },
};
const DIAL_MODES: readonly RadioChoice<DialMode>[] = FIELDS.dialMode.choices.map((value) => ({ value, ...DIAL_MODE_WORDS[value] }));

export function App() {
  const [form, setForm] = useState<Form | undefined>(undefined);
  // What an administrator set through policy is shown, locked (components/Managed.tsx).
  const [locked, setLocked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void loadSettings().then((settings) => setForm({ settings, rows: toRows(settings.custom) }));
    void loadManagedPolicy().then((policy) => setLocked(lockedSettingKeys(policy)));
  }, []);
  if (!form) return <p class="loading">{t('optionsLoading')}</p>;
  return (
    <LockedSettings.Provider value={locked}>
      <OptionsForm form={form} setForm={setForm} />
    </LockedSettings.Provider>
  );
}

function OptionsForm({ form, setForm }: { form: Form; setForm: (form: Form) => void }) {
  const [showPassword, setShowPassword] = useState(false);
  /** Set by the first Save; from then on messages beside fields follow the user's edits. */
  const [validated, setValidated] = useState(false);
  const [summary, setSummary] = useState<SettingsProblem[]>([]);
  const [status, setStatus] = useState('');
  const [permissionNote, setPermissionNote] = useState('');
  const [importStatus, setImportStatus] = useState('');
  const [importError, setImportError] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const countries = useMemo(countryOptions, []);
  const formRef = useRef(form);
  formRef.current = form;

  const problems = useMemo(
    () => (validated ? validateSettings(formSettings(form), form.rows) : []),
    [validated, form],
  );
  const messages = useMemo(() => {
    const byField: Record<string, { error?: string; warning?: string }> = {};
    for (const p of problems) {
      const entry = (byField[p.field] ??= {});
      const text = tProblem(p.problem);
      entry[p.severity] = entry[p.severity] ? `${entry[p.severity]} ${text}` : text;
    }
    return byField;
  }, [problems]);
  const customErrors = useMemo(() => {
    const errors: Record<number, string | undefined> = {};
    form.rows.forEach((_, i) => (errors[i] = messages[`custom.${i}`]?.error));
    return errors;
  }, [messages, form.rows]);

  const set = <K extends keyof Settings>(key: K) => (value: Settings[K]) =>
    setForm({ ...formRef.current, settings: { ...formRef.current.settings, [key]: value } });
  const fieldMessages = (key: keyof Settings) => messages[key] ?? {};

  /** Validates, then stores and asks for the host permission. False (and nothing stored) on errors. */
  function commit(next: Form, done: (settings: Settings) => void): boolean {
    const settings = formSettings(next);
    const found = validateSettings(settings, next.rows);
    const errors = found.filter((p) => p.severity === 'error');
    setValidated(true);
    setSummary(errors);
    setStatus('');
    setPermissionNote('');
    if (errors.length > 0) {
      queueMicrotask(() => summaryRef.current?.focus());
      return false;
    }
    const permission = requestHostPermission(settings); // before any await: needs the click's gesture
    // The form shows the administrator's values (locked); saveSettings never stores them as the user's.
    void saveSettings(settings).then(
      () => done(settings),
      (e: unknown) => setStatus(t('saveFailed', e instanceof Error ? e.message : String(e))),
    );
    void permission?.granted.then((granted) => {
      if (!granted) setPermissionNote(permissionMessage(permission.origin));
    });
    return true;
  }

  function save(event: Event) {
    event.preventDefault();
    commit(form, () => setStatus(t('saved')));
  }

  // Decision: an import fills the form AND saves at once when the result validates, because the
  // user explicitly asked for the provider's settings. If the merged form has errors, the form is
  // filled and the errors shown, but nothing is stored until Save. A malformed document changes nothing.
  function importXml(xml: string) {
    const parsed = parseAccountXml(xml);
    setImportStatus('');
    if (!parsed.ok) {
      setImportError(failureText(parsed));
      return;
    }
    setImportError('');
    const next = mergeImport(formRef.current, parsed.value);
    const n = importedCount(parsed.value);
    setForm(next);
    const saved = commit(next, () => setImportStatus(tn('imported', n)));
    if (!saved) setImportStatus(tn('importedUnsaved', n));
  }

  /** Back up and restore: a settings file replaces the whole form (custom rows too) and saves like Save. */
  function restoreSettings(settings: Settings, done: () => void): boolean {
    const next = { settings, rows: toRows(settings.custom) };
    setForm(next);
    return commit(next, done);
  }

  const s = form.settings;
  const method = fieldMessages('cth_ws_method');
  const country = fieldMessages('defaultCountry');
  const knownMethod = METHODS.includes(s.cth_ws_method);
  const knownCountry = countries.some((c) => c.code === s.defaultCountry);

  return (
    <main class="options">
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>

      <ImportAccount onImport={importXml} status={importStatus} error={importError} />

      <form class="card settings-form" onSubmit={save} noValidate>
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          class="notice notice--error form-errors"
          data-testid="form-errors"
        >
          {summary.length > 0 && (
            <>
              <p>
                <strong>{tn('problems', summary.length)}</strong>
              </p>
              <ul>
                {summary.map((p) => (
                  <li key={`${p.field}:${tProblem(p.problem)}`}>
                    <a href={`#${fieldAnchor(p.field)}`}>{tProblem(p.problem)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>

        <h2>{t('sectionService')}</h2>
        <SettingField
          name="cth_ws_url"
          type="url"
          inputMode="url"
          value={s.cth_ws_url}
          onValue={set('cth_ws_url')}
          placeholder="https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%"
          hint={<>{tParts('hintServiceUrl', <code>%account[username]%</code>, <code>%targetNumber%</code>, <code>%nonce%</code>, <code>%sha1(…)%</code>)}</>}
          {...fieldMessages('cth_ws_url')}
        />
        <div class="field-grid">
          <SettingField name="cth_ws_method" value={s.cth_ws_method} onValue={set('cth_ws_method')} {...method}>
            <select
              {...fieldControlProps('cth_ws_method', method)}
              value={s.cth_ws_method}
              onChange={(e) => set('cth_ws_method')(e.currentTarget.value)}
            >
              <option value="">{t('methodAutomatic')}</option>
              {METHODS.filter((m) => m !== '').map((m) => (
                <option key={m} value={m}>{m}</option>
              ))}
              {!knownMethod && <option value={s.cth_ws_method}>{s.cth_ws_method}</option>}
            </select>
          </SettingField>
          <SettingField name="cth_ws_timeout" value={s.cth_ws_timeout} onValue={set('cth_ws_timeout')} {...fieldMessages('cth_ws_timeout')} />
        </div>
        <SettingField
          name="cth_ws_contentType"
          list="content-types"
          value={s.cth_ws_contentType}
          onValue={set('cth_ws_contentType')}
          placeholder="application/x-www-form-urlencoded"
          {...fieldMessages('cth_ws_contentType')}
        />
        <datalist id="content-types">
          <option value="application/x-www-form-urlencoded" />
          <option value="application/json" />
          <option value="application/xml" />
        </datalist>
        <SettingField
          name="cth_ws_postData"
          multiline
          rows={3}
          value={s.cth_ws_postData}
          onValue={set('cth_ws_postData')}
          placeholder="username=%account[username]%&to=%targetNumber%"
          {...fieldMessages('cth_ws_postData')}
        />
        <SettingField
          name="cth_ws_customHeaders"
          multiline
          rows={2}
          value={s.cth_ws_customHeaders}
          onValue={set('cth_ws_customHeaders')}
          placeholder="X-Api-Key: %account[x-api-key]%"
          {...fieldMessages('cth_ws_customHeaders')}
        />

        <h2>{t('sectionAccount')}</h2>
        <div class="field-grid">
          <SettingField
            name="username"
            value={s.username}
            onValue={set('username')}
            autoComplete="username"
            {...fieldMessages('username')}
          />
          <SettingField
            name="password"
            type={showPassword ? 'text' : 'password'}
            value={s.password}
            onValue={set('password')}
            autoComplete="current-password"
            addon={
              <button
                type="button"
                class="show-password"
                aria-pressed={showPassword}
                aria-controls="password"
                onClick={() => setShowPassword(!showPassword)}
              >
                {showPassword ? t('passwordHide') : t('passwordShow')}
              </button>
            }
            {...fieldMessages('password')}
          />
        </div>
        <CustomParams
          rows={form.rows}
          errors={customErrors}
          newRowId={newRowId}
          onChange={(rows) => setForm({ ...formRef.current, rows })}
        />

        <h2>{t('sectionDialing')}</h2>
        <SettingField name="defaultCountry" value={s.defaultCountry} onValue={set('defaultCountry')} {...country}>
          <select
            {...fieldControlProps('defaultCountry', { ...country, hint: FIELDS.defaultCountry.hint })}
            value={s.defaultCountry}
            onChange={(e) => set('defaultCountry')(e.currentTarget.value)}
          >
            {!knownCountry && <option value={s.defaultCountry}>{s.defaultCountry || t('countryNone')}</option>}
            {countries.map((c) => (
              <option key={c.code} value={c.code}>{`${c.name} (${c.code})`}</option>
            ))}
          </select>
        </SettingField>
        <RadioGroup name="dialMode" legend={FIELDS.dialMode.label} class="dial-mode" choices={DIAL_MODES} value={s.dialMode}
          onChange={set('dialMode')} error={fieldMessages('dialMode').error} />

        <OfflineDialFields settings={s} set={set} messages={fieldMessages} />

        <div class="save-bar">
          <button type="submit" class="primary">{t('save')}</button>
          <div role="status" class="save-status" data-testid="save-status">{status}</div>
        </div>
        <div role="alert" class="notice notice--warning" data-testid="permission-note">{permissionNote}</div>
      </form>

      <TestCallPanel currentSettings={() => formSettings(formRef.current)} requestPermission={requestHostPermission} />

      <SettingsTransfer savedSettings={loadOwnSettings} currentSettings={() => formSettings(formRef.current)} onRestore={restoreSettings} />

      <SiteLists />
    </main>
  );
}

/** The id of the control a problem belongs to. */
function fieldAnchor(field: string): string {
  const row = /^custom\.(\d+)$/.exec(field);
  return row ? `custom-key-${row[1]}` : field;
}
