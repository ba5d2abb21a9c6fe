import { describe, expect, it } from 'vitest';
import { expandDialString, toTelUri } from '../utils/protocol/dial';
import type { TemplateContext } from '../utils/protocol/template';

const ctx = (over: Partial<TemplateContext> = {}): TemplateContext => ({
  account: { 'x-cth-pin': '1234', password: 'pw', cth_access_number: '+15551231234' },
  targetNumber: '+4930123456',
  globals: { installid: 'i-1' },
  nonce: '00112233445566778899aabbccddeeff',
  secureTransport: false,
  ...over,
});

describe('expandDialString', () => {
  it('spec example: x-cth-pin 1234 gives +15551231234,,1234#12345678#', async () => {
    expect(await expandDialString('+15551231234,,%account[x-cth-pin]%#12345678#', ctx())).toEqual({
      ok: true,
      value: '+15551231234,,1234#12345678#',
    });
  });
  it('dial string values are not escaped', async () => {
    expect(await expandDialString('%targetNumber%', ctx())).toEqual({ ok: true, value: '+4930123456' });
  });
  it('the dial string uses the real password even after an http request (it never goes to the server)', async () => {
    expect(await expandDialString('%account[password]%', ctx({ secureTransport: false }))).toEqual({ ok: true, value: 'pw' });
  });
  it('offline dial template: access number, PIN and destination as DTMF', async () => {
    const r = await expandDialString('%account[cth_access_number]%,,%account[x-cth-pin]%#%targetNumber%#', ctx());
    expect(r).toEqual({ ok: true, value: '+15551231234,,1234#+4930123456#' });
  });
});

describe('toTelUri', () => {
  it('spec example: # is percent-encoded as %23 in the tel: URI', () => {
    expect(toTelUri('+15551231234,,1234#12345678#')).toEqual({
      ok: true,
      value: { dialString: '+15551231234,,1234#12345678#', telUri: 'tel:+15551231234,,1234%2312345678%23' },
    });
  });
  it('visual separators and whitespace are removed', () => {
    expect(toTelUri(' +1 (555) 123-1234 /\u00a0.\t')).toEqual({
      ok: true,
      value: { dialString: '+15551231234', telUri: 'tel:+15551231234' },
    });
  });
  it('pauses, waits and DTMF survive: , ; p w * #', () => {
    expect(toTelUri('*31#,;p1wP2W')).toEqual({ ok: true, value: { dialString: '*31#,;p1wP2W', telUri: 'tel:*31%23,;p1wP2W' } });
  });
  it('any other character is refused with a clear error naming it', () => {
    const r = toTelUri('+1555x123');
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('“x”') });
    expect(toTelUri('1555?a=b').ok).toBe(false);
    expect(toTelUri('javascript:alert(1)').ok).toBe(false);
  });
  it('an invisible character is named by its code point', () => {
    expect(toTelUri('123\u0000')).toMatchObject({ ok: false, error: expect.stringContaining('U+0000') });
  });
  it('+ is allowed only as the first character', () => {
    expect(toTelUri('1+2').ok).toBe(false);
    expect(toTelUri('++1').ok).toBe(false);
  });
  it('an empty dial string is refused', () => {
    expect(toTelUri('').ok).toBe(false);
    expect(toTelUri(' - ( ) ').ok).toBe(false);
  });
  it('a dial string without any digit is refused', () => {
    expect(toTelUri('+').ok).toBe(false);
    expect(toTelUri(',,#*').ok).toBe(false);
  });
});
