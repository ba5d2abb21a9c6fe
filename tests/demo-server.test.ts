/**
 * The demo call-through server on its own, spoken to with node:http / node:https
 * (https trusts the server's own certificate through `ca`, nothing global).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../scripts/demo-server';
import {
  CREDENTIALS_NEEDED,
  NO_CREDIT,
  PASSWORD_OVER_HTTP,
  WRONG_CREDENTIALS,
} from '../scripts/demo-server/service';

const SEED_DIAL_STRING = '+15551231234,,%account[x-cth-pin]%#12345678#';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: DemoServer;

function send(
  scheme: 'http' | 'https',
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  const base = scheme === 'http' ? server.httpUrl : server.httpsUrl;
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const options = { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false as const, ca: server.certPem };
    const req = (scheme === 'http' ? httpRequest : httpsRequest)(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(init.timeoutMs ?? 5000, () => req.destroy(new Error('client timeout')));
    req.on('error', reject);
    req.end(init.body);
  });
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.setFault(null);
  server.clearRequests();
});

describe('the spec examples, verbatim', () => {
  it('GET query form answers the seed dial string as text/xml', async () => {
    const answer = await send('http', '/callthrough/?username=johndow&targetNumber=12345678');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/xml');
    expect(answer.body).toBe(`<response>\n    <dialString>${SEED_DIAL_STRING}</dialString>\n</response>\n`);
  });

  it('GET path form for an account without credit is 403 with the JSON message', async () => {
    const answer = await send('https', '/callthrough/broke/12345678');
    expect(answer.status).toBe(403);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body)).toEqual({ message: 'Not enough credit for call-through.' });
  });

  it('accepts the u/to spelling of the cth_ws_url example', async () => {
    const answer = await send('https', '/callthrough/?u=johndow&to=12345678');
    expect(answer.body).toContain(`<dialString>${SEED_DIAL_STRING}</dialString>`);
  });

  it('the dial string carries the digits of an E.164 target', async () => {
    const answer = await send('https', '/callthrough/johndow/%2B4930901820');
    expect(answer.body).toContain('<dialString>+15551231234,,%account[x-cth-pin]%#4930901820#</dialString>');
  });
});

describe('credentials', () => {
  it('a form POST carrying the password over https is accepted', async () => {
    const answer = await send('https', '/callthrough/', form({ username: 'johndow', to: '12345678', password: 'secret' }));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(SEED_DIAL_STRING);
  });

  it('a JSON POST carrying the password over https is accepted', async () => {
    const answer = await send('https', '/callthrough/?format=json', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'johndow', to: '12345678', password: 'secret' }),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ dialString: SEED_DIAL_STRING });
  });

  it('a plain password over http is refused', async () => {
    const answer = await send('http', '/callthrough/', form({ username: 'johndow', to: '12345678', password: 'secret' }));
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(PASSWORD_OVER_HTTP);
  });

  it('nonce and hash = sha1(nonce + password) are accepted over http', async () => {
    const nonce = '0123456789abcdef0123456789abcdef';
    const answer = await send('http', '/callthrough/', form({ username: 'johndow', to: '12345678', nonce, hash: sha1(nonce + 'secret') }));
    expect(answer.status).toBe(200);
  });

  it('a wrong hash is 403 "Unknown account or wrong password."', async () => {
    const answer = await send('http', '/callthrough/', form({ username: 'johndow', to: '12345678', nonce: 'n', hash: sha1('nwrong') }));
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(WRONG_CREDENTIALS);
  });

  it('a wrong password over https is 403 "Unknown account or wrong password."', async () => {
    const answer = await send('https', '/callthrough/?u=johndow&to=1&password=nope');
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(WRONG_CREDENTIALS);
  });

  it('an unknown user is 403 "Unknown account or wrong password."', async () => {
    const answer = await send('https', '/callthrough/nobody/12345678');
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(WRONG_CREDENTIALS);
  });

  it('the masked password (********) counts as no password', async () => {
    const answer = await send('http', '/callthrough/?u=johndow&to=12345678&password=********');
    expect(answer.status).toBe(200);
  });

  it('a POST without credentials is refused; a GET is trusted on the username like the spec examples', async () => {
    const post = await send('https', '/callthrough/', form({ username: 'johndow', to: '12345678' }));
    expect(post.status).toBe(403);
    expect(post.body).toContain(CREDENTIALS_NEEDED);
    expect((await send('https', '/callthrough/johndow/12345678')).status).toBe(200);
  });

  it('credit is checked after the credentials', async () => {
    const answer = await send('https', '/callthrough/?u=broke&to=1&password=secret');
    expect(JSON.parse(answer.body)).toEqual({ message: NO_CREDIT });
  });
});

describe('reply formats', () => {
  it.each([
    ['xml', 'text/xml', `<response>\n    <dialString>${SEED_DIAL_STRING}</dialString>\n</response>\n`],
    ['appxml', 'application/xml', `<response>\n    <dialString>${SEED_DIAL_STRING}</dialString>\n</response>\n`],
    ['json', 'application/json', JSON.stringify({ dialString: SEED_DIAL_STRING })],
    ['form', 'application/x-www-form-urlencoded', new URLSearchParams({ dialString: SEED_DIAL_STRING }).toString()],
  ])('format=%s answers %s', async (format, contentType, body) => {
    const answer = await send('https', `/callthrough/johndow/12345678?format=${format}`);
    expect(answer.headers['content-type']).toBe(contentType);
    expect(answer.body).toBe(body);
  });

  it.each([
    ['application/json', 'application/json'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['application/xml', 'application/xml'],
    ['*/*', 'text/xml'],
  ])('Accept: %s answers %s', async (accept, contentType) => {
    const answer = await send('https', '/callthrough/johndow/12345678', { headers: { Accept: accept } });
    expect(answer.headers['content-type']).toBe(contentType);
  });

  it('a message is sent in the chosen format too', async () => {
    const answer = await send('https', '/callthrough/nobody/1?format=form');
    expect(new URLSearchParams(answer.body).get('message')).toBe(WRONG_CREDENTIALS);
  });
});

