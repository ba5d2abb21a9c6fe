import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import { CURRENT_SETTINGS_VERSION } from '../utils/settings/schema';
import {
  exportFileName, exportSettings, importSettings, MAX_SETTINGS_FILE_BYTES, SETTINGS_FILE_FORMAT, settingsToRestore,
} from '../utils/settings/transfer';

const SAVED: Settings = {
  ...DEFAULT_SETTINGS,
  cth_ws_url: 'https://example.com/callthrough/?u=%account[username]%&p=%account[password]%&to=%targetNumber%',
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234', cloud_username: 'cu', cloud_password: 'cloudy' },
  defaultCountry: 'DE',
  dialMode: 'qr',
  cth_access_number: '+4930123456',
  offlineMode: 'fallback',
};
const CURRENT: Settings = { ...DEFAULT_SETTINGS, password: 'current-pw', custom: { cloud_password: 'current-cloud' } };

const file = (settings: unknown, version: unknown = CURRENT_SETTINGS_VERSION, format: unknown = SETTINGS_FILE_FORMAT) =>
  JSON.stringify({ format, version, settings });
const errorOf = (text: string) => {
  const imported = importSettings(text, CURRENT);
  return imported.ok ? undefined : imported.error;
};

const settingsArbitrary: fc.Arbitrary<Settings> = fc.record({
  cth_ws_url: fc.string({ unit: 'grapheme' }),
  cth_ws_postData: fc.string(),
  cth_ws_contentType: fc.string(),
  cth_ws_method: fc.string(),
  cth_ws_customHeaders: fc.string({ unit: 'binary' }),
  cth_ws_timeout: fc.string(),
  username: fc.string({ unit: 'grapheme' }),
  password: fc.string({ unit: 'binary' }),
  custom: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('cloud_password', 'x-cth-pin', '__proto__', 'constructor')), fc.string({ unit: 'binary' }), { noNullPrototype: true }),
  defaultCountry: fc.string(),
  dialMode: fc.constantFrom('tel' as const, 'qr' as const),
  cth_access_number: fc.string(),
  cth_dial_template: fc.string(),
  offlineMode: fc.constantFrom('never' as const, 'always' as const, 'fallback' as const),
}, { noNullPrototype: true });

describe('export', () => {
  it('writes the format, the schema version and every setting, secrets included when asked', () => {
    const parsed = JSON.parse(exportSettings(SAVED, { includeSecrets: true }));
    expect(parsed).toEqual({ format: 'thrudial-settings', version: CURRENT_SETTINGS_VERSION, settings: SAVED });
  });

  it('without secrets, leaves out password and cloud_password and keeps everything else', () => {
    const text = exportSettings(SAVED, { includeSecrets: false });
    expect(text).not.toContain('secret');
    expect(text).not.toContain('cloudy');
    const { settings } = JSON.parse(text);
    expect(settings).not.toHaveProperty('password');
    expect(settings.custom).toEqual({ 'x-cth-pin': '1234', cloud_username: 'cu' });
    expect(settings.cth_ws_url).toBe(SAVED.cth_ws_url);
  });

  it('names the file after the day', () => {
    expect(exportFileName(new Date('2025-06-01T23:59:00Z'))).toBe('thrudial-settings-2025-06-01.json');
  });
});

