/** utils/store.ts against the fake browser's storage: the user's own settings, the policy over them, and saving. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';
import { adoptInstallCountry, loadOwnSettings, loadSettings, saveSettings } from '../utils/store';

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
