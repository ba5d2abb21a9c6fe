/**
 * "Numbers on this page" in the popup, in real Chromium: the popup lists the numbers the page
 * shows, in page order, with their labels and never a fax line; a keyboard user reaches each
 * number's Call and QR buttons with Tab and calls it with Enter, exactly once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { highlightedNumbers } from './shadow';
import { openPopupOver } from './popup-window';

const CONTACT = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>Contact</title></head><body>
<h1>Contact us</h1>
<p id="sales">Sales: +1 213-373-4253</p>
<dl><dt>Support</dt><dd>(213) 373-4254</dd></dl>
<p>Fax: +1 213-373-4255</p>
<table><tr><td>Night line</td><td>+1 213-373-4510</td></tr></table>
<p>Write to us, or call +1 310-555-0142 any time.</p>
</body></html>`;

const QUERY = (e164: string) => `/callthrough/?username=johndow&password=secret&targetNumber=${encodeURIComponent(e164)}`;


/** Presses Tab until the focused element has this accessible name; fails when Tab never gets there. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

describe('numbers on this page, in the popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function openSite(html: string, expected: number): Promise<Page> {
    const { page } = await h.newPage();
    await page.goto(h.pages.serve(`/contact-${Date.now()}.html`, html));
    await expect.poll(() => highlightedNumbers(page), { timeout: 10_000 }).toHaveLength(expected);
    return page;
  }

  it('lists the page\'s numbers in page order with their labels, a number added later in its place, and no fax line', async () => {
    const site = await openSite(CONTACT, 4);
    // Added later, above the others: detected last, listed first.
    await site.evaluate(() => document.querySelector('h1')!.insertAdjacentHTML('afterend', '<p>Head office – +1 213-373-4000</p>'));
    await expect.poll(() => highlightedNumbers(site)).toHaveLength(5);

    const popup = await openPopupOver(h, site, 'recent-calls');
    const list = popup.getByTestId('page-numbers');
    await list.locator('li').first().waitFor();
    expect(await popup.getByRole('heading', { name: 'Numbers on this page' }).isVisible()).toBe(true);
    expect(await list.locator('li').allInnerTexts()).toEqual([
      'Head office\n+1 213-373-4000\nCall\nQR',
      'Sales\n+1 213-373-4253\nCall\nQR',
      'Support\n(213) 373-4254\nCall\nQR',
      'Night line\n+1 213-373-4510\nCall\nQR',
      // Running text is no label.
      '+1 310-555-0142\nCall\nQR',
    ]);
    const names = await list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names.slice(0, 4)).toEqual([
      'Call +1 213-373-4000 (Head office)', 'QR code for +1 213-373-4000 (Head office)',
      'Call +1 213-373-4253 (Sales)', 'QR code for +1 213-373-4253 (Sales)',
    ]);
    expect(names.join(' ')).not.toContain('4255');
    await popup.close();
    await site.close();
  });

  it('by keyboard: Tab to a number\'s QR and Call, Enter calls it once each, and focus stays on the button', async () => {
    await h.configure(demoSettings(h.server));
    const site = await openSite(CONTACT, 4);
    const popup = await openPopupOver(h, site, 'recent-calls');
    await popup.getByTestId('page-numbers').locator('li').first().waitFor();
    h.server.clearRequests();

    await tabTo(popup, 'QR code for (213) 373-4254 (Support)');
    await popup.keyboard.press('Enter');
    const status = popup.getByTestId('call-status');
    // A national number is called for the country it was read for (the page's en-US).
    await status.getByRole('img', { name: /^QR code to dial \+1 5 5 5 1 2 3 1 2 3 4, pause, pause, 1 2 3 4 # 1 2 1 3 3 7 3 4 2 5 4 #$/ }).waitFor();
    expect(h.server.requests.map((r) => r.url)).toEqual([QUERY('+12133734254')]);
    expect(await focusedName(popup)).toBe('QR code for (213) 373-4254 (Support)');

    await tabTo(popup, 'Call +1 213-373-4510 (Night line)');
    await popup.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toBe('Calling +12133734510 on your linked phone: +15551231234,,1234#12133734510#');
    expect(h.server.requests.map((r) => r.url)).toEqual([QUERY('+12133734254'), QUERY('+12133734510')]);
    await popup.close();
    await site.close();
  });

  it('a paused site lists nothing: the popup shows no page numbers', async () => {
    const site = await openSite(CONTACT, 4);
    const popup = await openPopupOver(h, site, 'recent-calls');
    await popup.getByRole('switch', { name: 'Pause on this site' }).check();
    await expect.poll(() => highlightedNumbers(site)).toEqual([]);
    const again = await openPopupOver(h, site, 'recent-calls');
    await again.getByRole('switch', { name: 'Pause on this site' }).waitFor();
    // The page answers nothing (its run stopped): no list, and the site switch says why.
    for (const end = Date.now() + 1000; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
      expect(await again.getByTestId('page-numbers').count()).toBe(0);
    await again.getByRole('switch', { name: 'Pause on this site' }).uncheck();
    await again.close();
    await popup.close();
    await site.close();
  });
});
