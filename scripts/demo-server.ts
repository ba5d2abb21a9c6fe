/**
 * ThruDial's demo Web Call-Through server: a reference implementation for providers and the
 * counterpart of the integration tests. It listens on 127.0.0.1 only, over http and https
 * (a throw-away self-signed certificate made at start).
 *
 *   npx tsx scripts/demo-server.ts          (or: npm run demo-server)
 *   DEMO_HTTP_PORT / DEMO_HTTPS_PORT        ports when run directly (default 8780 / 8743)
 *
 * Endpoints, on both listeners:
 *   GET  /callthrough/?username=U&targetNumber=N   query form (also `u` and `to`; spec "GET method, XML")
 *   GET  /callthrough/U/N                          path form (spec "GET method, JSON")
 *   POST /callthrough/                             form or JSON body (spec cth_ws_postData examples)
 *        credentials: `password` (https only) or `nonce` + `hash` = sha1(nonce + password)
 *        reply format: `format` query (xml|appxml|json|form), else Accept, else text/xml
 *   GET  /redirect-to-http/PATH                    302 to the http listener's /PATH (same query)
 *   GET  /redirect/CODE/PATH                       CODE (301 302 303 307 308) to /PATH on the same listener
 *   GET  /demo                                     a static page full of phone numbers
 * The service rules live in demo-server/service.ts, the test-only faults in demo-server/faults.ts.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { pathToFileURL } from 'node:url';
import { makeSelfSignedCertificate } from './demo-server/certificate';
import { demoPageHtml } from './demo-server/demo-page';
import { answerWithFault, DEMO_FAULTS, type DemoFault } from './demo-server/faults';
import { answerCallThrough, DEFAULT_ACCOUNTS, type DemoAccount, type IncomingCall } from './demo-server/service';

export { DEMO_FAULTS, DEFAULT_ACCOUNTS };
export type { DemoAccount, DemoFault };

const LOOPBACK = '127.0.0.1';
/** Request bodies above this are refused with 413 (a call-through request is a few hundred bytes). */
const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
  scheme: 'http' | 'https';
  /** ms since epoch, when the request was fully received. */
  time: number;
}

export interface DemoServerOptions {
  /** 0 (default) picks a free port. */
  httpPort?: number;
  httpsPort?: number;
  /** Default: johndow/secret with credit, broke/secret without. */
  accounts?: DemoAccount[];
}

export interface DemoServer {
  /** e.g. http://127.0.0.1:8780 (no trailing slash) */
  httpUrl: string;
  /** e.g. https://127.0.0.1:8743 */
  httpsUrl: string;
  /** PEM of the self-signed certificate, to trust it in tests. */
  certPem: string;
  /** base64 SHA-256 of the certificate's SPKI, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  accounts: readonly DemoAccount[];
  /** Every request received on either listener, oldest first. */
  requests: RecordedRequest[];
  clearRequests(): void;
  /** Test-only: answer every /callthrough request with a fault (see faults.ts); null = normal service. */
  setFault(fault: DemoFault | null): void;
  /** Destroys open connections, stops both listeners and deletes the certificate's temp dir. */
  close(): Promise<void>;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  const certificate = await makeSelfSignedCertificate();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let fault: DemoFault | null = null;
  let httpUrl = '';
  let httpsUrl = '';