describe('special numbers and faults', () => {
  it('a target ending in 500 is a 500 with an empty body (silent)', async () => {
    const answer = await send('https', '/callthrough/johndow/%2B15550100500');
    expect(answer.status).toBe(500);
    expect(answer.body).toBe('');
  });

  it.each([
    ['malformed-xml', 200, 'text/xml'],
    ['malformed-json', 200, 'application/json'],
    ['entity-bomb', 200, 'text/xml'],
    ['external-entity', 200, 'text/xml'],
    ['no-content-type', 200, undefined],
    ['wrong-content-type', 200, 'text/xml'],
    ['empty-204', 204, undefined],
    ['message-only-200', 200, 'text/xml'],
    ['html-message', 403, 'application/json'],
    ['rtl-message', 403, 'application/json; charset=utf-8'],
    ['status-500-silent', 500, undefined],
  ] as const)('fault %s answers %i %s', async (fault, status, contentType) => {
    server.setFault(fault);
    const answer = await send('https', '/callthrough/johndow/12345678');
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe(contentType);
  });

  it('fault entity-bomb and external-entity carry a DOCTYPE', async () => {
    server.setFault('entity-bomb');
    expect((await send('http', '/callthrough/johndow/1')).body).toMatch(/<!DOCTYPE response \[[\s\S]*&lol10;/);
    server.setFault('external-entity');
    expect((await send('http', '/callthrough/johndow/1')).body).toContain('SYSTEM "file:///etc/passwd"');
  });

  it('fault huge sends 10 MB', async () => {
    server.setFault('huge');
    const answer = await send('http', '/callthrough/johndow/1');
    expect(answer.body.length).toBe(10 * 1024 * 1024);
  });

  it('fault timeout never answers', async () => {
    server.setFault('timeout');
    await expect(send('http', '/callthrough/johndow/1', { timeoutMs: 200 })).rejects.toThrow('client timeout');
  });

  it('fault drip sends 200 at once, then the body one byte every 100 ms', async () => {
    server.setFault('drip');
    const received = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
      const req = httpRequest(new URL('/callthrough/johndow/1', server.httpUrl), { agent: false }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        setTimeout(() => {
          resolve({ status: res.statusCode ?? 0, bytes });
          req.destroy();
        }, 350);
      });
      req.on('error', reject);
      req.end();
    });
    expect(received.status).toBe(200);
    expect(received.bytes).toBeGreaterThanOrEqual(1);
    expect(received.bytes).toBeLessThanOrEqual(5);
  });

  it('fault reset drops the connection', async () => {
    server.setFault('reset');
    await expect(send('http', '/callthrough/johndow/1')).rejects.toThrow();
  });

  it('fault redirect-to-http sends https requests to the http listener with a 307, and is ignored over http', async () => {
    server.setFault('redirect-to-http');
    const answer = await send('https', '/callthrough/?u=johndow&to=1&password=secret');
    expect(answer.status).toBe(307);
    expect(answer.headers.location).toBe(`${server.httpUrl}/callthrough/?u=johndow&to=1&password=secret`);
    expect((await send('http', '/callthrough/johndow/1')).status).toBe(200);
  });

  it('fault redirect-loop redirects to itself', async () => {
    server.setFault('redirect-loop');
    const answer = await send('https', '/callthrough/johndow/1');
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('/callthrough/johndow/1');
  });
});

