import { describe, expect, it } from 'vitest';
import { acceptMessage } from '../utils/message-guard';
import { DEFAULT_SETTINGS } from '../utils/settings';

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

  it('refuses a test call whose settings are not Settings', () => {
    const message = { type: 'test-call', settings: { ...DEFAULT_SETTINGS, custom: { pin: 5 } }, number: '1' };
    expect(acceptMessage(message, optionsPage, OWN_ID, OWN_ORIGIN)).toBeUndefined();
  });
});
