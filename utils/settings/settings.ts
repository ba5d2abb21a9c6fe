/**
 * The Settings type and its defaults, both derived from the one declaration in settings/fields.ts.
 * Provider keys keep the names of the provider's Account XML (`cth_ws_url`, ...).
 */
import { ACCOUNT_XML_KEYS, FIELD_KEYS, FIELDS, type AccountXmlKey, type SettingValues } from './fields';

export { DEFAULT_DIAL_TEMPLATE } from './fields';

export type Settings = SettingValues;

export type DialMode = Settings['dialMode'];

/** When the dial string is built on the device from cth_dial_template instead of asking the service. */
export type OfflineMode = Settings['offlineMode'];

/** Keys of Settings that are stored as their own Account XML element. */
export const PROVIDER_KEYS: readonly AccountXmlKey[] = ACCOUNT_XML_KEYS;
export type ProviderKey = AccountXmlKey;

/** Every field's default. */
export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, structuredClone(FIELDS[key].default)]),
) as Settings;

/** The flat `%account[KEY]%` view of the settings: provider keys plus custom parameters. */
export function accountParameters(settings: Settings): Record<string, string> {
  const account: Record<string, string> = { ...settings.custom };
  for (const key of PROVIDER_KEYS) account[key] = settings[key];
  return account;
}
