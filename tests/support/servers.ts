/**
 * Servers on 127.0.0.1 for the real-browser tests and the bench: pages served from memory, a
 * free port, and the demo call-through account's settings.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { DemoServer } from '../../scripts/demo-server';
import type { Settings } from '../../utils/settings/settings';

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Serves `html` at `pathname` (e.g. '/numbers.html') and returns its full URL. */
  serve(pathname: string, html: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve(pathname, html) {
      pages.set(pathname, html);
      return origin + pathname;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Settings for the demo account over HTTPS, as a provider would provision them. */
export function demoSettings(server: DemoServer, overrides: Partial<Settings> = {}): Partial<Settings> {
  return {
    cth_ws_url: `${server.httpsUrl}/callthrough/?username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%`,
    username: 'johndow',
    password: 'secret',
    custom: { 'x-cth-pin': '1234' },
    defaultCountry: 'US',
    dialMode: 'tel',
    ...overrides,
  };
}

/** A port that was free a moment ago, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
