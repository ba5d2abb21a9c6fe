/**
 * Chromium with the built extension and nothing else (no demo server): for UI-only stories,
 * in a chosen UI language. `--lang=de` is what picks the extension's _locales/de messages
 * (headless Chromium ignores LANGUAGE/LANG for that; `chrome.i18n.getUILanguage()` may still say en-US).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { copyExtension } from './harness';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** A new tab on one of the extension's pages, e.g. 'options.html'. */
  open(page: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: { lang?: string; grantLoopback?: boolean } = {}): Promise<ExtensionBrowser> {
  const extensionDir = copyExtension({ grantLoopback: options.grantLoopback ?? false });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2]!;
  if (options.grantLoopback) {
    // The background registers the content script for the granted origins at startup.
    const deadline = Date.now() + 10_000;
    const registered = () =>
      worker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts().then((s: unknown[]) => s.length > 0));
    while (!(await registered()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  return {
    context,
    extensionId,
    async open(name) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}
