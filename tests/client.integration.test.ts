/**
 * The real client (utils/protocol/client.ts) with the real request builder and response parser, against the
 * demo server over real http and https on loopback.
 *
 * Trusting the demo certificate: Node's global fetch takes no CA per request and reads
 * NODE_EXTRA_CA_CERTS only at start, and `undici` is not a dependency of ThruDial. So this file
 * swaps the global dispatcher of Node's own bundled undici (the object global fetch uses) for an
 * Agent of the same class whose TLS trusts the demo certificate, for this test process only.
 * sendRequest is still called with the plain global fetch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { startDemoServer, type DemoServer } from '../scripts/demo-server';
import { sendRequest } from '../utils/protocol/client';
import { english, problem } from '../utils/protocol/problem';
import { buildRequest, type CallRequest } from '../utils/protocol/request';
import { parseResponse, type RawResponse, type ServiceAnswer } from '../utils/protocol/response';
import { failUnreachableWith, type Result } from '../utils/protocol/result';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';

const PASSWORD = 'TopSecret4711';
const SEED_DIAL_STRING = '+15551231234,,%account[x-cth-pin]%#12345678#';
const GLOBALS = { installid: '00000000-0000-4000-8000-000000000000', appid: 'thrudial-test' };

let server: DemoServer;
let restoreDispatcher: () => Promise<void>;
/** The dispatcher Node's fetch had before this file changed it: it does not trust the demo certificate. */
let untrustingDispatcher: unknown;

const DISPATCHER = Symbol.for('undici.globalDispatcher.1');
type Dispatching = { [DISPATCHER]?: { close?: () => Promise<void> } & object };

async function trustForGlobalFetch(certPem: string): Promise<() => Promise<void>> {
  const global = globalThis as unknown as Dispatching;
  if (!global[DISPATCHER]) await fetch('data:,'); // loads Node's bundled undici, which installs its Agent
  const previous = global[DISPATCHER];
  if (!previous) throw new Error("Node's fetch has no global dispatcher to replace");
  const Agent = previous.constructor as new (options: object) => NonNullable<Dispatching[typeof DISPATCHER]>;
  global[DISPATCHER] = new Agent({ connect: { ca: certPem } });
  untrustingDispatcher = previous;
  return async () => {
    const mine = global[DISPATCHER];
    global[DISPATCHER] = previous;
    await mine?.close?.();
  };
}

function settings(over: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, username: 'johndow', password: PASSWORD, custom: { 'x-cth-pin': '1234' }, ...over };
}

