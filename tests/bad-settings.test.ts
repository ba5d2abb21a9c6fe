/** Settings nobody should save: huge values, too many parameters, unsafe URLs. Each gets a clear error or warning. */
import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_PARAMETERS, MAX_VALUE_LENGTH } from '../utils/settings/fields';
import { validateSettings } from '../utils/settings/validate';
import { check, errors, validSettings as valid } from './helpers/valid-settings';

describe('sizes', () => {
  it('a value of exactly 8 KB is fine, one character more is an error naming the field', () => {
    const at = `https://example.com/?q=${'a'.repeat(MAX_VALUE_LENGTH - 23)}`;
    expect(at.length).toBe(MAX_VALUE_LENGTH);
    expect(errors({ cth_ws_url: at })).toEqual([]);
    expect(errors({ cth_ws_url: `${at}a` })).toEqual([
      { field: 'cth_ws_url', severity: 'error', message: 'The service URL is too long (8,193 characters; at most 8,192).' },
    ]);
  });

  it('a 1 MB URL is one clear error, found quickly (no other check runs over megabytes)', () => {
    const started = performance.now();
    const problems = check({ cth_ws_url: `https://example.com/?${'%sha1('.repeat(175_000)}` });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([expect.objectContaining({ field: 'cth_ws_url', message: expect.stringMatching(/^The service URL is too long \(1,050,021 characters/) })]);
  });

  it.each(['cth_ws_postData', 'cth_ws_customHeaders', 'username', 'password', 'cth_dial_template', 'defaultCountry'] as const)(
    'every text setting has the limit: %s',
    (key) => {
      expect(errors({ [key]: 'x'.repeat(MAX_VALUE_LENGTH + 1) })).toEqual([
        expect.objectContaining({ field: key, message: expect.stringMatching(/is too long \(8,193 characters; at most 8,192\)\.$/) }),
      ]);
    },
  );

  it('a custom parameter name or value over 8 KB is an error on its row', () => {
    expect(errors({ custom: { 'x-cth-pin': '1234', big: 'v'.repeat(MAX_VALUE_LENGTH + 1) } })).toEqual([
      expect.objectContaining({ field: 'custom.1', message: 'The value of custom parameter 2 is too long (8,193 characters; at most 8,192).' }),
    ]);
    expect(errors({ custom: { ['k'.repeat(MAX_VALUE_LENGTH + 1)]: '1' } })).toEqual([
      expect.objectContaining({ field: 'custom.0', message: expect.stringMatching(/^The name of custom parameter 1 is too long/) }),
    ]);
  });

  it('at most 100 custom parameters; 100k of them is one error on the first row too many', () => {
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`x-p${i}`, String(i)]));
    expect(errors({ custom: many(MAX_CUSTOM_PARAMETERS) })).toEqual([]);
    expect(errors({ custom: many(MAX_CUSTOM_PARAMETERS + 1) })).toEqual([
      expect.objectContaining({ field: 'custom.100', message: 'There are 101 custom parameters; at most 100 are allowed.' }),
    ]);
    const huge = many(100_000);
    const started = performance.now();
    expect(errors({ custom: huge })).toEqual([
      expect.objectContaining({ field: 'custom.100', message: 'There are 100,000 custom parameters; at most 100 are allowed.' }),
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('counts the rows as edited on the options page, empty ones included', () => {
    const rows = Array.from({ length: MAX_CUSTOM_PARAMETERS + 1 }, () => ({ key: '', value: '' }));
    expect(validateSettings(valid, rows).map((p) => p.field)).toEqual(['custom.100']);
  });
});

describe('unsafe URLs and passwords', () => {
  it('a service URL that is not http(s) is an error', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'chrome://settings', 'ws://example.com/']) {
      expect(errors({ cth_ws_url: url }), url).toEqual([expect.objectContaining({ field: 'cth_ws_url' })]);
    }
  });

  it('a password in clear in an http template is a warning, not an error; hashed it is fine', () => {
    const clear = check({ cth_ws_url: 'http://example.com/?u=%account[username]%&p=%account[password]%&to=%targetNumber%' });
    expect(clear).toEqual([expect.objectContaining({ severity: 'warning', field: 'cth_ws_url', message: expect.stringMatching(/over http/) })]);
    expect(check({ cth_ws_url: 'http://example.com/?h=%sha1(%nonce%%account[password]%)%&to=%targetNumber%' })).toEqual([]);
    expect(check({ cth_ws_url: 'https://example.com/?p=%account[password]%&to=%targetNumber%' })).toEqual([]);
  });
});
