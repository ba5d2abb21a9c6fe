import { describe, expect, it } from 'vitest';
import { acceptMessage, type SenderInfo } from '../utils/messaging/message-guard';
import { acceptPageNumbers, MAX_PAGE_NUMBERS } from '../utils/messaging/page-numbers-guard';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';

const OWN_ID = 'abcdefghijklmnop';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const contentScript = { id: OWN_ID, url: 'https://shop.example/', tabId: 7 };
const optionsPage = { id: OWN_ID, url: `${OWN_ORIGIN}options.html` };

describe('background accepts only well-formed messages from this extension', () => {
  it('accepts a call from its own content script', () => {
    expect(acceptMessage({ type: 'call', number: '+1 213 373 4253', pageCountry: 'US' }, contentScript, OWN_ID, OWN_ORIGIN))
      .toEqual({ type: 'call', number: '+1 213 373 4253', pageCountry: 'US' });
  });

  it('keeps a requested dial mode and nothing else', () => {
    const accepted = acceptMessage({ type: 'call', number: '2133734253', mode: 'qr', extra: 'x' }, contentScript, OWN_ID, OWN_ORIGIN);
    expect(accepted).toEqual({ type: 'call', number: '2133734253', mode: 'qr' });
  });

  it('refuses messages from another extension', () => {
    expect(acceptMessage({ type: 'call', number: '2133734253' }, { ...contentScript, id: 'other' }, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });

  it.each([
    ['no type', { number: '1' }],
    ['unknown type', { type: 'dial', number: '1' }],
    ['number not a string', { type: 'call', number: 12 }],
    ['empty number', { type: 'call', number: '   ' }],
    ['overlong number', { type: 'call', number: '1'.repeat(65) }],
    ['bad country', { type: 'call', number: '1', pageCountry: 'usa' }],
    ['bad mode', { type: 'call', number: '1', mode: 'sms' }],
    ['null', null],
    ['a string', 'call'],
  ])('refuses a malformed message: %s', (_name, raw) => {
    expect(acceptMessage(raw, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });

  it('runs a test call only for its own options page', () => {
    const message = { type: 'test-call', settings: DEFAULT_SETTINGS, number: '2133734253' };
    expect(acceptMessage(message, optionsPage, OWN_ID, OWN_ORIGIN)).toEqual(message);
    expect(acceptMessage(message, { ...optionsPage, tabId: 3 }, OWN_ID, OWN_ORIGIN)).toEqual(message);
    expect(acceptMessage(message, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage(message, { ...contentScript, url: `chrome-extension://${OWN_ID}.evil.example/` }, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });

  it('runs a test call with offline-mode settings, and refuses an unknown offline mode or a missing access number', () => {
    const offline = { ...DEFAULT_SETTINGS, cth_access_number: '+15551231234', cth_dial_template: '', offlineMode: 'always' };
    const message = { type: 'test-call', settings: offline, number: '2133734253' };
    expect(acceptMessage(message, optionsPage, OWN_ID, OWN_ORIGIN)).toEqual(message);
    for (const settings of [{ ...offline, offlineMode: 'sometimes' }, { ...offline, cth_access_number: 5 }, { ...offline, cth_dial_template: undefined }]) {
      expect(acceptMessage({ ...message, settings }, optionsPage, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    }
  });

  it('refuses a test call whose settings are not Settings', () => {
    const message = { type: 'test-call', settings: { ...DEFAULT_SETTINGS, custom: { pin: 5 } }, number: '1' };
    expect(acceptMessage(message, optionsPage, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });
});

describe("'page-config': what a content script may learn of the settings", () => {
  it('is answered for its own content script and pages, and carries nothing but its type', () => {
    expect(acceptMessage({ type: 'page-config' }, contentScript, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'page-config' });
    expect(acceptMessage({ type: 'page-config', key: 'password' }, optionsPage, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'page-config' });
  });

  it('is refused from another extension', () => {
    expect(acceptMessage({ type: 'page-config' }, { ...contentScript, id: 'other' }, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });

  it("keeps the page's country hints as short strings, and nothing else", () => {
    const page = { lang: 'de-DE', hostname: 'shop.example', topLang: 'de', topHostname: 'example.de' };
    expect(acceptMessage({ type: 'page-config', page: { ...page, extra: 1 } }, contentScript, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'page-config', page });
    expect(acceptMessage({ type: 'page-config', page: { lang: 7 } }, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'page-config', page: { lang: 'x'.repeat(257) } }, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'page-config', page: 'de' }, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });
});

describe("'match-runs': page text to match, from a content script", () => {
  const run = { text: 'Call (213) 373-4253', edges: [5], lang: 'en', telLinks: [[5, 19]], labelBefore: 'Phone', columnHeader: '', headingAbove: '', invisible: [[0, 4]] };
  const bare = { labelBefore: '', columnHeader: '', headingAbove: '' };
  const ask = (m: Record<string, unknown>, sender: SenderInfo = contentScript) => acceptMessage({ type: 'match-runs', countries: ['US'], runs: [run], ...m }, sender, OWN_ID, OWN_ORIGIN);

  it('is accepted from a script in a tab, copied field by field', () => {
    expect(ask({ runs: [{ ...run, extra: 'x' }] })).toEqual({ type: 'match-runs', countries: ['US'], runs: [run] });
    expect(ask({ runs: [{ text: '2133734253', ...bare }] })).toEqual({ type: 'match-runs', countries: ['US'], runs: [{ text: '2133734253', ...bare }] });
  });

  it("is refused with the page's hints instead of countries (the first screenful goes in page-config)", () => {
    expect(ask({ countries: undefined, page: { lang: 'en-US', hostname: 'shop.example' } })).toBeUndefined();
  });

  it("the first screenful's runs are accepted in page-config, with the page's hints, from a tab, copied too", () => {
    const config = (m: Record<string, unknown>, sender: SenderInfo = contentScript) => acceptMessage({ type: 'page-config', ...m }, sender, OWN_ID, OWN_ORIGIN);
    const page = { lang: 'en-US', hostname: 'shop.example' };
    expect(config({ page: { ...page, extra: 'x' }, runs: [{ ...run, extra: 'x' }] })).toEqual({ type: 'page-config', page, runs: [run] });
    expect(config({ page, runs: [run] }, optionsPage)).toBeUndefined();
    expect(config({ runs: [run] })).toBeUndefined(); // runs without hints: no countries to read them for
    expect(config({ page, runs: [{ ...bare }] })).toBeUndefined();
    expect(config({ page, runs: Array.from({ length: 2001 }, () => ({ text: '1', ...bare })) })).toBeUndefined();
  });

  it.each([
    ['not from a tab', {}, optionsPage],
    ['neither countries nor hints', { countries: undefined }],
    ['a country that is not a code', { countries: ['usa'] }],
    ['too many countries', { countries: ['US', 'CA', 'GB', 'DE', 'FR'] }],
    ['runs not a list', { runs: 'x' }],
    ['a run without text', { runs: [{ ...bare }] }],
    ['a run without its label', { runs: [{ text: '12', columnHeader: '', headingAbove: '' }] }],
    ['an overlong label', { runs: [{ text: '12', ...bare, labelBefore: 'x'.repeat(1001) }] }],
    ['an edge beyond the text', { runs: [{ text: '12', ...bare, edges: [3] }] }],
    ['an edge that is no offset', { runs: [{ text: '12', ...bare, edges: [0.5] }] }],
    ['a reversed span', { runs: [{ text: '1234', ...bare, telLinks: [[3, 1]] }] }],
    ['a span that is not a pair', { runs: [{ text: '1234', ...bare, invisible: [[1, 2, 3]] }] }],
    ['too many runs', { runs: Array.from({ length: 2001 }, () => ({ text: '1', ...bare })) }],
    ['too much text', { runs: [{ text: '1'.repeat(3_000_000), ...bare }, { text: '1'.repeat(1_500_000), ...bare }] }],
  ] as [string, Record<string, unknown>, SenderInfo?][])('is refused: %s', (_why, m, sender = contentScript) => {
    expect(ask(m, sender)).toBeUndefined();
  });
});

describe("'site-status' and 'numbers-found': per-site control and the badge", () => {
  it('answers site-status only for a script in a tab, and keeps nothing the page could supply', () => {
    expect(acceptMessage({ type: 'site-status', url: 'https://bank.example/' }, contentScript, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'site-status' });
    expect(acceptMessage({ type: 'site-status' }, optionsPage, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'site-status' }, { ...contentScript, id: 'other' }, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });

  it('takes a whole, non-negative count from a tab', () => {
    expect(acceptMessage({ type: 'numbers-found', count: 3, tabId: 99 }, contentScript, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'numbers-found', count: 3 });
    expect(acceptMessage({ type: 'numbers-found', count: 0 }, contentScript, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'numbers-found', count: 0 });
    for (const count of [-1, 1.5, '3', Number.NaN, Infinity, 2_000_000, undefined])
      expect(acceptMessage({ type: 'numbers-found', count }, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'numbers-found', count: 3 }, optionsPage, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });

  it('never accepts site-policy-changed: only the background sends it', () => {
    expect(acceptMessage({ type: 'site-policy-changed' }, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });
});

describe("'page-numbers': the popup reads the numbers a page shows", () => {
  const popup = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };

  it('the content script answers only ThruDial\'s own pages, also one opened in a tab', () => {
    expect(acceptMessage({ type: 'page-numbers', all: true }, popup, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'page-numbers' });
    expect(acceptMessage({ type: 'page-numbers' }, { ...popup, tabId: 3 }, OWN_ID, OWN_ORIGIN)).toEqual({ type: 'page-numbers' });
    expect(acceptMessage({ type: 'page-numbers' }, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'page-numbers' }, { ...popup, id: 'other' }, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });

  it('the popup keeps a well-formed answer field by field', () => {
    const answer = { numbers: [{ text: '+1 213-373-4253', country: 'US', label: 'Sales', html: '<b>' }, { text: '030 1234567' }], total: 2 };
    expect(acceptPageNumbers(answer)).toEqual({
      numbers: [{ text: '+1 213-373-4253', country: 'US', label: 'Sales' }, { text: '030 1234567' }],
      total: 2,
    });
  });

  it.each([
    ['not an object', 'numbers'],
    ['no list', { total: 0 }],
    ['a total below the list', { numbers: [{ text: '1' }], total: 0 }],
    ['an empty number', { numbers: [{ text: ' ' }], total: 1 }],
    ['an overlong number', { numbers: [{ text: '1'.repeat(65) }], total: 1 }],
    ['a lower-case country', { numbers: [{ text: '1', country: 'us' }], total: 1 }],
    ['an overlong label', { numbers: [{ text: '1', label: 'x'.repeat(61) }], total: 1 }],
    ['a label that is not text', { numbers: [{ text: '1', label: 3 }], total: 1 }],
    ['too many numbers', { numbers: Array.from({ length: MAX_PAGE_NUMBERS + 1 }, () => ({ text: '1' })), total: 500 }],
  ])('refuses an answer with %s', (_, answer) => {
    expect(acceptPageNumbers(answer)).toBeUndefined();
  });
});

describe("'page-site-status': the popup asks about the tab it shows", () => {
  const popup = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
  it('is accepted from the extension’s own pages only, with a URL', () => {
    expect(acceptMessage({ type: 'page-site-status', url: 'https://shop.example/a', x: 1 }, popup, OWN_ID, OWN_ORIGIN))
      .toEqual({ type: 'page-site-status', url: 'https://shop.example/a' });
    expect(acceptMessage({ type: 'page-site-status', url: 'https://shop.example/' }, contentScript, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'page-site-status', url: 7 }, popup, OWN_ID, OWN_ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'page-site-status', url: 'x'.repeat(9000) }, popup, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });
});
