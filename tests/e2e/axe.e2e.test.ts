/**
 * axe-core on every page of ThruDial, in real Chromium, light and dark, in English, German and
 * Czech: 0 violations. The popup is opened over a page with numbers and with recent calls, so its
 * "Numbers on this page", "Call again" and last-QR parts are checked too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './extension-browser';
import { startPageServer, type PageServer } from '../support/servers';
import { runAxe } from './axe';
import type { HistoryEntry } from '../../utils/settings/store';

const NUMBERS_PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Contact</title></head><body>
<p>Sales: +1 213-373-4253</p><p>Support (213) 373-4254</p><p>Fax: +1 213-373-4255</p></body></html>`;

const HISTORY: HistoryEntry[] = [
  { number: '+13105550142', time: Date.now() - 60_000, outcome: 'message', detail: 'Not enough credit for call-through.' },
  { number: '+12133734253', time: Date.now() - 120_000, outcome: 'dialed', dialString: '+15551231234,,1234#12133734253#',
    telUri: 'tel:+15551231234,,1234%2312133734253%23' },
];

const SCHEMES = ['light', 'dark'] as const;

describe.each(['en', 'de', 'cs'])('axe-core in %s', (lang) => {
  let b: ExtensionBrowser;
  let pages: PageServer;
  let site: Page;
  beforeAll(async () => {
    b = await launchExtension({ lang, grantLoopback: true });
    pages = await startPageServer();
    const worker = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId))!;
    await worker.evaluate((history) => (globalThis as any).chrome.storage.local.set({ history }), HISTORY);
    site = await b.context.newPage();
    await site.goto(pages.serve('/contact.html', NUMBERS_PAGE));
  });
  afterAll(async () => {
    await b?.close();
    await pages?.close();
  });

  async function check(page: Page, label: string): Promise<void> {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const figures = await runAxe(page);
      console.log(`axe ${figures.version} ${lang} ${label} ${scheme}: ${figures.violations.length} violations, ${figures.passes} rules passed, needs review: ${figures.incomplete.join(', ') || 'none'}`);
      expect(figures.violations, `${label} ${scheme}`).toEqual([]);
    }
  }

  it('the options page has no violations', async () => {
    const page = await b.open('options.html');
    await page.locator('form').first().waitFor();
    await page.locator('#cth_ws_url').waitFor();
    await check(page, 'options');
    await page.close();
  });

  it('the welcome page has no violations', async () => {
    const page = await b.open('welcome.html');
    await page.getByRole('button').first().waitFor();
    await check(page, 'welcome');
    await page.close();
  });

  it('the popup over a page with numbers, with recent calls and the last QR code, has no violations', async () => {
    await site.bringToFront();
    const worker = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId))!;
    // The popup in its own (non-normal) window, so the page stays the current tab, as with the toolbar button.
    const opened = b.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
    await worker.evaluate((url) => (globalThis as any).chrome.windows.create({ url, type: 'popup', focused: false, width: 400, height: 600 }),
      `chrome-extension://${b.extensionId}/popup.html`);
    const popup = await opened;
    await popup.getByTestId('page-numbers').locator('li').first().waitFor();
    await popup.getByTestId('last-qr').waitFor();
    expect(await popup.getByTestId('page-numbers').locator('li').count()).toBe(2);
    await check(popup, 'popup');
    await popup.close();
  });
});