describe('the server around the service', () => {
  it('records every request with scheme, method, path+query, headers and body', async () => {
    await send('https', '/callthrough/?u=johndow&to=1', { method: 'POST', headers: { 'X-Test': 'yes' }, body: 'password=secret' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      scheme: 'https',
      method: 'POST',
      url: '/callthrough/?u=johndow&to=1',
      body: 'password=secret',
      headers: expect.objectContaining({ 'x-test': 'yes' }),
    });
    const recorded = server.requests;
    server.clearRequests();
    expect(recorded).toHaveLength(0);
  });

  it('listens on loopback only', () => {
    expect(new URL(server.httpUrl).hostname).toBe('127.0.0.1');
    expect(new URL(server.httpsUrl).hostname).toBe('127.0.0.1');
  });

  it('the https certificate verifies for 127.0.0.1 and spkiHash matches it', async () => {
    expect((await send('https', '/')).status).toBe(200); // node:https checks the chain and the IP SAN
    const spkiDer = execFileSync('openssl', ['x509', '-noout', '-pubkey'], { input: server.certPem });
    const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: spkiDer });
    expect(server.spkiHash).toBe(createHash('sha256').update(der).digest('base64'));
  });

  it('/redirect-to-http/PATH redirects from https to the http listener', async () => {
    const answer = await send('https', '/redirect-to-http/callthrough/?u=johndow&to=1');
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe(`${server.httpUrl}/callthrough/?u=johndow&to=1`);
  });

  it('/demo is a static page of phone numbers without scripts', async () => {
    const answer = await send('http', '/demo');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.body).toContain('<b>+1</b> (213) 373-4253');
    expect(answer.body).toContain('href="tel:');
    expect(answer.body).not.toMatch(/<script|onclick|javascript:/i);
  });

  it('close() ends promptly even with a request left hanging', async () => {
    const other = await startDemoServer();
    other.setFault('timeout');
    const url = new URL('/callthrough/johndow/1', other.httpUrl);
    const hanging = new Promise<string>((resolve) => {
      const req = httpRequest(url, { agent: false }, () => resolve('answered'));
      req.on('error', () => resolve('closed'));
      req.end();
    });
    while (other.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    const started = Date.now();
    await other.close();
    expect(await hanging).toBe('closed');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
