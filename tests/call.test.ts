import { describe, expect, it } from 'vitest';
import { NO_SERVICE_URL, runCall } from '../utils/call';
import type { CallRequest } from '../utils/request';
import type { RawResponse } from '../utils/response';
import { fail, ok, type Result } from '../utils/result';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';

const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  cth_ws_url: 'https://example.com/callthrough/?username=%account[username]%&targetNumber=%targetNumber%',
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234' },
  ...over,
});

function server(response: RawResponse | Result<RawResponse>) {
  const sent: CallRequest[] = [];
  const send = async (req: CallRequest): Promise<Result<RawResponse>> => {
    sent.push(req);
    return 'ok' in response ? response : ok(response);
  };
  return { sent, send };
}

const XML_ANSWER: RawResponse = {
  status: 200,
  contentType: 'text/xml',
  body: '<response>\n    <dialString>+15551231234,,%account[x-cth-pin]%#12345678#</dialString>\n</response>',
};

describe('runCall', () => {
  it('spec example end to end: the XML dial string with x-cth-pin 1234 is dialed as tel:+15551231234,,1234%2312345678%23', async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: settings(), number: '+1 (555) 123-1234', globals: {}, send });
    expect(sent[0]?.url).toBe('https://example.com/callthrough/?username=johndow&targetNumber=%2B15551231234');
    expect(result.outcome).toEqual({
      kind: 'dialed',
      targetNumber: '+15551231234',
      dialString: '+15551231234,,1234#12345678#',
      telUri: 'tel:+15551231234,,1234%2312345678%23',
      mode: 'tel',
    });
    expect(result.request).toEqual({ method: 'GET', url: sent[0]!.url, headers: {} });
    expect(result.response).toEqual(XML_ANSWER);
  });
  it('spec example: 403 JSON "Not enough credit for call-through." is a message', async () => {
    const { send } = server({ status: 403, contentType: 'application/json', body: '{\n    "message" : "Not enough credit for call-through."\n}' });
    const result = await runCall({ settings: settings(), number: '+15551231234', globals: {}, send });
    expect(result.outcome).toEqual({ kind: 'message', targetNumber: '+15551231234', message: 'Not enough credit for call-through.' });
  });
  it('non-2xx without message is silent', async () => {
    const { send } = server({ status: 500, contentType: null, body: '' });
    expect((await runCall({ settings: settings(), number: '+15551231234', globals: {}, send })).outcome).toEqual({
      kind: 'silent',
      targetNumber: '+15551231234',
    });
  });
  it('an empty service URL asks the user to set it first, without sending anything', async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: settings({ cth_ws_url: '' }), number: '+15551231234', globals: {}, send });
    expect(result.outcome).toEqual({ kind: 'error', message: NO_SERVICE_URL });
    expect(sent).toHaveLength(0);
  });
  it('a number that cannot be parsed is an error, nothing is sent', async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: settings(), number: 'call me', globals: {}, send });
    expect(result.outcome.kind).toBe('error');
    expect(sent).toHaveLength(0);
  });
  it('the page country wins over the default country', async () => {
    const { sent, send } = server(XML_ANSWER);
    await runCall({ settings: settings({ defaultCountry: 'US' }), number: '030 1234567', pageCountry: 'DE', globals: {}, send });
    expect(sent[0]?.url).toContain('targetNumber=%2B49301234567');
  });
  it('the default country is used without a page country', async () => {
    const { sent, send } = server(XML_ANSWER);
    await runCall({ settings: settings({ defaultCountry: 'US' }), number: '(201) 555-0123', globals: {}, send });
    expect(sent[0]?.url).toContain('targetNumber=%2B12015550123');
  });
  it('a send failure is an error with its message, with the request preview kept', async () => {
    const { send } = server(fail('The call-through service did not answer within 15 seconds.'));
    const result = await runCall({ settings: settings(), number: '+15551231234', globals: {}, send });
    expect(result.outcome).toEqual({
      kind: 'error',
      targetNumber: '+15551231234',
      message: 'The call-through service did not answer within 15 seconds.',
    });
    expect(result.request).toBeDefined();
    expect(result.response).toBeUndefined();
  });
  it('a send that throws anyway becomes an error, not a crash', async () => {
    const send = async (): Promise<Result<RawResponse>> => {
      throw new TypeError('Failed to fetch');
    };
    const result = await runCall({ settings: settings(), number: '+15551231234', globals: {}, send });
    expect(result.outcome).toEqual({ kind: 'error', targetNumber: '+15551231234', message: expect.stringContaining('Failed to fetch') });
  });
  it('a dial string with characters a phone cannot dial is refused', async () => {
    const { send } = server({ status: 200, contentType: 'application/json', body: '{"dialString":"+1555 call me"}' });
    const result = await runCall({ settings: settings(), number: '+15551231234', globals: {}, send });
    expect(result.outcome.kind).toBe('error');
  });
  it('the request preview masks the password sent over https', async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({
      settings: settings({ cth_ws_url: 'https://example.com/?u=%account[username]%&p=%account[password]%' }),
      number: '+15551231234',
      globals: {},
      send,
    });
    expect(sent[0]?.url).toBe('https://example.com/?u=johndow&p=secret');
    expect(result.request?.url).toBe('https://example.com/?u=johndow&p=********');
  });
  it('QR mode is reported in the outcome', async () => {
    const { send } = server(XML_ANSWER);
    const result = await runCall({ settings: settings({ dialMode: 'qr' }), number: '+15551231234', globals: {}, send });
    expect(result.outcome).toMatchObject({ kind: 'dialed', mode: 'qr' });
  });
});
