import { describe, expect, it } from 'vitest';
import { applyManagedSettings, applyManagedSites, lockedSettingKeys, readManagedPolicy } from '../utils/settings/managed-policy';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';

describe('administrator policy', () => {
  it('the policy’s values win over the user’s and lock exactly those keys', () => {
    const policy = readManagedPolicy({ cth_ws_url: 'https://cth.example.com/?to=%targetNumber%', dialMode: 'qr' });
    const user = { ...DEFAULT_SETTINGS, cth_ws_url: 'https://mine.example/', username: 'me' };
    expect(applyManagedSettings(user, policy)).toEqual({ ...user, cth_ws_url: 'https://cth.example.com/?to=%targetNumber%', dialMode: 'qr' });
    expect(lockedSettingKeys(policy)).toEqual(new Set(['cth_ws_url', 'dialMode']));
  });

  it.each([
    ['not an object', 'https://x'],
    ['null', null],
    ['an array', [1, 2]],
  ])('a policy that is %s locks nothing', (_name, raw) => {
    expect(readManagedPolicy(raw)).toEqual({ settings: {} });
  });

  it('ignores wrong types, unknown keys, unknown choices and secrets', () => {
    const policy = readManagedPolicy({
      cth_ws_url: 42, dialMode: 'fax', offlineMode: 'always', password: 'leak', username: 'admin', bogus: 'x',
      cth_ws_method: 'PATCH', defaultCountry: 'DE', allowSites: ['a.example', 3], denySites: ['b.example'],
    });
    expect(policy).toEqual({ settings: { offlineMode: 'always', defaultCountry: 'DE' }, denySites: ['b.example'] });
  });

  it('adds the administrator’s site entries to the user’s lists', () => {
    const sites = applyManagedSites({ paused: [], allow: ['mine.example'], deny: [] }, readManagedPolicy({ allowSites: ['corp.example', 'mine.example'], denySites: ['bank.example'] }));
    expect(sites).toEqual({ paused: [], allow: ['corp.example', 'mine.example'], deny: ['bank.example'] });
  });
});