  const handler = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    readBody(req)
      .then((body) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        const method = req.method ?? 'GET';
        requests.push({ method, url: req.url ?? '/', headers, body: body ?? '', scheme, time: Date.now() });
        if (body === null) return send(res, 413, 'text/plain', 'Request body too large.');
        const call: IncomingCall = { method, scheme, url: new URL(req.url ?? '/', 'http://demo.invalid'), headers: req.headers, body };
        route(call, res);
      })
      .catch(() => res.destroy());
  };

  function route(call: IncomingCall, res: ServerResponse): void {
    const path = call.url.pathname;
    if (path === '/callthrough' || path.startsWith('/callthrough/')) {
      if (fault) return answerWithFault(fault, call, res, httpUrl);
      const reply = answerCallThrough(call, accounts);
      res.writeHead(reply.status, { ...reply.headers, 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(reply.body)) });
      return void res.end(reply.body);
    }
    if (path === '/demo' || path === '/demo/') {
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return send(res, 200, 'text/html; charset=utf-8', demoPageHtml(httpsUrl));
    }
    if (path.startsWith('/redirect-to-http/')) {
      return redirect(res, 302, httpUrl + path.slice('/redirect-to-http'.length) + call.url.search);
    }
    const sameScheme = /^\/redirect\/(301|302|303|307|308)(\/.*)$/.exec(path);
    if (sameScheme) return redirect(res, Number(sameScheme[1]), sameScheme[2]! + call.url.search);
    if (path === '/') return send(res, 200, 'text/plain', 'ThruDial demo call-through server. Try /demo or /callthrough/johndow/12345678\n');
    send(res, 404, 'text/plain', 'Not found.\n');
  }

  const httpServer = createHttpServer(handler('http'));
  const httpsServer = createHttpsServer({ cert: certificate.certPem, key: certificate.keyPem }, handler('https'));
  for (const server of [httpServer, httpsServer]) {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }

  try {
    const httpPort = await listen(httpServer, options.httpPort ?? 0);
    const httpsPort = await listen(httpsServer, options.httpsPort ?? 0);
    httpUrl = `http://${LOOPBACK}:${httpPort}`;
    httpsUrl = `https://${LOOPBACK}:${httpsPort}`;
    return {
      httpUrl,
      httpsUrl,
      certPem: certificate.certPem,
      spkiHash: certificate.spkiHash,
      accounts,
      requests,
      clearRequests: () => void (requests.length = 0),
      setFault: (next) => void (fault = next),
      close: async () => {
        for (const socket of sockets) socket.destroy();
        await Promise.all([stop(httpServer), stop(httpsServer)]);
        await certificate.dispose();
      },
    };
  } catch (error) {
    await Promise.all([stop(httpServer), stop(httpsServer)]);
    await certificate.dispose();
    throw error;
  }
}

/** The body as text, or null when it is larger than MAX_REQUEST_BODY_BYTES. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_REQUEST_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { Location: location, 'Content-Length': '0' });
  res.end();
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolve((server.address() as AddressInfo).port));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
}

async function main(): Promise<void> {
  const server = await startDemoServer({
    httpPort: Number(process.env.DEMO_HTTP_PORT ?? 8780),
    httpsPort: Number(process.env.DEMO_HTTPS_PORT ?? 8743),
  });
  const lines = [
    'ThruDial demo call-through server (loopback only)',
    `  http:   ${server.httpUrl}`,
    `  https:  ${server.httpsUrl}   (self-signed; SPKI sha256: ${server.spkiHash})`,
    `  demo page: ${server.httpUrl}/demo`,
    '',
    'Accounts:',
    ...server.accounts.map((a) => `  ${a.username} / ${a.password}${a.credit ? '' : '   (no credit: refused with a message)'}`),
    '',
    'Settings for ThruDial:',
    `  cth_ws_url  ${server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%&password=%account[password]%`,
    `  or over http, with a salted hash instead of the password:`,
    `  cth_ws_url  ${server.httpUrl}/callthrough/?u=%account[username]%&to=%targetNumber%&nonce=%nonce%&hash=%sha1(%nonce%%account[password]%)%`,
    '  x-cth-pin   1234',
    '',
    'Browsers: open the https address once and accept the certificate, or start Chromium with',
    `  --ignore-certificate-errors-spki-list=${server.spkiHash}`,
    '',
    'Ctrl-C to stop.',
  ];
  console.log(lines.join('\n'));
  process.once('SIGINT', () => {
    void server.close().then(() => process.exit(0));
  });
  process.once('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
