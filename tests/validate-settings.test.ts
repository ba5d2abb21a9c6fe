import { describe, expect, it } from 'vitest';
import { originPattern } from '../utils/sites/permissions';
import type { Settings } from '../utils/settings/settings';
import { validateSettings } from '../utils/settings/validate';
import { check, errors, warnings, validSettings as valid } from './helpers/valid-settings';

describe('validateSettings', () => {
  it('accepts the spec examples as they are', () => {
    expect(check({})).toEqual([]);
    expect(check({ cth_ws_url: 'https://example.com/callthrough/%account[username]%/%targetNumber%' })).toEqual([]);
    expect(
      check({ cth_ws_postData: '{ "username" : "%account[username]%", "to" : "%targetNumber%" }', cth_ws_contentType: 'application/json' }),
    ).toEqual([]);
  });

  describe('service URL', () => {
    it('empty is allowed, with a warning that calls need it', () => {
      expect(errors({ cth_ws_url: '' })).toEqual([]);
      expect(warnings({ cth_ws_url: '' })).toEqual([
        expect.objectContaining({ field: 'cth_ws_url', message: expect.stringMatching(/calls need/) }),
      ]);
    });
    it('must parse', () => {
      expect(errors({ cth_ws_url: 'example.com/callthrough' })).toEqual([expect.objectContaining({ field: 'cth_ws_url' })]);
      expect(errors({ cth_ws_url: 'https://exa mple.com/' })).toHaveLength(1);
    });
    it('must be http or https', () => {
      for (const url of ['ftp://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/plain,x']) {
        expect(errors({ cth_ws_url: url }), url).toEqual([expect.objectContaining({ field: 'cth_ws_url' })]);
      }
      expect(errors({ cth_ws_url: 'HTTP://example.com/' })).toEqual([]);
    });
    it('may have a placeholder as its host', () => {
      expect(errors({ cth_ws_url: 'https://%account[host]%/cth?to=%targetNumber%' })).toEqual([]);
    });
  });

  it('method is automatic or one of GET POST PUT HEAD DELETE', () => {
    for (const m of ['', 'GET', 'POST', 'PUT', 'HEAD', 'DELETE']) expect(errors({ cth_ws_method: m }), m).toEqual([]);
    for (const m of ['PATCH', 'get', 'TRACE', ' POST']) {
      expect(errors({ cth_ws_method: m }), m).toEqual([expect.objectContaining({ field: 'cth_ws_method' })]);
    }
  });

  it('GET or HEAD with POST data is a warning', () => {
    expect(warnings({ cth_ws_method: 'GET', cth_ws_postData: 'a=b' })).toEqual([expect.objectContaining({ field: 'cth_ws_method' })]);
    expect(errors({ cth_ws_method: 'GET', cth_ws_postData: 'a=b' })).toEqual([]);
  });

  it('timeout is empty or a positive number of seconds up to 120', () => {
    for (const t of ['', '1', '15', '0.5', '120', ' 30 ']) expect(errors({ cth_ws_timeout: t }), t).toEqual([]);
    for (const t of ['0', '-1', '121', 'abc', '1e3', '0x10', 'Infinity', '15s']) {
      expect(errors({ cth_ws_timeout: t }), t).toEqual([expect.objectContaining({ field: 'cth_ws_timeout' })]);
    }
  });

  it('custom headers are Name: value lines with a valid token name', () => {
    expect(errors({ cth_ws_customHeaders: 'X-Api-Key: %account[x-key]%\nAccept: application/json\n\n' })).toEqual([]);
    expect(errors({ cth_ws_customHeaders: 'X-One: 1\\nX-Two: 2' })).toEqual([]);
    expect(errors({ cth_ws_customHeaders: 'no colon here' })).toEqual([expect.objectContaining({ field: 'cth_ws_customHeaders' })]);
    expect(errors({ cth_ws_customHeaders: 'Bad Name: x' })).toHaveLength(1);
    expect(errors({ cth_ws_customHeaders: ': empty name' })).toHaveLength(1);
    expect(errors({ cth_ws_customHeaders: 'X(y): 1\nOk: 2\nAlso bad' })).toHaveLength(2);
  });

  it('content type must look like a media type', () => {
    expect(errors({ cth_ws_contentType: 'application/json; charset=utf-8' })).toEqual([]);
    expect(errors({ cth_ws_contentType: 'json' })).toEqual([expect.objectContaining({ field: 'cth_ws_contentType' })]);
  });

  describe('custom parameters', () => {
    it('a name is required', () => {
      expect(errors({ custom: { '': '1' } })).toEqual([expect.objectContaining({ field: 'custom.0' })]);
      expect(validateSettings(valid, [{ key: 'x-a', value: '1' }, { key: '  ', value: '2' }]).map((p) => p.field)).toEqual(['custom.1']);
    });
    it('names are unique', () => {
      const rows = [{ key: 'x-cth-pin', value: '1' }, { key: 'host', value: 'h' }, { key: 'x-cth-pin ', value: '2' }];
      expect(validateSettings(valid, rows)).toEqual([expect.objectContaining({ field: 'custom.2', severity: 'error' })]);
    });
    it('a provider key cannot be a custom parameter', () => {
      expect(errors({ custom: { password: 'x' } })).toEqual([expect.objectContaining({ field: 'custom.0' })]);
      expect(errors({ custom: { cth_ws_url: 'x' } })).toHaveLength(1);
    });
    it('names cannot break %account[KEY]%', () => {
      expect(errors({ custom: { 'a b': '1', 'a]': '2', 'x%y': '3' } })).toHaveLength(3);
      expect(errors({ custom: { cloud_username: 'u', 'x-cth-pin': '1', host: 'h' } })).toEqual([]);
    });
  });

  it('default country is a supported libphonenumber region', () => {
    for (const c of ['US', 'GB', 'DE', 'CZ']) expect(errors({ defaultCountry: c }), c).toEqual([]);
    for (const c of ['', 'XX', 'us', 'USA']) {
      expect(errors({ defaultCountry: c }), c).toEqual([expect.objectContaining({ field: 'defaultCountry' })]);
    }
  });

  describe('call-through without a web service', () => {
    it("'always' and 'fallback' require an access number; 'never' does not", () => {
      expect(errors({ offlineMode: 'never', cth_access_number: '' })).toEqual([]);
      for (const offlineMode of ['always', 'fallback'] as const) {
        expect(errors({ offlineMode, cth_access_number: '' }), offlineMode).toEqual([
          expect.objectContaining({ field: 'cth_access_number', message: 'Set the access number for call-through without a web service.' }),
        ]);
        expect(errors({ offlineMode, cth_access_number: '   ' }), offlineMode).toHaveLength(1);
        expect(errors({ offlineMode, cth_access_number: '+1 555 123-1234' }), offlineMode).toEqual([]);
      }
    });
    it('the access number holds only dial characters and separators', () => {
      for (const n of ['+15551231234', '+1 (555) 123-1234', '555.123.1234', '0800 123 456,,', '*72#', '123p456w7;8']) {
        expect(errors({ cth_access_number: n }), n).toEqual([]);
      }
      for (const n of ['+1 555 CALL-NOW', '555-1234 ext 5', '1+555', '#*', 'x', '5551231234\u0000']) {
        expect(errors({ cth_access_number: n }), n).toEqual([expect.objectContaining({ field: 'cth_access_number', severity: 'error' })]);
      }
    });
    it("'always' and 'fallback' need no service URL, so no warning for its absence", () => {
      expect(warnings({ cth_ws_url: '', offlineMode: 'always', cth_access_number: '+15551231234' })).toEqual([]);
      expect(warnings({ cth_ws_url: '', offlineMode: 'fallback', cth_access_number: '+15551231234' })).toEqual([]);
    });
    it('an unknown offline mode is an error', () => {
      expect(errors({ offlineMode: 'sometimes' as Settings['offlineMode'] })).toEqual([expect.objectContaining({ field: 'offlineMode' })]);
    });
    it('the access number and dial template are provider keys, not custom parameters', () => {
      expect(errors({ custom: { cth_access_number: '1', cth_dial_template: '2' } })).toHaveLength(2);
    });
  });

  describe('password over http', () => {
    const http = 'http://example.com/cth?u=%account[username]%';
    it('warns (does not block) when a template sends %account[password]% over http', () => {
      for (const patch of [
        { cth_ws_url: `${http}&p=%account[password]%` },
        { cth_ws_url: http, cth_ws_postData: 'p=%account[password]%' },
        { cth_ws_url: http, cth_ws_customHeaders: 'X-Pass: %account[password]%' },
        { cth_ws_url: http, cth_ws_postData: 'p=%account[cloud_password]%' },
      ]) {
        expect(errors(patch)).toEqual([]);
        expect(warnings(patch)).toEqual([
          expect.objectContaining({ message: expect.stringContaining('the password will be sent as ******** over http') }),
        ]);
      }
    });
    it('no warning over https, or when only its SHA-1 is sent', () => {
      expect(warnings({ cth_ws_url: 'https://example.com/cth?p=%account[password]%' })).toEqual([]);
      expect(warnings({ cth_ws_url: `${http}&n=%nonce%&h=%sha1(%nonce%%account[password]%)%` })).toEqual([]);
    });
  });
});

describe('originPattern', () => {
  it('is the scheme and host of the service URL', () => {
    expect(originPattern('https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%')).toBe('https://example.com/*');
    expect(originPattern('http://127.0.0.1:8080/cth')).toBe('http://127.0.0.1/*');
    expect(originPattern('HTTPS://User:pw@Example.COM:8443')).toBe('https://example.com/*');
    expect(originPattern('https://[::1]:9000/x')).toBe('https://[::1]/*');
  });
  it('fills an account placeholder in the host', () => {
    expect(originPattern('https://%account[host]%/cth', { host: 'sip.example.net' })).toBe('https://sip.example.net/*');
    expect(originPattern('https://%account[host]%/cth')).toBeUndefined();
  });
  it('is undefined for anything but http(s)', () => {
    for (const url of ['', 'ftp://example.com/', 'example.com', 'javascript:alert(1)', 'https:///x']) {
      expect(originPattern(url), url).toBeUndefined();
    }
  });
});
