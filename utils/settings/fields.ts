/**
 * Every setting, declared once: its default, kind, allowed values, limits, who may set it
 * (the administrator's policy, the provider's Account XML) and whether it is a secret.
 * Everything else derives from this table: the Settings type and its defaults (settings.ts), the
 * stored schema and its migrations (settings/schema.ts), the administrator policy and
 * public/managed_schema.json (managed-policy.ts, checked by tests/setting-fields.test.ts), the
 * message guard, validation, Account XML import and export, the settings back-up, and the
 * options form's choices.
 *
 * Adding a field: one entry here, plus its label (`label`), optional help text (`hint`) and its
 * name inside sentences (`field_<key>`) in public/_locales/{en,de,cs}/messages.json. A field added
 * after version 1 names the schema version that added it (`since`); bump CURRENT_SETTINGS_VERSION
 * in settings/schema.ts, whose migration fills it with its default.
 * Pure: no browser APIs.
 */
import type en from '../../public/_locales/en/messages.json';

type LabelKey = keyof typeof en;

/**
 * - `text`: free text, checked by validateSettings.
 * - `choice`: one of `choices` (storage, back-up files and the policy refuse anything else).
 * - `seconds`: a number of seconds as text ('' = the default), at most `maxSeconds`.
 * - `country`: an ISO 3166-1 alpha-2 region.
 * - `parameters`: the custom account parameters, name -> text.
 */
export type FieldKind = 'text' | 'choice' | 'seconds' | 'country' | 'parameters';

export interface FieldSpec {
  kind: FieldKind;
  default: unknown;
  /** The words a `choice` field may hold; for a `text` field the values the form offers and validation accepts. */
  choices?: readonly string[];
  /** For `seconds`: the most the field accepts, and what an empty field means. */
  maxSeconds?: number;
  defaultSeconds?: number;
  /** Whether an administrator may preset it through policy (storage.managed). */
  admin: boolean;
  /** Whether it is an element of the provider's Account XML (and so reachable as %account[KEY]%). */
  accountXml: boolean;
  /** Never written to an export unless asked for; masked in request previews. */
  secret: boolean;
  /** The settings schema version that added it. */
  since: number;
  /** The options page's label. */
  label: LabelKey;
  /** The options page's help text, when there is one. */
  hint?: LabelKey;
}

/** Longest text one setting or custom parameter (name or value) may hold: 8 KB covers any real template. */
export const MAX_VALUE_LENGTH = 8 * 1024;
/** Most custom account parameters one account may have. */
export const MAX_CUSTOM_PARAMETERS = 100;

/** What an empty cth_dial_template means: access number, pause, PIN, #, destination, #. */
export const DEFAULT_DIAL_TEMPLATE = '%account[cth_access_number]%,,%account[x-cth-pin]%#%targetNumber%#';

/** Custom account parameters (Settings.custom) that are secrets like the password. */
export const SECRET_ACCOUNT_PARAMETERS = ['cloud_password'] as const;

const text = { kind: 'text', default: '', admin: true, accountXml: true, secret: false, since: 1 } as const;

