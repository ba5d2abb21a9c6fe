/**
 * Chromium with the built extension and nothing else (no demo server): for UI-only stories,
 * in a chosen UI language. `--lang=de` is what picks the extension's _locales/de messages
 * (headless Chromium ignores LANGUAGE/LANG for that; `chrome.i18n.getUILanguage()` may still say en-US).
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { copyExtension, launchChromium } from '../support/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** A new tab on one of the extension's pages, e.g. 'options.html'. */
  open(page: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: { lang?: string; grantLoopback?: boolean } = {}): Promise<ExtensionBrowser> {
  const extensionDir = copyExtension({ grantLoopback: options.grantLoopback ?? false });
  const { context, extensionId, profile } = await launchChromium(extensionDir, {
    args: options.lang ? [`--lang=${options.lang}`] : [],
    contextOptions: options.lang ? { locale: options.lang } : {},
  });
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
