/**
 * A fresh install takes the browser's region as the default country: Chromium started with
 * --lang=nl (UI language "nl", no region) gets NL, so Dutch national numbers are found on pages
 * that give no country hint of their own, without the user ever opening the options.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './extension-browser';

describe('default country at install', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchExtension({ lang: 'nl' });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('a Dutch browser gets NL, stored and shown in the options', async () => {
    const worker = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId))!;
    const stored = () =>
      worker.evaluate(() => (globalThis as any).chrome.storage.local.get('settings').then((s: any) => s.settings?.defaultCountry));
    await expect.poll(stored).toBe('NL');
    const page = await b.open('options.html');
    await expect.poll(() => page.locator('#defaultCountry').inputValue()).toBe('NL');
    await page.close();
  });
});
