import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import { CURRENT_SETTINGS_VERSION, migrateSettings, settingsMigrations, V1_KEYS } from '../utils/settings/schema';

/** A profile as ThruDial 0.1.0 stored it (settings version 1). */
const V1_PROFILE = {
  cth_ws_url: 'https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%',
  cth_ws_postData: '',
  cth_ws_contentType: '',
  cth_ws_method: 'GET',
  cth_ws_customHeaders: 'X-Api-Key: abc',
  cth_ws_timeout: '20',
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234', cloud_password: 'cloudy' },
  defaultCountry: 'GB',
  dialMode: 'qr',
};

/** The same profile as version 2 stores it. */
const V2_PROFILE: Settings = {
  ...V1_PROFILE,
  dialMode: 'qr',
  cth_access_number: '+442071234567',
  cth_dial_template: '%account[cth_access_number]%,,%targetNumber%#',
  offlineMode: 'fallback',
};

const FIXTURES: Record<number, { stored: unknown; current: Settings }> = {
  1: { stored: V1_PROFILE, current: { ...V1_PROFILE, dialMode: 'qr', cth_access_number: '', cth_dial_template: '', offlineMode: 'never' } },
  2: { stored: V2_PROFILE, current: V2_PROFILE },
};

describe('settings schema versions', () => {
  it('the current version is 2 and the v1 fixture holds exactly the v1 keys', () => {
    expect(CURRENT_SETTINGS_VERSION).toBe(2);
    expect(Object.keys(V1_PROFILE).sort()).toEqual([...V1_KEYS].sort());
    expect(Object.keys(V2_PROFILE).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('has a fixture for every version up to the current one', () => {
    for (let v = 1; v <= CURRENT_SETTINGS_VERSION; v++) expect(FIXTURES[v], `fixture for v${v}`).toBeDefined();
  });

  for (const [version, { stored, current }] of Object.entries(FIXTURES)) {
    it(`a profile stored by v${version} migrates to the current shape with every value kept`, () => {
      expect(migrateSettings(stored, Number(version))).toEqual({ ok: true, value: current });
    });
  }

  it('v1 -> v2 fills in the offline fields with their defaults, never overwriting values already there', () => {
    const migrated = migrateSettings({ ...V1_PROFILE, offlineMode: 'always', cth_access_number: '+15551231234' }, 1);
    expect(migrated.ok && migrated.value).toMatchObject({ offlineMode: 'always', cth_access_number: '+15551231234', cth_dial_template: '' });
  });

  it('migrating the current shape again changes nothing (idempotent)', () => {
    const once = migrateSettings(V1_PROFILE, 1);
    expect(once.ok).toBe(true);
    if (once.ok) expect(migrateSettings(once.value, 1)).toEqual(once);
    if (once.ok) expect(migrateSettings(once.value, CURRENT_SETTINGS_VERSION)).toEqual(once);
  });
});

describe('legacy and damaged shapes', () => {
  it('missing keys get their defaults', () => {
    expect(migrateSettings({}, 1)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(migrateSettings({ username: 'ann' }, 1)).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, username: 'ann' } });
  });

  it('a wrong type gets the default for that key only', () => {
    const migrated = migrateSettings(
      { ...V2_PROFILE, cth_ws_timeout: 15, password: null, dialMode: 'sms', offlineMode: true, custom: ['x'], username: 'kept' },
      2,
    );
    expect(migrated).toEqual({
      ok: true,
      value: { ...V2_PROFILE, cth_ws_timeout: '', password: '', dialMode: 'tel', offlineMode: 'never', custom: {}, username: 'kept' },
    });
  });

  it('custom parameters that are not text are dropped one by one', () => {
    const migrated = migrateSettings({ custom: { 'x-cth-pin': '1234', n: 5, o: { a: 1 }, empty: '' } }, 1);
    expect(migrated.ok && migrated.value.custom).toEqual({ 'x-cth-pin': '1234', empty: '' });
  });

  it('unknown keys are dropped, also ones that look like account keys (never moved into custom)', () => {
    const migrated = migrateSettings({ ...V1_PROFILE, 'x-cth-pin': '9999', theme: 'dark', constructor: 'x' }, 1);
    expect(migrated).toEqual({ ok: true, value: FIXTURES[1]!.current });
  });

  it('a "__proto__" custom key stays plain data', () => {
    const stored = JSON.parse('{"custom": {"__proto__": "x", "a": "b"}}');
    const migrated = migrateSettings(stored, 1);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(Object.getPrototypeOf(migrated.value.custom)).toBe(Object.prototype);
    expect(Object.entries(migrated.value.custom)).toEqual([['__proto__', 'x'], ['a', 'b']]);
  });

  it('huge strings are kept as they are (validation reports them on Save)', () => {
    const huge = 'x'.repeat(2_000_000);
    const migrated = migrateSettings({ cth_ws_url: huge }, 1);
    expect(migrated.ok && migrated.value.cth_ws_url.length).toBe(2_000_000);
  });

  it('fails, without throwing, on what holds no settings at all', () => {
    for (const garbage of [null, undefined, 0, 42, NaN, '', 'settings', 'x'.repeat(1_000_000), [], [V1_PROFILE], true, () => 1]) {
      const migrated = migrateSettings(garbage, 1);
      expect(migrated.ok, String(garbage).slice(0, 20)).toBe(false);
    }
  });

  it('fails on an unknown or newer version instead of guessing', () => {
    for (const version of [0, -1, 1.5, NaN, Infinity]) expect(migrateSettings(V1_PROFILE, version).ok).toBe(false);
    const newer = migrateSettings(V1_PROFILE, CURRENT_SETTINGS_VERSION + 1);
    expect(newer.ok || newer.error).toMatch(/newer ThruDial/);
  });

  it('a hostile object (throwing getter) fails instead of throwing', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(migrateSettings(hostile, 1).ok).toBe(false);
  });

  it('never throws, and always yields valid current Settings, for any JSON value at any version', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: -2, max: CURRENT_SETTINGS_VERSION + 2 }), (stored, version) => {
        const migrated = migrateSettings(stored, version);
        if (!migrated.ok) return;
        expect(Object.keys(migrated.value).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        expect(['tel', 'qr']).toContain(migrated.value.dialMode);
        expect(['never', 'always', 'fallback']).toContain(migrated.value.offlineMode);
        for (const value of Object.values(migrated.value.custom)) expect(typeof value).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for objects with any keys from the schema holding any values', () => {
    const keys = [...Object.keys(DEFAULT_SETTINGS), 'x-cth-pin', '__proto__'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.anything()), (stored) => {
        expect(() => migrateSettings(stored, 1)).not.toThrow();
        expect(migrateSettings(stored, 1).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/** utils/store as a newly started script loads it: its storage items run their migrations on definition. */
async function freshStore(): Promise<typeof import('../utils/settings/store')> {
  vi.resetModules();
  return import('../utils/settings/store');
}

describe('storage migrations (WXT)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has one migration per version after the first, each landing on the current shape', () => {
    const migrations = settingsMigrations();
    expect(Object.keys(migrations).map(Number)).toEqual(Array.from({ length: CURRENT_SETTINGS_VERSION - 1 }, (_, i) => i + 2));
    expect(migrations[2]!(V1_PROFILE)).toEqual(FIXTURES[1]!.current);
    expect(migrations[2]!(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrations[2]!('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('a profile stored by v1 (no version mark) is migrated on read and marked with the current version', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_PROFILE });
    const { loadOwnSettings, loadSettings } = await freshStore();
    expect(await loadOwnSettings()).toEqual(FIXTURES[1]!.current);
    expect(await loadSettings()).toEqual(FIXTURES[1]!.current);
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: FIXTURES[1]!.current,
      settings$: { v: CURRENT_SETTINGS_VERSION },
    });
  });

  it('damaged stored settings read as defaults for the damaged keys only', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V2_PROFILE, dialMode: 7 }, settings$: { v: CURRENT_SETTINGS_VERSION } });
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual({ ...V2_PROFILE, dialMode: 'tel' });
  });

  it('a fresh profile reads as the defaults', async () => {
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
