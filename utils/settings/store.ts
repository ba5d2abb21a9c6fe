/**
 * The one door to ThruDial's storage: every read and write goes through these functions, and
 * the storage items themselves stay inside this module. Everything lives in storage.local:
 * secrets never go to storage.sync, and extension storage is not readable by web pages.
 *
 * Settings: the user's own (loadOwnSettings) and the ones in force (loadSettings: the
 * administrator's policy over the user's own). saveSettings never persists a policy value.
 * Site lists: the user's own (loadSitePolicy, updateSitePolicy) and the ones in force
 * (loadEffectiveSitePolicy). Only the background decides a site's status (site-control.ts).
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { applyManagedSettings, applyManagedSites, readManagedPolicy, withoutManagedValues, type ManagedPolicy } from './managed-policy';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { CURRENT_SETTINGS_VERSION, migrateSettings, settingsMigrations } from './schema';
import { EMPTY_SITE_POLICY, type SitePolicy } from '../sites/site-policy';
import type { CallOutcome } from '../protocol/call';

/** Versioned: a profile stored by an older ThruDial is migrated on first read (utils/settings/schema.ts). */
const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: CURRENT_SETTINGS_VERSION,
  migrations: settingsMigrations(),
});

/** %installid%: a random UUID made once at install, kept across updates. */
const installIdItem = storage.defineItem<string>('local:installId', {
  init: () => crypto.randomUUID(),
});

/** One recent call, as the popup lists it. */
export interface HistoryEntry {
  /** E.164 number or the raw text when it could not be parsed. */
  number: string;
  /** ms since epoch. */
  time: number;
  outcome: CallOutcome['kind'];
  /** The service's message or the error, as text. */
  detail?: string;
  /** For dialed calls: what was dialed, so the popup can show the last QR code. */
  dialString?: string;
  telUri?: string;
}

export const HISTORY_LIMIT = 50;
const historyItem = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [] });

/** Per-site choices: paused origins (popup), allow and deny lists (options). See utils/sites/site-policy.ts. */
const sitePolicyItem = storage.defineItem<SitePolicy>('local:sitePolicy', { fallback: EMPTY_SITE_POLICY });

// ---------------------------------------------------------------------------------------------
// Settings

/**
 * The administrator's policy from storage.managed; empty where there is none (Firefox rejects the
 * call when no policy is installed, and any other failure must not stop calls).
 */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return readManagedPolicy(await browser.storage.managed.get());
  } catch {
    return readManagedPolicy(undefined);
  }
}

/** The user's own settings in the current shape (a missing or damaged field reads as its default), without the policy. */
export async function loadOwnSettings(): Promise<Settings> {
  const read = migrateSettings(await settingsItem.getValue(), CURRENT_SETTINGS_VERSION);
  return read.ok ? read.value : { ...DEFAULT_SETTINGS, custom: {} };
}

/** The settings in force: the user's own with the administrator's values over them. */
export async function loadSettings(): Promise<Settings> {
  const [own, policy] = await Promise.all([loadOwnSettings(), loadManagedPolicy()]);
  return applyManagedSettings(own, policy);
}

/**
 * Stores `settings` as the user's own. A key the administrator sets keeps the user's own stored
 * value: a policy value is never persisted, so removing the policy brings the user's value back.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const [own, policy] = await Promise.all([loadOwnSettings(), loadManagedPolicy()]);
  await settingsItem.setValue(withoutManagedValues(settings, own, policy));
}

/**
 * At install: the browser's country becomes the default country, unless a choice is stored
 * already (an update never calls this; a restored profile keeps its own).
 */
export async function adoptInstallCountry(country: string | undefined): Promise<void> {
  if (!country) return;
  const stored = await storage.getItem<Record<string, unknown>>('local:settings');
  if (stored && typeof stored === 'object' && typeof stored.defaultCountry === 'string') return;
  await settingsItem.setValue({ ...(await loadOwnSettings()), defaultCountry: country });
}

/** %installid%, made on first use and kept across updates. */
export function loadInstallId(): Promise<string> {
  return installIdItem.getValue();
}

// ---------------------------------------------------------------------------------------------
// Recent calls

export function loadHistory(): Promise<HistoryEntry[]> {
  return historyItem.getValue();
}

export async function addHistory(entry: HistoryEntry): Promise<void> {
  const history = await historyItem.getValue();
  await historyItem.setValue([entry, ...history].slice(0, HISTORY_LIMIT));
}

/** Calls `listener` with the list whenever it changes; returns the function that stops it. */
export function watchHistory(listener: (history: HistoryEntry[]) => void): () => void {
  return historyItem.watch((entries) => listener(entries ?? []));
}

// ---------------------------------------------------------------------------------------------
// Site lists

/** The user's own lists, every list present whatever an older or hand-edited value lacks. */
export async function loadSitePolicy(): Promise<SitePolicy> {
  const stored = await sitePolicyItem.getValue();
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { paused: list(stored?.paused), allow: list(stored?.allow), deny: list(stored?.deny) };
}

/** The site lists in force: the user's plus the administrator's (which the user cannot remove). */
export async function loadEffectiveSitePolicy(): Promise<SitePolicy> {
  const [sites, policy] = await Promise.all([loadSitePolicy(), loadManagedPolicy()]);
  return applyManagedSites(sites, policy);
}

/** Changes the user's own lists: `change` gets the stored lists and returns the new ones. */
export async function updateSitePolicy(change: (policy: SitePolicy) => SitePolicy): Promise<void> {
  await sitePolicyItem.setValue(change(await loadSitePolicy()));
}

/** Calls `listener` whenever the user's site lists change; returns the function that stops it. */
export function watchSitePolicy(listener: () => void): () => void {
  return sitePolicyItem.watch(() => listener());
}