async function request(over: Partial<Settings>, targetNumber = '12345678'): Promise<CallRequest> {
  const built = await buildRequest(settings(over), targetNumber, GLOBALS);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

/** settings -> request -> client -> parser, the road a click takes. */
async function call(over: Partial<Settings>, targetNumber?: string): Promise<{ sent: Result<RawResponse>; answer: ServiceAnswer | null }> {
  const sent = await sendRequest(await request(over, targetNumber));
  return { sent, answer: sent.ok ? parseResponse(sent.value) : null };
}

function errorOf(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected a failure, got an answer');
  return result.error;
}

/** No request recorded over http carries the password, in any spelling, anywhere. */
function httpRequestsWithPassword(): string[] {
  return server.requests
    .filter((r) => r.scheme === 'http')
    .map((r) => `${decodeURIComponent(r.url)}\n${JSON.stringify(r.headers)}\n${r.body}`)
    .filter((text) => text.includes(PASSWORD));
}

beforeAll(async () => {
  server = await startDemoServer({
    accounts: [
      { username: 'johndow', password: PASSWORD, credit: true },
      { username: 'broke', password: PASSWORD, credit: false },
    ],
  });
  restoreDispatcher = await trustForGlobalFetch(server.certPem);
});
afterAll(async () => {
  await restoreDispatcher?.();
  await server?.close();
});
beforeEach(() => {
  server.setFault(null);
  server.clearRequests();
});

describe('the spec examples through the client, over https', () => {
  it('GET query form returns the seed dial string', async () => {
    const { answer } = await call({ cth_ws_url: `${server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%` });
    expect(answer).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
  });

  it('GET path form carries an E.164 target (percent-encoded +) to the service', async () => {
    const { answer } = await call({ cth_ws_url: `${server.httpsUrl}/callthrough/%account[username]%/%targetNumber%` }, '+15551231234');
    expect(answer).toEqual({ kind: 'dialString', dialString: '+15551231234,,%account[x-cth-pin]%#15551231234#' });
    expect(server.requests[0]!.url).toBe('/callthrough/johndow/%2B15551231234');
  });

  it('form POST with the password over https', async () => {
    const { answer } = await call({
      cth_ws_url: `${server.httpsUrl}/callthrough/`,
      cth_ws_postData: 'username=%account[username]%&to=%targetNumber%&password=%account[password]%',
    });
    expect(answer).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
    expect(server.requests[0]).toMatchObject({ method: 'POST', scheme: 'https', body: `username=johndow&to=12345678&password=${PASSWORD}` });
  });

  it('JSON POST with the password over https', async () => {
    const { answer } = await call({
      cth_ws_url: `${server.httpsUrl}/callthrough/`,
      cth_ws_postData: '{ "username" : "%account[username]%", "to" : "%targetNumber%", "password": "%account[password]%" }',
      cth_ws_contentType: 'application/json',
    });
    expect(answer).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it.each([
    ['xml', 'text/xml'],
    ['appxml', 'application/xml'],
    ['json', 'application/json'],
    ['form', 'application/x-www-form-urlencoded'],
  ])('a %s answer (%s) parses to the dial string', async (format, contentType) => {
    const sent = await sendRequest(await request({ cth_ws_url: `${server.httpsUrl}/callthrough/%account[username]%/%targetNumber%?format=${format}` }));
    expect(sent.ok && sent.value.contentType).toBe(contentType);
    expect(sent.ok && parseResponse(sent.value)).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
  });
});

describe('answers that are not a dial string', () => {
  const url = () => `${server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%&password=%account[password]%`;

  it('403 without credit shows the service message', async () => {
    const { sent, answer } = await call({ cth_ws_url: url(), username: 'broke' });
    expect(sent.ok && sent.value.status).toBe(403);
    expect(answer).toEqual({ kind: 'message', message: 'Not enough credit for call-through.' });
  });

  it('403 for a wrong password shows the service message', async () => {
    const { answer } = await call({ cth_ws_url: url(), password: 'wrong' });
    expect(answer).toEqual({ kind: 'message', message: 'Unknown account or wrong password.' });
  });

  it('non-2xx without message is silent', async () => {
    const { sent, answer } = await call({ cth_ws_url: url() }, '+15550100500');
    expect(sent.ok && sent.value).toEqual({ status: 500, contentType: null, body: '' });
    expect(answer).toEqual({ kind: 'silent' });
  });

  it('a missing Content-Type is read as XML', async () => {
    server.setFault('no-content-type');
    const { sent, answer } = await call({ cth_ws_url: url() });
    expect(sent.ok && sent.value.contentType).toBeNull();
    expect(answer).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
  });

  it('UTF-8 messages arrive intact', async () => {
    server.setFault('rtl-message');
    const { answer } = await call({ cth_ws_url: url() });
    expect(answer).toMatchObject({ kind: 'message', message: expect.stringContaining('אין מספיק יתרה') });
  });
});

describe('failures become clear messages', () => {
  const url = () => `${server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%&password=%account[password]%`;

  it('no answer within the timeout', async () => {
    server.setFault('timeout');
    const started = Date.now();
    const sent = await sendRequest({ ...(await request({ cth_ws_url: url() })), timeoutMs: 300 });
    expect(errorOf(sent)).toBe('The call-through service did not answer within 0.3 seconds.');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('the timeout also covers reading the body', async () => {
    server.setFault('drip');
    const sent = await sendRequest({ ...(await request({ cth_ws_url: url() })), timeoutMs: 400 });
    expect(errorOf(sent)).toBe('The call-through service did not answer within 0.4 seconds.');
  });

  it('a body over 64 KiB is refused without reading it all', async () => {
    server.setFault('huge');
    const started = Date.now();
    const sent = await sendRequest(await request({ cth_ws_url: url() }));
    expect(errorOf(sent)).toBe('The call-through service sent more than 64 KiB; ThruDial stopped reading.');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a declared Content-Length over the limit is refused before reading', async () => {
    const sent = await sendRequest(await request({ cth_ws_url: url() }), { maxBodyBytes: 20 });
    expect(errorOf(sent)).toBe('The call-through service sent more than 20 bytes; ThruDial stopped reading.');
  });

  it('a dropped connection names the host, not the URL', async () => {
    server.setFault('reset');
    const sent = await sendRequest(await request({ cth_ws_url: url() }));
    const host = new URL(server.httpsUrl).host;
    expect(errorOf(sent)).toBe(
      `ThruDial could not reach the call-through service at ${host} (network or certificate error). Check the service URL and your connection.`,
    );
  });

  it('an unreachable port gives the could-not-reach message', async () => {
    const port = await freePort();
    const sent = await sendRequest(await request({ cth_ws_url: `http://127.0.0.1:${port}/callthrough/?u=%account[username]%&to=%targetNumber%` }));
    expect(errorOf(sent)).toBe(
      `ThruDial could not reach the call-through service at 127.0.0.1:${port} (network or certificate error). Check the service URL and your connection.`,
    );
  });

  it('an untrusted certificate gives the network-or-certificate message', async () => {
    const withoutTrust: typeof fetch = (input, init) => fetch(input, { ...init, dispatcher: untrustingDispatcher } as RequestInit);
    const sent = await sendRequest(await request({ cth_ws_url: url() }), { fetch: withoutTrust });
    expect(errorOf(sent)).toContain('(network or certificate error)');
    expect(server.requests).toHaveLength(0);
  });

  it('malformed answers become a clear error, not a crash', async () => {
    for (const fault of ['malformed-json', 'wrong-content-type'] as const) {
      server.setFault(fault);
      const { answer } = await call({ cth_ws_url: url() });
      expect(answer).toMatchObject({ kind: 'error', problem: { code: 'errResponseUnreadableWhy' } });
    }
  });

  it('no failure message holds the password or the query', async () => {
    const messages: string[] = [];
    for (const fault of ['timeout', 'reset', 'huge', 'redirect-to-http', 'redirect-loop'] as const) {
      server.setFault(fault);
      messages.push(errorOf(await sendRequest({ ...(await request({ cth_ws_url: url() })), timeoutMs: 300 })));
    }
    for (const message of messages) {
      expect(message).not.toContain(PASSWORD);
      expect(message).not.toContain('?');
      expect(message).not.toContain('johndow');
    }
  });
});

describe('redirects', () => {
  it('https -> http redirect is refused and the http server never sees the password (307, POST body)', async () => {
    server.setFault('redirect-to-http');
    const sent = await sendRequest(
      await request({
        cth_ws_url: `${server.httpsUrl}/callthrough/?u=%account[username]%&password=%account[password]%`,
        cth_ws_postData: 'to=%targetNumber%&password=%account[password]%',
      }),
    );
    expect(sent).toMatchObject({ ok: false, problem: { code: 'errRedirectDowngrade' } });
    expect(errorOf(sent)).toBe(english(problem('errRedirectDowngrade')));
    expect(server.requests.map((r) => r.scheme)).toEqual(['https']);
    expect(httpRequestsWithPassword()).toEqual([]);
  });

  it('https -> http redirect is refused for a GET with the password in the query (302)', async () => {
    const sent = await sendRequest(
      await request({ cth_ws_url: `${server.httpsUrl}/redirect-to-http/callthrough/?u=%account[username]%&to=%targetNumber%&password=%account[password]%` }),
    );
    expect(sent).toMatchObject({ ok: false, problem: { code: 'errRedirectDowngrade' } });
    expect(errorOf(sent)).toBe(english(problem('errRedirectDowngrade')));
    expect(server.requests.filter((r) => r.scheme === 'http')).toEqual([]);
  });

  it('https -> https redirects are followed; 307 keeps method and body', async () => {
    const { answer } = await call({
      cth_ws_url: `${server.httpsUrl}/redirect/307/callthrough/`,
      cth_ws_postData: 'username=%account[username]%&to=%targetNumber%&password=%account[password]%',
    });
    expect(answer).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
    expect(server.requests.map((r) => [r.method, r.url, r.body.length > 0])).toEqual([
      ['POST', '/redirect/307/callthrough/', true],
      ['POST', '/callthrough/', true],
    ]);
  });

  it('303 turns a POST into a GET without body or Content-Type', async () => {
    const { sent } = await call({
      cth_ws_url: `${server.httpsUrl}/redirect/303/callthrough/johndow/12345678`,
      cth_ws_postData: 'password=%account[password]%',
    });
    expect(sent.ok && sent.value.status).toBe(200);
    const second = server.requests[1]!;
    expect([second.method, second.body, second.headers['content-type']]).toEqual(['GET', '', undefined]);
  });

  it('more than 5 redirects are not followed', async () => {
    server.setFault('redirect-loop');
    const sent = await sendRequest(await request({ cth_ws_url: `${server.httpsUrl}/callthrough/johndow/12345678` }));
    expect(errorOf(sent)).toBe('The call-through service redirected more than 5 times; ThruDial stopped following.');
    expect(server.requests).toHaveLength(6);
  });

  it('an http service may redirect (nothing secret travels over http)', async () => {
    const { answer } = await call({ cth_ws_url: `${server.httpUrl}/redirect/302/callthrough/%account[username]%/%targetNumber%` });
    expect(answer).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
  });

  describe('in a browser, where a manual redirect is opaque', () => {
    // What Chromium and Firefox hand back for redirect: 'manual': status 0, no headers, no Location.
    const browserLikeFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.redirect !== 'manual' || ![301, 302, 303, 307, 308].includes(response.status)) return response;
      await response.body?.cancel();
      return { type: 'opaqueredirect', status: 0, ok: false, redirected: false, url: String(input), headers: new Headers(), body: null } as unknown as Response;
    };

    it('an https redirect it cannot inspect is not followed, so the password cannot reach http', async () => {
      server.setFault('redirect-to-http');
      const req = await request({ cth_ws_url: `${server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%&password=%account[password]%` });
      const sent = await sendRequest(req, { fetch: browserLikeFetch });
      expect(errorOf(sent)).toContain('did not follow it so your password stays private');
      expect(server.requests.map((r) => r.scheme)).toEqual(['https']);
    });

    it('an https service that answers directly still works', async () => {
      const req = await request({ cth_ws_url: `${server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%&password=%account[password]%` });
      const sent = await sendRequest(req, { fetch: browserLikeFetch });
      expect(sent.ok && parseResponse(sent.value)).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
    });
  });
});

describe('over http the password is masked', () => {
  it('the service gets nonce + hash instead, and no http request carries the password in URL, headers or body', async () => {
    const { answer } = await call({
      cth_ws_url: `${server.httpUrl}/callthrough/?u=%account[username]%&password=%account[password]%&nonce=%nonce%&hash=%sha1(%nonce%%account[password]%)%`,
      cth_ws_postData: 'to=%targetNumber%&password=%account[password]%',
      cth_ws_customHeaders: 'X-Password: %account[password]%',
    });
    expect(answer).toEqual({ kind: 'dialString', dialString: SEED_DIAL_STRING });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers['x-password']).toBe('********');
    expect(httpRequestsWithPassword()).toEqual([]);
  });

  it('a JSON body over http carries the mask, not the password', async () => {
    await call({
      cth_ws_url: `${server.httpUrl}/callthrough/`,
      cth_ws_postData: '{ "username" : "%account[username]%", "to" : "%targetNumber%", "password": "%account[password]%" }',
      cth_ws_contentType: 'application/json',
    });
    expect(JSON.parse(server.requests[0]!.body).password).toBe('********');
    expect(httpRequestsWithPassword()).toEqual([]);
  });
});

describe('requests the client refuses before sending', () => {
  it('a URL that is not http(s) is refused in words', async () => {
    const sent = await sendRequest({ method: 'GET', url: 'ftp://127.0.0.1/x', headers: {}, timeoutMs: 1000 });
    expect(errorOf(sent)).toBe('The call-through service URL must start with http:// or https://.');
  });

  it('a GET with a body is refused in words', async () => {
    const sent = await sendRequest({ method: 'GET', url: `${server.httpUrl}/callthrough/`, headers: {}, body: 'x', timeoutMs: 1000 });
    expect(errorOf(sent)).toBe('A GET request cannot carry a body.');
    expect(server.requests).toHaveLength(0);
  });

  it('nothing throws out of sendRequest, even if fetch itself throws synchronously', async () => {
    const throwing = (() => {
      throw new Error('boom');
    }) as unknown as typeof fetch;
    const sent = await sendRequest({ method: 'GET', url: 'https://127.0.0.1:1/', headers: {}, timeoutMs: 1000 }, { fetch: throwing });
    expect(sent).toEqual(failUnreachableWith(problem('errServiceNoConnection', '127.0.0.1:1')));
    expect(errorOf(sent)).toBe('ThruDial could not reach the call-through service at 127.0.0.1:1 (network or certificate error). Check the service URL and your connection.');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