describe('import round-trips', () => {
  it('with secrets: exactly the exported settings', () => {
    expect(importSettings(exportSettings(SAVED, { includeSecrets: true }), CURRENT)).toEqual({
      ok: true,
      value: { settings: SAVED, includesSecrets: true, fromVersion: CURRENT_SETTINGS_VERSION },
    });
  });

  it('without secrets: the exported settings with the current password and cloud_password', () => {
    expect(importSettings(exportSettings(SAVED, { includeSecrets: false }), CURRENT)).toEqual({
      ok: true,
      value: {
        settings: { ...SAVED, password: 'current-pw', custom: { 'x-cth-pin': '1234', cloud_username: 'cu', cloud_password: 'current-cloud' } },
        includesSecrets: false,
        fromVersion: CURRENT_SETTINGS_VERSION,
      },
    });
  });

  it('property: any Settings -> export with secrets -> import is deep-equal', () => {
    fc.assert(
      fc.property(settingsArbitrary, settingsArbitrary, (settings, current) => {
        const imported = importSettings(exportSettings(settings, { includeSecrets: true }), current);
        expect(imported.ok).toBe(true);
        if (imported.ok) expect(imported.value.settings).toStrictEqual(settings);
      }),
      { numRuns: 300 },
    );
  });

  it('property: without secrets the import keeps the current password and cloud_password', () => {
    fc.assert(
      fc.property(settingsArbitrary, settingsArbitrary, (settings, current) => {
        const imported = importSettings(exportSettings(settings, { includeSecrets: false }), current);
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        const { cloud_password: _dropped, ...customWithout } = settings.custom;
        const expected: Settings = {
          ...settings,
          password: current.password,
          custom: Object.hasOwn(current.custom, 'cloud_password') ? { ...customWithout, cloud_password: current.custom.cloud_password! } : customWithout,
        };
        expect(imported.value.settings).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a v1 file is migrated: offline fields get their defaults; holding a password, it holds all secrets', () => {
    const v1 = { cth_ws_url: 'https://example.com/?to=%targetNumber%', username: 'u', password: 'p', custom: {}, defaultCountry: 'US', dialMode: 'tel' };
    const imported = importSettings(file(v1, 1), CURRENT);
    expect(imported).toEqual({
      ok: true,
      value: { settings: { ...DEFAULT_SETTINGS, ...v1 }, includesSecrets: true, fromVersion: 1 },
    });
  });

  it('missing settings get their defaults (a hand-written file may name only a few)', () => {
    const imported = importSettings(file({ username: 'ann' }), CURRENT);
    expect(imported.ok && imported.value.settings).toEqual({ ...DEFAULT_SETTINGS, username: 'ann', password: 'current-pw', custom: { cloud_password: 'current-cloud' } });
  });
});

describe('import refuses bad files with a clear message', () => {
  it.each([
    ['empty', '', /the file is empty/],
    ['not JSON', '{ "format": "thrudial-settings", ', /is not valid JSON \(/],
    ['an account XML', '<account><username>u</username></account>', /is not valid JSON/],
    ['JSON but not an object', '[1, 2]', /not a ThruDial settings file/],
    ['another format', file({}, 1, 'other-app'), /not a ThruDial settings file/],
    ['no version', JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: {} }), /"version" must be a whole number/],
    ['version as text', file({}, '2'), /"version" must be a whole number/],
    ['version 0', file({}, 0), /"version" must be a whole number/],
    ['a newer version', file({}, CURRENT_SETTINGS_VERSION + 1), /newer ThruDial .*Update ThruDial/],
    ['no settings object', file([]), /holds no "settings" object/],
    ['an unknown setting (typo)', file({ pasword: 'x' }), /"pasword" is not a ThruDial setting/],
    ['an account key at the top level', file({ 'x-cth-pin': '1234' }), /"x-cth-pin" is not a ThruDial setting/],
    ['a number for text', file({ cth_ws_timeout: 15 }), /"cth_ws_timeout" must be text/],
    ['null for text', file({ password: null }), /"password" must be text/],
    ['an unknown dial mode', file({ dialMode: 'sms' }), /"dialMode" must be one of "tel", "qr"/],
    ['an unknown offline mode', file({ offlineMode: 'sometimes' }), /"offlineMode" must be one of "never", "always", "fallback"/],
    ['custom as a list', file({ custom: ['a'] }), /"custom" must be an object whose values are text/],
    ['a custom value not text', file({ custom: { pin: 1234 } }), /"custom" must be an object whose values are text/],
  ])('%s', (_name, text, message) => {
    const error = errorOf(text);
    expect(error).toMatch(/^The settings file cannot be imported: /);
    expect(error).toMatch(message);
  });

  it('a file over 1 MB, before parsing it', () => {
    const big = file({ cth_ws_url: 'x'.repeat(MAX_SETTINGS_FILE_BYTES) });
    expect(errorOf(big)).toMatch(/larger than 1 MB/);
    // Counted in UTF-8 bytes: 400,000 three-byte characters are 1.2 MB.
    expect(errorOf(file({ username: '€'.repeat(400_000) }))).toMatch(/larger than 1 MB/);
  });

  it('"__proto__" in the file cannot change any prototype', () => {
    const imported = importSettings('{"format":"thrudial-settings","version":2,"settings":{"custom":{"__proto__":{"polluted":"yes"}}}}', CURRENT);
    expect(imported.ok).toBe(false);
    const text = importSettings('{"format":"thrudial-settings","version":2,"settings":{"custom":{"__proto__":"x"}}}', CURRENT);
    expect(text.ok && Object.getPrototypeOf(text.value.settings.custom)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => file(v))), (text) => {
        expect(() => importSettings(text, CURRENT)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('restore: only settings that would pass Save', () => {
  it('restores a valid backup', () => {
    const restored = settingsToRestore(exportSettings(SAVED, { includeSecrets: true }), CURRENT);
    expect(restored.ok && restored.value.settings).toEqual(SAVED);
  });

  it('refuses a file whose values would not validate, naming the problem', () => {
    const restored = settingsToRestore(file({ cth_ws_url: 'ftp://example.com/' }), CURRENT);
    expect(restored.ok || restored.error).toMatch(/^The settings file cannot be imported: The service URL must start with https:\/\/ or http:\/\//);
  });

  it('refuses an oversized value inside a file under 1 MB', () => {
    const restored = settingsToRestore(file({ cth_ws_url: `https://example.com/?q=${'a'.repeat(100_000)}` }), CURRENT);
    expect(restored.ok || restored.error).toMatch(/The service URL is too long \(100,023 characters; at most 8,192\)/);
  });
});
