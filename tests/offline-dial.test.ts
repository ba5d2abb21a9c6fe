import { describe, expect, it } from 'vitest';
import { buildOfflineDialString, dialTemplate } from '../utils/protocol/offline-dial';

const NO_ACCESS_NUMBER = 'Set the access number for call-through without a web service.';
import { DEFAULT_DIAL_TEMPLATE, DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import { toTelUri } from '../utils/protocol/dial';

const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234' },
  cth_access_number: '+15551231234',
  ...over,
});

describe('buildOfflineDialString', () => {
  it('the default template is access number, pause, PIN, #, destination, # (the destination as DTMF digits, no +)', async () => {
    expect(DEFAULT_DIAL_TEMPLATE).toBe('%account[cth_access_number]%,,%account[x-cth-pin]%#%targetNumber%#');
    expect(dialTemplate(settings())).toBe(DEFAULT_DIAL_TEMPLATE);
    expect(dialTemplate(settings({ cth_dial_template: '   ' }))).toBe(DEFAULT_DIAL_TEMPLATE);
    expect(await buildOfflineDialString(settings(), '+12133734253', {})).toEqual({ ok: true, value: '+15551231234,,1234#12133734253#' });
  });

  it('the spec example dial string comes out of a template of the same shape, and its tel: URI encodes # as %23', async () => {
    const built = await buildOfflineDialString(
      settings({ cth_dial_template: '%account[cth_access_number]%,,%account[x-cth-pin]%#12345678#' }),
      '+12345678',
      {},
    );
    expect(built).toEqual({ ok: true, value: '+15551231234,,1234#12345678#' });
    expect(await buildOfflineDialString(settings(), '+12345678', {})).toEqual(built);
    expect(toTelUri(built.ok ? built.value : '')).toEqual({
      ok: true,
      value: { dialString: '+15551231234,,1234#12345678#', telUri: 'tel:+15551231234,,1234%2312345678%23' },
    });
  });

  it('expands a custom template with account values, targetNumber and globals, unescaped', async () => {
    const built = await buildOfflineDialString(
      settings({ cth_dial_template: '%account[cth_access_number]%;%account[username]%*%installid%#%targetNumber%', custom: { 'x-cth-pin': '1 2&3' } }),
      '+4930123456',
      { installid: 'a+b' },
    );
    expect(built).toEqual({ ok: true, value: '+15551231234;johndow*a+b#4930123456' });
  });

  it('uses real values, never the http password mask: the dial string stays on the device', async () => {
    const built = await buildOfflineDialString(settings({ cth_dial_template: '%account[cth_access_number]%,%account[password]%' }), '+1', {});
    expect(built).toEqual({ ok: true, value: '+15551231234,secret' });
  });

  it('the access number is trimmed; separators are left for toTelUri to remove', async () => {
    const built = await buildOfflineDialString(settings({ cth_access_number: '  +1 (555) 123-1234 ' }), '+12133734253', {});
    expect(built).toEqual({ ok: true, value: '+1 (555) 123-1234,,1234#12133734253#' });
    expect(toTelUri(built.ok ? built.value : '')).toMatchObject({ ok: true, value: { telUri: 'tel:+15551231234,,1234%2312133734253%23' } });
  });

  it('an empty access number is an error that says what to set', async () => {
    for (const cth_access_number of ['', '   ']) {
      expect(await buildOfflineDialString(settings({ cth_access_number }), '+12133734253', {})).toMatchObject({ ok: false, error: NO_ACCESS_NUMBER, problem: { code: 'errNoAccessNumber' } });
    }
    expect(NO_ACCESS_NUMBER).toBe('Set the access number for call-through without a web service.');
  });

  it('a missing PIN expands to nothing', async () => {
    expect(await buildOfflineDialString(settings({ custom: {} }), '+12133734253', {})).toEqual({ ok: true, value: '+15551231234,,#12133734253#' });
  });
});
