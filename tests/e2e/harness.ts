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
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';

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

/** The flags /work/shared/toolchain.md found to work here: no sandbox as root, no traffic off the machine. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export interface LaunchedChromium {
  context: BrowserContext;
  /** The extension's service worker as it started. */
  worker: Worker;
  extensionId: string;
  /** The throw-away profile folder, for the caller to remove after closing. */
  profile: string;
}

/**
 * Headless Chromium with one unpacked extension, settled: its managed policy read (Chromium loads
 * it once per browser start, 1-3 s here, so no test's first call pays for it) and, where the copy
 * grants sites, its content script registered (or the first page could load before it).
 */
export async function launchChromium(
  extensionDir: string,
  options: { args?: string[]; contextOptions?: Parameters<typeof chromium.launchPersistentContext>[1] } = {},
): Promise<LaunchedChromium> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    ...options.contextOptions,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2]!;
  await worker.evaluate(() => (globalThis as any).chrome.storage.managed.get());
  const granted = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')).host_permissions?.length > 0;
  if (granted) {
    const deadline = Date.now() + 60_000;
    const registered = () =>
      worker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts().then((s: unknown[]) => s.length > 0));
    while (!(await registered()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  return { context, worker, extensionId, profile };
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
  /**
   * A new tab and the tel: URIs handed to the system for it: the background's hand-off from its
   * short-lived dial tab while this is the newest tab from newPage(), and tel: links the page
   * itself follows (a page's own default, without ThruDial).
   */
  newPage(): Promise<{ page: Page; tel: string[] }>;
  /** Every tel: URI ThruDial's dial tab handed to the system, oldest first. */
  handedOff: string[];
  close(): Promise<void>;
}

export async function startHarness(
  options: { grantLoopback?: boolean; extensionDir?: string; httpsPort?: number } = {},
): Promise<Harness> {
  const server = await startDemoServer({ httpsPort: options.httpsPort });
  const pages = await startPageServer();
  const extensionDir = options.extensionDir ?? copyExtension({ grantLoopback: options.grantLoopback ?? true });
  const { context, extensionId, profile } = await launchChromium(extensionDir, {
    // Trust exactly the demo server's self-signed certificate, nothing else.
    args: [`--ignore-certificate-errors-spki-list=${server.spkiHash}`],
  });

  // The background hands tel: to the system from its own dial tab (entrypoints/background/tel-handoff.ts):
  // any tel: request that no tab from newPage() made. (A just-created tab may have no frame object yet.)
  const ownPages = new WeakSet<Page>();
  const handedOff: string[] = [];
  const recorders: string[][] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('tel:')) return;
    let fromOwnPage = false;
    try {
      fromOwnPage = ownPages.has(request.frame().page());
    } catch {
      // no frame yet: a tab the extension just opened
    }
    if (fromOwnPage) return;
    handedOff.push(request.url());
    recorders.at(-1)?.push(request.url());
  });

  async function worker(): Promise<Worker> {
    return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? context.waitForEvent('serviceworker');
  }

  return {
    context,
    extensionId,
    server,
    pages,
    worker,
    handedOff,
    async configure(partial) {
      const settings = { ...DEFAULT_SETTINGS, ...partial };
      await (await worker()).evaluate((value) => (globalThis as any).chrome.storage.local.set({ settings: value }), settings);
    },
    async newPage() {
      const page = await context.newPage();
      ownPages.add(page);
      const tel: string[] = [];
      recorders.push(tel);
      page.on('close', () => recorders.splice(recorders.indexOf(tel), 1));
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
