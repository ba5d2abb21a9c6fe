/**
 * One Settings type for the options page, the account XML import and the core alike.
 * Provider keys keep the names of the provider's Account XML (`cth_ws_url`, ...).
 */
export type DialMode = 'tel' | 'qr';

/** When the dial string is built on the device from cth_dial_template instead of asking the service. */
export type OfflineMode = 'never' | 'always' | 'fallback';

/** What an empty cth_dial_template means: access number, pause, PIN, #, destination, #. */
export const DEFAULT_DIAL_TEMPLATE = '%account[cth_access_number]%,,%account[x-cth-pin]%#%targetNumber%#';

export interface Settings {
  /** Service URL template (http/https), may hold placeholders. */
  cth_ws_url: string;
  /** Body template; non-empty means POST unless cth_ws_method says otherwise. */
  cth_ws_postData: string;
  /** Request Content-Type; empty = application/x-www-form-urlencoded. */
  cth_ws_contentType: string;
  /** '' | GET | POST | PUT | HEAD | DELETE */
  cth_ws_method: string;
  /** Extra headers, one `Name: value` per line. */
  cth_ws_customHeaders: string;
  /** Seconds, as text (as in the Account XML); empty = 15. */
  cth_ws_timeout: string;
  username: string;
  password: string;
  /** Every other account parameter (`x-cth-pin`, `host`, `cloud_username`, ...), reachable as %account[KEY]%. */
  custom: Record<string, string>;
  /** ISO 3166-1 alpha-2 region for numbers in national format, e.g. "US". */
  defaultCountry: string;
  /** How a dial string is handed over: `tel:` navigation (linked phone) or a QR code. */
  dialMode: DialMode;
  /** The local access number dialed for call-through without a web service (ThruDial's key). */
  cth_access_number: string;
  /** Local dial template for call-through without a web service; empty = DEFAULT_DIAL_TEMPLATE. */
  cth_dial_template: string;
  /** Build the dial string locally: never, always (no network at all), or when the service cannot be reached. */
  offlineMode: OfflineMode;
}

/** Keys of Settings that are stored as their own Account XML element. */
export const PROVIDER_KEYS = [
  'cth_ws_url',
  'cth_ws_postData',
  'cth_ws_contentType',
  'cth_ws_method',
  'cth_ws_customHeaders',
  'cth_ws_timeout',
  'username',
  'password',
  'cth_access_number',
  'cth_dial_template',
] as const;
export type ProviderKey = (typeof PROVIDER_KEYS)[number];

export const DEFAULT_SETTINGS: Settings = {
  cth_ws_url: '',
  cth_ws_postData: '',
  cth_ws_contentType: '',
  cth_ws_method: '',
  cth_ws_customHeaders: '',
  cth_ws_timeout: '',
  username: '',
  password: '',
  custom: {},
  defaultCountry: 'US',
  dialMode: 'tel',
  cth_access_number: '',
  cth_dial_template: '',
  offlineMode: 'never',
};

/** The flat `%account[KEY]%` view of the settings: provider keys plus custom parameters. */
export function accountParameters(settings: Settings): Record<string, string> {
  const account: Record<string, string> = { ...settings.custom };
  for (const key of PROVIDER_KEYS) account[key] = settings[key];
  return account;
}
