/**
 * Where ThruDial keeps its state. Everything lives in storage.local: secrets never go to
 * storage.sync, and extension storage is not readable by web pages.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { CURRENT_SETTINGS_VERSION, migrateSettings, settingsMigrations } from './settings-schema';
import type { HistoryEntry } from './messages';
import { EMPTY_SITE_POLICY, type SitePolicy } from './site-policy';

/** Versioned: a profile stored by an older ThruDial is migrated on first read (utils/settings-schema.ts). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: CURRENT_SETTINGS_VERSION,
  migrations: settingsMigrations(),
});

/** %installid%: a random UUID made once at install, kept across updates. */
export const installIdItem = storage.defineItem<string>('local:installId', {
  init: () => crypto.randomUUID(),
});

export const HISTORY_LIMIT = 50;
export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [] });

/** The stored settings in the current shape: a missing or damaged field reads as its default. */
export async function loadSettings(): Promise<Settings> {
  const read = migrateSettings(await settingsItem.getValue(), CURRENT_SETTINGS_VERSION);
  return read.ok ? read.value : { ...DEFAULT_SETTINGS, custom: {} };
}

export async function addHistory(entry: HistoryEntry): Promise<void> {
  const history = await historyItem.getValue();
  await historyItem.setValue([entry, ...history].slice(0, HISTORY_LIMIT));
}

/** Per-site choices: paused origins (popup), allow and deny lists (options). See utils/site-policy.ts. */
export const sitePolicyItem = storage.defineItem<SitePolicy>('local:sitePolicy', { fallback: EMPTY_SITE_POLICY });

/** The stored policy with every list present, whatever an older or hand-edited value lacks. */
export async function loadSitePolicy(): Promise<SitePolicy> {
  const stored = await sitePolicyItem.getValue();
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { paused: list(stored?.paused), allow: list(stored?.allow), deny: list(stored?.deny) };
}
