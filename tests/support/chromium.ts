/**
 * Chromium with the built extension, shared by the real-browser tests (tests/e2e) and the bench
 * (scripts/bench): a copy of the build, a headless launch with the flags that work here, the
 * extension's service worker, its settings, and the wait for its content script.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { UNDERLINE_CSS_FILE } from '../../entrypoints/content/tracker/underline-style';
import { CONTENT_SCRIPT_FILE } from '../../utils/sites/content-script';

export const BUILT_EXTENSION = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const LOOPBACK_ORIGINS = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The content script's file in a build, without the leading slash. */
export const CONTENT_JS = CONTENT_SCRIPT_FILE.slice(1);

/** The flags /work/shared/toolchain.md found to work here: no sandbox as root, no traffic off the machine. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/**
 * A copy of a built extension (`source`, the default build unless named). `grantLoopback` lists
 * the loopback origins in host_permissions, the state of a user who granted the optional
 * permission (automation cannot answer the prompt); `emptyContentScript` empties content.js and
 * the underline style (the bench's arm that measures the cost of injection alone).
 */
export function copyExtension(options: { grantLoopback: boolean; source?: string; emptyContentScript?: boolean }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-ext-'));
  fs.cpSync(options.source ?? BUILT_EXTENSION, dir, { recursive: true });
  if (options.grantLoopback) {
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOOPBACK_ORIGINS];
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  if (options.emptyContentScript) for (const file of [CONTENT_JS, UNDERLINE_CSS_FILE]) fs.writeFileSync(path.join(dir, file), '');
  return dir;
}

export interface LaunchOptions {
  args?: string[];
  contextOptions?: Parameters<typeof chromium.launchPersistentContext>[1];
}

/** Headless Chromium in a throw-away profile, with one unpacked extension or none. */
export async function launchBrowser(
  extensionDir: string | undefined,
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-profile-'));
  const args = [...CHROMIUM_FLAGS, ...(options.args ?? [])];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    ...options.contextOptions,
    ...(extensionDir
      ? { ignoreDefaultArgs: ['--disable-extensions'], args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...args] }
      : { args }),
  });
  return { context, profile };
}

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
export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const { context, profile } = await launchBrowser(extensionDir, options);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2]!;
  await worker.evaluate(() => (globalThis as any).chrome.storage.managed.get(null).catch(() => undefined));
  const granted = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')).host_permissions?.length > 0;
  if (granted) await waitForContentScript(context, 60_000);
  return { context, worker, extensionId, profile };
}

/** The extension's service worker, looked up again each time (MV3 may restart it). */
export async function extensionWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  return (
    context.serviceWorkers().find((w) => extensionId === undefined || w.url().includes(extensionId)) ??
    context.waitForEvent('serviceworker')
  );
}

/** Stores settings as the options page would. */
export async function storeSettings(context: BrowserContext, settings: unknown, extensionId?: string): Promise<void> {
  const worker = await extensionWorker(context, extensionId);
  await worker.evaluate((value) => (globalThis as any).chrome.storage.local.set({ settings: value }), settings);
}

/**
 * Waits (bounded) until the content script will be injected into new pages: listed in the manifest,
 * or registered at runtime by the background (chrome.scripting) for the granted sites. Says which.
 */
export async function waitForContentScript(context: BrowserContext, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const worker = await extensionWorker(context);
    const how = await worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      if ((c.runtime.getManifest().content_scripts ?? []).length) return 'manifest';
      const registered = (await c.scripting?.getRegisteredContentScripts?.()) ?? [];
      return registered.length ? `runtime: ${registered.map((r: any) => r.matches.join(' ')).join('; ')}` : '';
    });
    if (how) return how;
    if (Date.now() > end) throw new Error(`content script neither in the manifest nor registered after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