export const FIELDS = {
  /** Service URL template (http/https), may hold placeholders. */
  cth_ws_url: { ...text, label: 'fieldServiceUrl', hint: 'hintServiceUrl' },
  /** Body template; non-empty means POST unless cth_ws_method says otherwise. */
  cth_ws_postData: { ...text, label: 'fieldPostData', hint: 'hintPostData' },
  /** Request Content-Type; empty = application/x-www-form-urlencoded. */
  cth_ws_contentType: { ...text, label: 'fieldContentType' },
  /** Empty = GET, or POST when there is POST data. Kept as typed; validation accepts only the choices. */
  cth_ws_method: { ...text, choices: ['', 'GET', 'POST', 'PUT', 'HEAD', 'DELETE'], label: 'fieldMethod' },
  /** Extra headers, one `Name: value` per line. */
  cth_ws_customHeaders: { ...text, label: 'fieldCustomHeaders', hint: 'hintCustomHeaders' },
  /** Seconds, as text (as in the Account XML); empty = 15. */
  cth_ws_timeout: { ...text, kind: 'seconds', maxSeconds: 120, defaultSeconds: 15, label: 'fieldTimeout' },
  username: { ...text, admin: false, label: 'fieldUsername' },
  password: { ...text, admin: false, secret: true, label: 'fieldPassword' },
  /** Every other account parameter (`x-cth-pin`, `host`, `cloud_username`, ...), reachable as %account[KEY]%. */
  custom: { kind: 'parameters', default: {}, admin: false, accountXml: false, secret: false, since: 1, label: 'customTitle' },
  /** ISO 3166-1 alpha-2 region for numbers in national format; a fresh install takes the browser's. */
  defaultCountry: {
    kind: 'country', default: 'US', admin: true, accountXml: false, secret: false, since: 1,
    label: 'fieldDefaultCountry', hint: 'hintDefaultCountry',
  },
  /** How a dial string is handed over: `tel:` navigation (linked phone) or a QR code. */
  dialMode: { kind: 'choice', choices: ['tel', 'qr'], default: 'tel', admin: true, accountXml: false, secret: false, since: 1, label: 'fieldDialMode' },
  /** The local access number dialed for call-through without a web service (ThruDial's key). */
  cth_access_number: { ...text, since: 2, label: 'fieldAccessNumber', hint: 'hintAccessNumber' },
  /** Local dial template for call-through without a web service; empty = DEFAULT_DIAL_TEMPLATE. */
  cth_dial_template: { ...text, since: 2, label: 'fieldDialTemplate', hint: 'hintDialTemplate' },
  /** Build the dial string locally: never, always (no network at all), or when the service cannot be reached. */
  offlineMode: {
    kind: 'choice', choices: ['never', 'always', 'fallback'], default: 'never', admin: true, accountXml: false, secret: false, since: 2,
    label: 'offlineModeLegend',
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof FIELDS;

type ValueOf<F> = F extends { kind: 'parameters' }
  ? Record<string, string>
  : F extends { kind: 'choice'; choices: readonly (infer C)[] }
    ? C
    : string;

/** One Settings type for the options page, the account XML import and the core alike. */
export type SettingValues = { -readonly [K in FieldKey]: ValueOf<(typeof FIELDS)[K]> };

/** Every key, in declaration order (the order of the options page). */
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

const keysWhere = (test: (spec: FieldSpec) => boolean) => FIELD_KEYS.filter((key) => test(FIELDS[key]));

/** Keys stored as their own Account XML element (the rest of the account lives in `custom`). */
export const ACCOUNT_XML_KEYS = keysWhere((f) => f.accountXml) as AccountXmlKey[];
export type AccountXmlKey = { [K in FieldKey]: (typeof FIELDS)[K]['accountXml'] extends true ? K : never }[FieldKey];

/** Keys an administrator may preset. */
export const ADMIN_KEYS = keysWhere((f) => f.admin) as AdminKey[];
export type AdminKey = { [K in FieldKey]: (typeof FIELDS)[K]['admin'] extends true ? K : never }[FieldKey];

/** Keys that are secrets. */
export const SECRET_KEYS = keysWhere((f) => f.secret) as FieldKey[];

/** How a `seconds` field is written: decimal seconds, no exponent (`2.5`, not `1e3`); the form's pattern and every check use it. */
export const SECONDS_PATTERN = '\\d+(\\.\\d+)?';
export const SECONDS_RE = new RegExp(`^${SECONDS_PATTERN}$`);

/**
 * The form's constraints of a text-like field, from its declaration: what the input says to the
 * browser (keyboard, pattern, the placeholder an empty value means) and the limit validation
 * enforces. The limit is not set as maxlength: the form lets a long paste in and says it is too long.
 */
export interface FieldInput {
  inputMode?: 'decimal';
  pattern?: string;
  placeholder?: string;
  maxLength: number;
  choices?: readonly string[];
}

export function fieldInput(key: FieldKey): FieldInput {
  const spec: FieldSpec = FIELDS[key];
  const input: FieldInput = { maxLength: MAX_VALUE_LENGTH };
  if (spec.kind === 'seconds') Object.assign(input, { inputMode: 'decimal', pattern: SECONDS_PATTERN, placeholder: String(spec.defaultSeconds) });
  if (spec.choices) input.choices = spec.choices;
  return input;
}

/** The values of a field with a fixed set (undefined for free text). */
export function fieldChoices(key: FieldKey): readonly string[] | undefined {
  return (FIELDS[key] as FieldSpec).choices;
}
