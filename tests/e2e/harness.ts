/**
 * Real-browser harness: Debian's Chromium with the built extension, the demo call-through
 * server over HTTP and HTTPS, and a page server, all on 127.0.0.1.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import net from 'node:net';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

export const BUILT_EXTENSION = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const LOOPBACK_ORIGINS = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];

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

/**
 * A copy of the built extension. `grantLoopback` lists the loopback origins in host_permissions,
 * the state of a user who granted the optional permission (automation cannot answer the prompt).
 */
export function copyExtension(options: { grantLoopback: boolean }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-ext-'));
  fs.cpSync(BUILT_EXTENSION, dir, { recursive: true });
  if (options.grantLoopback) {
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOOPBACK_ORIGINS];
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  return dir;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  server: DemoServer;
  pages: PageServer;
  /** The extension's service worker, looked up again each time (MV3 may restart it). */
  worker(): Promise<Worker>;
  /** Stores settings as the options page would. */
  configure(settings: Partial<Settings>): Promise<void>;
  /** A new tab that records every tel: navigation it attempts. */
  newPage(): Promise<{ page: Page; tel: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(
  options: { grantLoopback?: boolean; extensionDir?: string; httpsPort?: number } = {},
): Promise<Harness> {
  const server = await startDemoServer({ httpsPort: options.httpsPort });
  const pages = await startPageServer();
  const extensionDir = options.extensionDir ?? copyExtension({ grantLoopback: options.grantLoopback ?? true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Trust exactly the demo server's self-signed certificate, nothing else.
      `--ignore-certificate-errors-spki-list=${server.spkiHash}`,
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = first.url().split('/')[2]!;
  // Chromium loads an extension's managed policy once per browser start (1-3 s on this machine);
  // wait for it, like a browser that has been open a moment, so no test's first call pays for it.
  await first.evaluate(() => (globalThis as any).chrome.storage.managed.get());
  // The background registers the content script for the granted origins at startup: wait for it,
  // or the first page a test opens could load before it is registered.
  const granted = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')).host_permissions?.length > 0;
  if (granted) {
    const deadline = Date.now() + 10_000;
    const registered = () =>
      first.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts().then((s: unknown[]) => s.length > 0));
    while (!(await registered()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }

  async function worker(): Promise<Worker> {
    return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? context.waitForEvent('serviceworker');
  }

  return {
    context,
    extensionId,
    server,
    pages,
    worker,
    async configure(partial) {
      const settings = { ...DEFAULT_SETTINGS, ...partial };
      await (await worker()).evaluate((value) => (globalThis as any).chrome.storage.local.set({ settings: value }), settings);
    },
    async newPage() {
      const page = await context.newPage();
      const tel: string[] = [];
      page.on('request', (request) => { if (request.url().startsWith('tel:')) tel.push(request.url()); });
      return { page, tel };
    },
    async close() {
      await context.close();
      await Promise.all([server.close(), pages.close()]);
      fs.rmSync(profile, { recursive: true, force: true });
      if (!options.extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
    },
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
