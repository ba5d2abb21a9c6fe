import { describe, expect, it } from 'vitest';
import { telLinkNumber } from '../utils/protocol/tel-link';
import { MAX_LINK_LENGTH, MAX_SELECTION_LENGTH, numberFromLink, numberFromSelection, quotedSelection } from '../utils/menu-target';

const ok = (value: string) => ({ ok: true, value });

describe('numberFromSelection', () => {
  it('a selection that is just a number is that number', () => {
    expect(numberFromSelection('+1 213 373 4253')).toEqual(ok('+12133734253'));
    expect(numberFromSelection('  (213) 373-4253\n', 'US')).toEqual(ok('+12133734253'));
    expect(numberFromSelection('０２１３ ３７３ ４２５３', 'US')).toMatchObject({ ok: false }); // leading 0 is not US
    expect(numberFromSelection('＋１ ２１３ ３７３ ４２５３')).toEqual(ok('+12133734253'));
  });

  it("the spec's merely possible number is taken when it is the whole selection", () => {
    expect(numberFromSelection('+1 (555) 123-1234')).toEqual(ok('+15551231234'));
  });

  it('a number inside a longer selection is found', () => {
    expect(numberFromSelection('Call +1 213 373 4253 now')).toEqual(ok('+12133734253'));
    expect(numberFromSelection('Support: (213) 373-4253, Mon–Fri', 'US')).toEqual(ok('+12133734253'));
    expect(numberFromSelection('Ruf an: 030 123456789', 'DE')).toEqual(ok('+4930123456789'));
  });

  it('the same number written twice is one number', () => {
    expect(numberFromSelection('+1 213 373 4253 or (213) 373-4253', 'US')).toEqual(ok('+12133734253'));
  });

  it('two different numbers are refused, not guessed', () => {
    const got = numberFromSelection('Call +1 213 373 4253 or +1 310 555 0142');
    expect(got).toMatchObject({ ok: false, error: 'The selection holds more than one phone number. Select just the one to call.' });
  });

  it('a selection without a number says so, quoting it', () => {
    expect(numberFromSelection('Hello world')).toMatchObject({ ok: false, error: 'ThruDial found no phone number in “Hello world”.' });
    expect(numberFromSelection('Order 12 shipped on 2024-05-01')).toMatchObject({ ok: false });
  });

  it('empty, non-text and over-long selections are refused', () => {
    expect(numberFromSelection('')).toMatchObject({ ok: false, error: 'Select a phone number first, then call it with ThruDial.' });
    expect(numberFromSelection('   ')).toMatchObject({ ok: false });
    expect(numberFromSelection(undefined)).toMatchObject({ ok: false });
    expect(numberFromSelection(42)).toMatchObject({ ok: false });
    const long = `+1 213 373 4253 ${'x'.repeat(MAX_SELECTION_LENGTH)}`;
    expect(numberFromSelection(long)).toMatchObject({ ok: false, error: 'The selection is too long. Select just the phone number to call.' });
  });

  it('a national number needs the country to be read', () => {
    expect(numberFromSelection('Call (213) 373-4253 now', 'US')).toEqual(ok('+12133734253'));
    expect(numberFromSelection('Call 213 373 4253 now')).toMatchObject({ ok: false });
  });
});

describe('numberFromLink', () => {
  it('tel: with visual separators', () => {
    expect(numberFromLink('tel:+1-213-373-4253')).toEqual(ok('+12133734253'));
    expect(numberFromLink('TEL:+1.213.373.4253')).toEqual(ok('+12133734253'));
  });

  it('percent-encoded tel: is decoded', () => {
    expect(numberFromLink('tel:%2B1%20(213)%20373-4253')).toEqual(ok('+12133734253'));
  });

  it('parameters are dropped', () => {
    expect(numberFromLink('tel:+1-213-373-4253;ext=12')).toEqual(ok('+12133734253'));
    expect(numberFromLink('tel:+12133734253;isub=1;postd=pp22')).toEqual(ok('+12133734253'));
  });

  it('a global phone-context completes a local number', () => {
    expect(numberFromLink('tel:213-373-4253;phone-context=+1')).toEqual(ok('+12133734253'));
  });

  it('a national number takes the default country', () => {
    expect(numberFromLink('tel:(213) 373-4253', 'US')).toEqual(ok('+12133734253'));
  });

  it('callto:, with or without //, and its query is dropped', () => {
    expect(numberFromLink('callto:+12133734253')).toEqual(ok('+12133734253'));
    expect(numberFromLink('callto://+1 213 373 4253')).toEqual(ok('+12133734253'));
    expect(numberFromLink('callto:+12133734253?call')).toEqual(ok('+12133734253'));
  });

  it('other schemes, names and junk are refused', () => {
    const refused = { ok: false, error: 'This link is not a phone number ThruDial can call.', problem: { code: 'errLinkNotNumber', params: [] } };
    expect(numberFromLink('https://example.com/tel:+12133734253')).toEqual(refused);
    expect(numberFromLink('sms:+12133734253')).toEqual(refused);
    expect(numberFromLink('callto:echo123')).toEqual(refused);
    expect(numberFromLink('tel:')).toEqual(refused);
    expect(numberFromLink('tel:%E0%A4%A')).toEqual(refused); // malformed escape
    expect(numberFromLink('javascript:alert(1)')).toEqual(refused);
    expect(numberFromLink(undefined)).toEqual(refused);
    expect(numberFromLink(`tel:+12133734253;${'a'.repeat(MAX_LINK_LENGTH)}`)).toEqual(refused);
  });
});

describe('quotedSelection', () => {
  it('one line, at most 40 characters', () => {
    expect(quotedSelection('a\nb\tc')).toBe('a b c');
    expect(quotedSelection('x'.repeat(50))).toBe(`${'x'.repeat(39)}…`);
  });
});

describe('telLinkNumber (shared by the page script and the context menu)', () => {
  it('drops the scheme, callto //, parameters, query and fragment, and decodes', () => {
    expect(telLinkNumber('tel:+1-213-373-4253;ext=12')).toBe('+1-213-373-4253');
    expect(telLinkNumber('callto://+12133734253?x=1#y')).toBe('+12133734253');
    expect(telLinkNumber('tel:%2B1%20(213)%20373-4253')).toBe('+1 (213) 373-4253');
  });
  it('puts a global phone-context in front of a local number', () => {
    expect(telLinkNumber('tel:7042;phone-context=+1-213-373')).toBe('+1-213-3737042');
    expect(telLinkNumber('tel:+4930123;phone-context=+1')).toBe('+4930123');
  });
  it('is undefined for other links, empty numbers and broken escapes', () => {
    for (const href of ['https://x.example/tel:1', 'mailto:a@b', 'tel:', 'tel:%E0%A4%A', 'sms:+1213']) expect(telLinkNumber(href)).toBeUndefined();
  });
});
