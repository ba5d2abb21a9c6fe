/**
 * The stored shape of Settings over time, and the one road from any older (or damaged) shape to
 * the current one. Pure: utils/settings/store.ts runs it as WXT storage migrations, settings/transfer.ts
 * runs it on imported files.
 *
 * History
 *   v1  ThruDial 0.1.0: the provider's cth_ws_* keys, username, password, custom,
 *       defaultCountry, dialMode.
 *   v2  Call-through without a web service: + cth_access_number, cth_dial_template, offlineMode.
 *
 * Adding a field: declare it in settings/fields.ts with `since` = the new version and bump
 * CURRENT_SETTINGS_VERSION; the step to that version fills it with its default. Add a step to
 * EXTRA_STEPS only when an old value changes meaning.
 *
 * Rules for whatever is stored (decided once, applied to every version):
 *   - a missing key gets its default;
 *   - a value of the wrong type (or an unknown choice such as dialMode "sms") gets its default,
 *     for that key only; custom parameters whose value is not text are dropped one by one;
 *   - unknown keys are dropped. They are never moved into `custom`: no shape of ours ever kept
 *     account keys at the top level, and whatever lands in custom is sent to the service as
 *     %account[..]%, so a stray key must not start travelling;
 *   - a value that exists is kept as it is (no trimming or truncation); validateSettings reports
 *     it on the next Save.
 */
import { failWith, ok, type Result } from '../protocol/result';
import { FIELD_KEYS, FIELDS, type FieldKey, type FieldSpec } from './fields';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export const CURRENT_SETTINGS_VERSION = 2;

/** The keys of the first stored shape (v1), for the record and for tests. */
export const V1_KEYS = FIELD_KEYS.filter((key) => FIELDS[key].since === 1);

/** Settings keys whose stored value must be one of a fixed set of words (`choice` fields). */
export const SETTING_CHOICES: Partial<Record<keyof Settings, readonly string[]>> = Object.fromEntries(
  FIELD_KEYS.flatMap((key) => {
    const spec: FieldSpec = FIELDS[key];
    return spec.kind === 'choice' && spec.choices ? [[key, spec.choices]] : [];
  }),
);

type Shape = Record<string, unknown>;

/** Steps that do more than fill in new fields (none yet): step N runs on the shape of version N-1. */
const EXTRA_STEPS: Record<number, (previous: Shape) => Shape> = {};

/** Step N turns the shape of version N-1 into the shape of version N: the fields added in N get their defaults. Values already present are kept. */
function step(version: number, previous: Shape): Shape {
  const added = FIELD_KEYS.filter((key) => FIELDS[key].since === version);
  const filled: Shape = Object.fromEntries(added.map((key: FieldKey) => [key, structuredClone(FIELDS[key].default)]));
  return EXTRA_STEPS[version]?.({ ...filled, ...previous }) ?? { ...filled, ...previous };
}

export const isPlainObject = (v: unknown): v is Shape =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every key of the current shape. */
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/**
 * Whether `value` may be stored under `key` as it is, by the field's kind: text, one of its
 * choices, or for `custom` an object of text values.
 */
export function isValidSettingValue(key: keyof Settings, value: unknown): boolean {
  const spec: FieldSpec = FIELDS[key];
  if (spec.kind === 'parameters') return isPlainObject(value) && Object.values(value).every((v) => typeof v === 'string');
  if (spec.kind === 'choice') return typeof value === 'string' && (spec.choices ?? []).includes(value);
  return typeof value === 'string';
}

/**
 * Settings stored by version `fromVersion` (or damaged in storage) as the current Settings.
 * Never throws; fails only when there is nothing to read: not an object, or a version this
 * build does not know (a newer ThruDial wrote it).
 */
export function migrateSettings(stored: unknown, fromVersion: number): Result<Settings> {
  try {
    if (!Number.isInteger(fromVersion) || fromVersion < 1) return failWith('errSchemaNoVersion', String(fromVersion));
    if (fromVersion > CURRENT_SETTINGS_VERSION)
      return failWith('errSchemaNewer', fromVersion, CURRENT_SETTINGS_VERSION);
    if (!isPlainObject(stored)) return failWith('errSchemaNotObject');
    let shape: Shape = { ...stored };
    for (let version = fromVersion + 1; version <= CURRENT_SETTINGS_VERSION; version++) shape = step(version, shape);
    return ok(currentShape(shape));
  } catch (e) {
    // Only a hostile object (a throwing getter or Proxy) gets here; nothing of it is kept.
    return failWith('errSchemaUnreadable', e instanceof Error ? e.message : String(e));
  }
}

/** The current shape from any object: known keys with valid values, defaults for the rest. */
function currentShape(shape: Shape): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, custom: {} };
  const out = settings as unknown as Shape;
  for (const key of SETTINGS_KEYS) {
    if (key === 'custom') continue;
    if (isValidSettingValue(key, shape[key])) out[key] = shape[key];
  }
  const custom = shape.custom;
  if (isPlainObject(custom)) {
    // fromEntries defines own properties, so a key like "__proto__" stays plain data.
    settings.custom = Object.fromEntries(Object.entries(custom).filter(([, value]) => typeof value === 'string')) as Record<string, string>;
  }
  return settings;
}

/**
 * migrateSettings as WXT storage migrations (`{ 2: fn, ... }`). WXT runs them one version after
 * the other; each brings any older shape all the way to the current one, which later steps keep
 * unchanged. Storage that holds no settings object at all reads as the defaults.
 */
export function settingsMigrations(): Record<number, (stored: unknown) => Settings> {
  const migrations: Record<number, (stored: unknown) => Settings> = {};
  for (let version = 2; version <= CURRENT_SETTINGS_VERSION; version++) {
    migrations[version] = (stored) => {
      const migrated = migrateSettings(stored, version - 1);
      return migrated.ok ? migrated.value : { ...DEFAULT_SETTINGS, custom: {} };
    };
  }
  return migrations;
}
