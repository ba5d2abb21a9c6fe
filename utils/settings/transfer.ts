/**
 * Back up and restore: Settings as a JSON file and back. Pure; the options page's
 * components/SettingsTransfer.tsx does the download and the file picking.
 *
 * The file: `{ "format": "thrudial-settings", "version": 2, "settings": { ... } }`, where
 * `version` is the settings schema version (utils/settings/schema.ts). Secrets (password,
 * custom.cloud_password) are left out unless asked for; a file without them (no "password")
 * keeps the secrets the user has now. Reading is strict where storage migration is lenient: a file is
 * something the user chose, so a typo or a wrong type is reported instead of quietly dropped.
 */
import { problem, type Problem } from '../protocol/problem';
import { failWith, ok, problemOf, type Result } from '../protocol/result';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import {
  CURRENT_SETTINGS_VERSION, isPlainObject, isValidSettingValue, migrateSettings, SETTING_CHOICES, SETTINGS_KEYS,
} from './schema';
import { FIELDS, SECRET_ACCOUNT_PARAMETERS, SECRET_KEYS } from './fields';
import { validateSettings } from './validate';

export const SETTINGS_FILE_FORMAT = 'thrudial-settings';
/** A settings file larger than this is refused before it is parsed. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: Partial<Settings>;
}

export interface ImportedSettings {
  /** The settings to store: the file's, with the current secrets when the file left them out. */
  settings: Settings;
  /** Whether the file held the secrets; when not, the current password and cloud_password were kept. */
  includesSecrets: boolean;
  /** The schema version the file was written with. */
  fromVersion: number;
}

/** Every refusal says why: 'The settings file cannot be imported: <reason>'. */
const cannot = <T = never>(reason: Problem | string): Result<T> => failWith('errSettingsFileCannot', reason);

const isSecretParameter = (key: string) => (SECRET_ACCOUNT_PARAMETERS as readonly string[]).includes(key);

export function exportSettings(settings: Settings, options: { includeSecrets: boolean }): string {
  const written: Record<string, unknown> = { ...settings };
  if (!options.includeSecrets) {
    for (const key of SECRET_KEYS) delete written[key];
    written.custom = Object.fromEntries(Object.entries(settings.custom).filter(([key]) => !isSecretParameter(key)));
  }
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: CURRENT_SETTINGS_VERSION, settings: written as Partial<Settings> };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a settings file. `current` supplies the secrets when the file holds none. Fails with a
 * message for the user on: too large, not JSON, not a ThruDial settings file, a version from a
 * newer ThruDial, an unknown setting, or a value of the wrong type.
 */
export function importSettings(text: string, current: Settings = DEFAULT_SETTINGS): Result<ImportedSettings> {
  try {
    if (typeof text !== 'string') return cannot(problem('errFileNotText'));
    if (text.length > MAX_SETTINGS_FILE_BYTES || new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES)
      return cannot(problem('errFileTooLarge', formatBytes(MAX_SETTINGS_FILE_BYTES)));
    if (text.trim() === '') return cannot(problem('errFileEmpty'));

    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return cannot(problem('errFileNotJson', e instanceof Error ? e.message : String(e)));
    }
    if (!isPlainObject(parsed) || parsed.format !== SETTINGS_FILE_FORMAT)
      return cannot(problem('errFileNotThruDial', SETTINGS_FILE_FORMAT));
    const version = parsed.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return cannot(problem('errFileVersion', CURRENT_SETTINGS_VERSION));
    if (version > CURRENT_SETTINGS_VERSION)
      return cannot(problem('errFileNewer', version, CURRENT_SETTINGS_VERSION));
    const fileSettings = parsed.settings;
    if (!isPlainObject(fileSettings)) return cannot(problem('errFileNoSettings'));

    for (const [key, value] of Object.entries(fileSettings)) {
      if (!(SETTINGS_KEYS as string[]).includes(key)) return cannot(problem('errFileUnknownSetting', key));
      if (!isValidSettingValue(key as keyof Settings, value)) return cannot(expected(key as keyof Settings));
    }

    const migrated = migrateSettings(fileSettings, version);
    if (!migrated.ok) return cannot(problemOf(migrated));
    const settings = migrated.value;
    // A file holds the secrets when it holds the secret fields (exportSettings writes all or none).
    const includesSecrets = SECRET_KEYS.some((key) => Object.hasOwn(fileSettings, key));
    if (!includesSecrets) {
      const kept = settings as unknown as Record<string, unknown>;
      for (const key of SECRET_KEYS) kept[key] = current[key];
      for (const key of SECRET_ACCOUNT_PARAMETERS) {
        if (!Object.hasOwn(settings.custom, key) && Object.hasOwn(current.custom, key))
          settings.custom = { ...settings.custom, [key]: current.custom[key]! };
      }
    }
    return ok({ settings, includesSecrets, fromVersion: version });
  } catch (e) {
    return cannot(problem('errFileException', e instanceof Error ? e.message : String(e)));
  }
}

/**
 * importSettings, then validateSettings: what the options page restores. A file whose settings
 * would not pass Save is refused as a whole, so nothing changes.
 */
export function settingsToRestore(text: string, current: Settings): Result<ImportedSettings> {
  const imported = importSettings(text, current);
  if (!imported.ok) return imported;
  const errors = validateSettings(imported.value.settings).filter((p) => p.severity === 'error');
  if (errors.length > 0) return cannot(errors.map((p) => p.problem).reduce((all, next) => problem('errTwoProblems', all, next)));
  return imported;
}

/** A file name for today's export, e.g. thrudial-settings-2025-06-01.json. */
export function exportFileName(now: Date): string {
  return `${SETTINGS_FILE_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

export function formatBytes(bytes: number): string {
  const trim = (n: number) => n.toFixed(2).replace(/\.?0+$/, '');
  if (bytes >= 1024 * 1024) return `${trim(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function expected(key: keyof Settings): Problem {
  const choices = SETTING_CHOICES[key];
  if (choices) return problem('errFileChoice', key, choices.map((c) => `"${c}"`).join(', '));
  if (FIELDS[key].kind === 'parameters') return problem('errFileParameters', key);
  return problem('errFileText', key);
}
