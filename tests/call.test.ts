import { describe, expect, it } from 'vitest';
import { runCall } from '../utils/protocol/call';

const NO_SERVICE_URL = "Set the call-through service URL in ThruDial's options first.";
import { sendRequest } from '../utils/protocol/client';
import type { CallRequest } from '../utils/protocol/request';
import type { RawResponse } from '../utils/protocol/response';
import { fail, failUnreachable, ok, type Result } from '../utils/protocol/result';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';

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

describe('runCall without a web service (offline mode)', () => {
  const offline = (over: Partial<Settings> = {}) => settings({ cth_access_number: '+1 555 000-1111', ...over });
  const OFFLINE_DIALED = {
    kind: 'dialed',
    targetNumber: '+12133734253',
    dialString: '+15550001111,,1234#12133734253#',
    telUri: 'tel:+15550001111,,1234%2312133734253%23',
    mode: 'tel',
    via: 'offline',
  };
  const unreachable = failUnreachable<RawResponse>(
    'ThruDial could not reach the call-through service at example.com (network or certificate error). Check the service URL and your connection.',
  );

  it("'always' never calls send and dials the local template", async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: offline({ offlineMode: 'always' }), number: '(213) 373-4253', globals: {}, send });
    expect(sent).toHaveLength(0);
    expect(result.outcome).toEqual(OFFLINE_DIALED);
    expect(result.request).toBeUndefined();
    expect(result.response).toBeUndefined();
  });
  it("'always' works without a service URL, and in QR mode", async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: offline({ offlineMode: 'always', cth_ws_url: '', dialMode: 'qr' }), number: '+12133734253', globals: {}, send });
    expect(sent).toHaveLength(0);
    expect(result.outcome).toEqual({ ...OFFLINE_DIALED, mode: 'qr' });
  });
  it("'always' with a custom template expands it with real values", async () => {
    const { send } = server(XML_ANSWER);
    const template = '%account[cth_access_number]%;%account[password]%#%targetNumber%#';
    const result = await runCall({
      settings: offline({ offlineMode: 'always', cth_dial_template: template, password: '9876', cth_ws_url: 'http://example.com/?to=%targetNumber%' }),
      number: '+12133734253',
      globals: {},
      send,
    });
    expect(result.outcome).toMatchObject({ kind: 'dialed', dialString: '+15550001111;9876#12133734253#', via: 'offline' });
  });
  it("'always' without an access number is an error, and nothing is sent", async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: offline({ offlineMode: 'always', cth_access_number: '' }), number: '+12133734253', globals: {}, send });
    expect(sent).toHaveLength(0);
    expect(result.outcome).toEqual({ kind: 'error', targetNumber: '+12133734253', message: 'Set the access number for call-through without a web service.' });
  });
  it("'always' refuses an access number a phone cannot dial", async () => {
    const { send } = server(XML_ANSWER);
    const result = await runCall({ settings: offline({ offlineMode: 'always', cth_access_number: '555-CALL' }), number: '+12133734253', globals: {}, send });
    expect(result.outcome.kind).toBe('error');
  });

  it("'fallback' asks the service first and says the dial string came from it", async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: offline({ offlineMode: 'fallback' }), number: '+1 (555) 123-1234', globals: {}, send });
    expect(sent).toHaveLength(1);
    expect(result.outcome).toMatchObject({ kind: 'dialed', dialString: '+15551231234,,1234#12345678#', via: 'service' });
  });
  it("'fallback' dials the local template when the service cannot be reached (network, TLS, timeout)", async () => {
    for (const failure of [unreachable, failUnreachable<RawResponse>('The call-through service did not answer within 15 seconds.')]) {
      const { sent, send } = server(failure);
      const result = await runCall({ settings: offline({ offlineMode: 'fallback' }), number: '+12133734253', globals: {}, send });
      expect(sent).toHaveLength(1);
      expect(result.outcome).toEqual(OFFLINE_DIALED);
      expect(result.request).toBeDefined();
    }
  });
  it("'fallback' dials the local template when send throws", async () => {
    const send = async (): Promise<Result<RawResponse>> => {
      throw new TypeError('Failed to fetch');
    };
    const result = await runCall({ settings: offline({ offlineMode: 'fallback' }), number: '+12133734253', globals: {}, send });
    expect(result.outcome).toEqual(OFFLINE_DIALED);
  });
  it("'fallback' does not dial on a 403 with a message: the service decided", async () => {
    const { send } = server({ status: 403, contentType: 'application/json', body: '{"message":"Not enough credit for call-through."}' });
    const result = await runCall({ settings: offline({ offlineMode: 'fallback' }), number: '+12133734253', globals: {}, send });
    expect(result.outcome).toEqual({ kind: 'message', targetNumber: '+12133734253', message: 'Not enough credit for call-through.' });
  });
  it("'fallback' stays silent on a 500 without a message", async () => {
    const { send } = server({ status: 500, contentType: null, body: '' });
    const result = await runCall({ settings: offline({ offlineMode: 'fallback' }), number: '+12133734253', globals: {}, send });
    expect(result.outcome).toEqual({ kind: 'silent', targetNumber: '+12133734253' });
  });
  it("'fallback' does not dial on a malformed body or a failure that is not 'unreachable'", async () => {
    for (const answer of [
      { status: 200, contentType: 'application/json', body: '{not json' },
      fail<RawResponse>('The call-through service redirected to an insecure address (http).'),
      fail<RawResponse>('The call-through service at example.com closed the connection before its answer was complete.'),
    ]) {
      const { send } = server(answer);
      const result = await runCall({ settings: offline({ offlineMode: 'fallback' }), number: '+12133734253', globals: {}, send });
      expect(result.outcome.kind).toBe('error');
    }
  });
  it("'fallback' without an access number reports both problems when the service cannot be reached", async () => {
    const { send } = server(unreachable);
    const result = await runCall({ settings: offline({ offlineMode: 'fallback', cth_access_number: '' }), number: '+12133734253', globals: {}, send });
    expect(result.outcome).toEqual({
      kind: 'error',
      targetNumber: '+12133734253',
      message: `${unreachable.ok ? '' : unreachable.error} Set the access number for call-through without a web service.`,
    });
  });
  it("'fallback' without a service URL has no service to reach: it dials locally, sending nothing", async () => {
    const { sent, send } = server(XML_ANSWER);
    const result = await runCall({ settings: offline({ offlineMode: 'fallback', cth_ws_url: '' }), number: '+12133734253', globals: {}, send });
    expect(sent).toHaveLength(0);
    expect(result.outcome).toEqual(OFFLINE_DIALED);
  });
  it("the real client marks a connection failure and a timeout as unreachable, so 'fallback' dials locally", async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    for (const fetch of [refused, hanging]) {
      const result = await runCall({
        settings: offline({ offlineMode: 'fallback', cth_ws_timeout: '0.05' }),
        number: '+12133734253',
        globals: {},
        send: (req) => sendRequest(req, { fetch }),
      });
      expect(result.outcome).toEqual(OFFLINE_DIALED);
    }
    const answered: typeof fetch = async () => new Response('{"message":"Not enough credit for call-through."}', { status: 403, headers: { 'content-type': 'application/json' } });
    const result = await runCall({ settings: offline({ offlineMode: 'fallback' }), number: '+12133734253', globals: {}, send: (req) => sendRequest(req, { fetch: answered }) });
    expect(result.outcome).toEqual({ kind: 'message', targetNumber: '+12133734253', message: 'Not enough credit for call-through.' });
  });
  it("'never' does not fall back, even when the service cannot be reached", async () => {
    const { send } = server(unreachable);
    const result = await runCall({ settings: offline({ offlineMode: 'never' }), number: '+12133734253', globals: {}, send });
    expect(result.outcome).toMatchObject({ kind: 'error' });
    expect(result.outcome).not.toHaveProperty('via');
  });
  it("'never' without a service URL still asks for one", async () => {
    const { send } = server(XML_ANSWER);
    const result = await runCall({ settings: offline({ cth_ws_url: '' }), number: '+12133734253', globals: {}, send });
    expect(result.outcome).toEqual({ kind: 'error', message: NO_SERVICE_URL });
  });
});
