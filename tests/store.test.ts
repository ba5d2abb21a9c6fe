/** utils/settings/store.ts against the fake browser's storage: the user's own settings, the policy over them, and saving. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import {
  addHistory, adoptInstallCountry, HISTORY_LIMIT, loadEffectiveSitePolicy, loadHistory, loadOwnSettings, loadSettings, loadSitePolicy,
  saveSettings, updateSitePolicy, watchSitePolicy,
} from '../utils/settings/store';

const OWN: Settings = { ...DEFAULT_SETTINGS, cth_ws_url: 'https://mine.example/?to=%targetNumber%', username: 'me', dialMode: 'tel', custom: {} };
const POLICY = { cth_ws_url: 'https://corp.example/?to=%targetNumber%', dialMode: 'qr' };

beforeEach(() => fakeBrowser.reset());

describe('settings under an administrator policy', () => {
  it('saving the options form (which shows the policy’s values) never stores them as the user’s own', async () => {
    await saveSettings(OWN);
    await fakeBrowser.storage.managed.set(POLICY);
    const shown = await loadSettings();
    expect(shown).toMatchObject(POLICY);
    await saveSettings({ ...shown, username: 'me2' });
    expect(await loadOwnSettings()).toEqual({ ...OWN, username: 'me2' });
    // The policy is removed: the user's own values come back.
    await fakeBrowser.storage.managed.clear();
    expect(await loadSettings()).toEqual({ ...OWN, username: 'me2' });
  });

  it('without a policy, Save stores exactly what it is given', async () => {
    await saveSettings({ ...OWN, dialMode: 'qr' });
    expect(await loadOwnSettings()).toEqual({ ...OWN, dialMode: 'qr' });
  });
});

describe('the default country at install', () => {
  it('a fresh profile takes the browser’s country', async () => {
    await adoptInstallCountry('NL');
    expect((await loadSettings()).defaultCountry).toBe('NL');
  });

  it('a stored choice wins', async () => {
    await saveSettings({ ...OWN, defaultCountry: 'GB' });
    await adoptInstallCountry('NL');
    expect(await loadOwnSettings()).toEqual({ ...OWN, defaultCountry: 'GB' });
  });

  it('no country from the browser keeps the built-in default', async () => {
    await adoptInstallCountry(undefined);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});

describe('site lists', () => {
  it('updateSitePolicy changes the user’s own lists; the administrator’s entries are added only in force', async () => {
    const seen: number[] = [];
    const stop = watchSitePolicy(() => seen.push(1));
    await updateSitePolicy((policy) => ({ ...policy, allow: ['mine.example'] }));
    await fakeBrowser.storage.managed.set({ denySites: ['bank.example'] });
    expect(await loadSitePolicy()).toEqual({ paused: [], allow: ['mine.example'], deny: [] });
    expect(await loadEffectiveSitePolicy()).toEqual({ paused: [], allow: ['mine.example'], deny: ['bank.example'] });
    await expect.poll(() => seen.length).toBe(1);
    stop();
  });

  it('a hand-edited value reads with every list present', async () => {
    await fakeBrowser.storage.local.set({ sitePolicy: { allow: ['a.example', 7] } });
    expect(await loadSitePolicy()).toEqual({ paused: [], allow: ['a.example'], deny: [] });
  });
});

describe('recent calls', () => {
  it('keeps the newest HISTORY_LIMIT entries, newest first', async () => {
    for (let i = 0; i < HISTORY_LIMIT + 2; i++) await addHistory({ number: String(i), time: i, outcome: 'silent' });
    const history = await loadHistory();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.number).toBe(String(HISTORY_LIMIT + 1));
  });
});
