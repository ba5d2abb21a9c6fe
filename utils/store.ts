/**
 * Where ThruDial keeps its state. Everything lives in storage.local: secrets never go to
 * storage.sync, and extension storage is not readable by web pages.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { HistoryEntry } from './messages';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** %installid%: a random UUID made once at install, kept across updates. */
export const installIdItem = storage.defineItem<string>('local:installId', {
  init: () => crypto.randomUUID(),
});

export const HISTORY_LIMIT = 50;
export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [] });

/** Settings merged over the defaults, so a stored object from an older shape never lacks a field. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored, custom: { ...(stored?.custom ?? {}) } };
}

export async function addHistory(entry: HistoryEntry): Promise<void> {
  const history = await historyItem.getValue();
  await historyItem.setValue([entry, ...history].slice(0, HISTORY_LIMIT));
}
