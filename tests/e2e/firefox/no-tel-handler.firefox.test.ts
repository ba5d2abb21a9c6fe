/**
 * firefox-esr with NO application for tel: (a machine without a softphone). Firefox shows its
 * "address wasn't understood" error page for such a link; ThruDial hands tel: over in a tab of its
 * own, sees that page there, closes it, keeps the user's page as it was, says that nothing took the
 * call (never "dialed") and shows the QR code instead.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';
import { startPageServer, type PageServer } from '../../support/servers';
import { EXTENSION_ORIGIN, launchFirefox, waitFor, type FirefoxRun } from './firefox-browser';
import { readPanel } from './closed-shadow';
import { DIALED_213, DIARY_CONTACT_PAGE, clickButton, expectHandoffTabStory, clickDialKey, clickNumber, highlighted, importAccountAndSave, scanQr, storedHistory, textOf } from './page-actions';

const NO_HANDLER: string = JSON.parse(fs.readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')).telNoHandler.message;

describe('firefox-esr: no application takes tel:', () => {
  let firefox: FirefoxRun;
  let server: DemoServer;
  let pages: PageServer;

  beforeAll(async () => {
    server = await startDemoServer();
    pages = await startPageServer();
    firefox = await launchFirefox({ telHandler: false });
    await importAccountAndSave(firefox, server);
  });
  afterAll(async () => {
    await firefox?.close();
    await Promise.all([server?.close(), pages?.close()]);
  });

  /** No tab is left on Firefox's error page, and ThruDial's dial tab is gone. */
  async function noErrorOrDialTab(): Promise<boolean> {
    const urls = (await firefox.browser.pages()).map((p) => p.url());
    return !urls.some((u) => u.startsWith('about:neterror') || u.startsWith('tel:') || u === `${EXTENSION_ORIGIN}/dial.html`);
  }

  it('a click keeps the page and what was typed into it, shows the QR code, and the history does not say dialed', async () => {
    const url = pages.serve('/contact.html', DIARY_CONTACT_PAGE);
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await waitFor(async () => (await highlighted(page)).length === 2, 'two numbers underlined');
    await page.type('#draft', 'call me back');

    // The dial tab opens in front, gets Firefox's error page, closes; the page is in front again, as it was.
    await expectHandoffTabStory(firefox, page, () => clickNumber(page, '+1 (213) 373-4253'));

    const panel = await waitFor(async () => { const p = await readPanel(page); return p.qrBox ? p : undefined; }, 'the QR code');
    expect(panel.text).toBe(`Scan to dial +1 (213) 373-4253 Dial string: ${DIALED_213.dialString} Link: ${DIALED_213.telUri}`);
    expect(await scanQr(page, panel.qrBox!)).toBe(DIALED_213.telUri);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => (document.getElementById('draft') as HTMLInputElement).value)).toBe('call me back');
    await waitFor(noErrorOrDialTab, 'the dial tab to close');

    const popup = await firefox.openExtensionPage('popup.html', '[data-testid="recent-calls"]');
    expect((await storedHistory(popup)).map((e) => [e.number, e.outcome, e.detail, e.telUri])).toEqual([
      ['+12133734253', 'error', NO_HANDLER, DIALED_213.telUri],
    ]);
    await popup.close();
    await page.close();
  });

  it("the popup's Call says that nothing took the call and shows the QR code; the popup stays", async () => {
    const popup = await firefox.openExtensionPage('popup.html', '[data-testid="recent-calls"]');
    for (const key of '+12133734253') await clickDialKey(popup, key);
    await clickButton(popup, 'Call');
    await waitFor(async () => (await textOf(popup, '[data-testid="call-notice"]')) === NO_HANDLER, 'the notice');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="call-status"] svg') !== null)).toBe(true);
    expect(await popup.evaluate(() => location.href)).toBe(`${EXTENSION_ORIGIN}/popup.html`);
    await waitFor(noErrorOrDialTab, 'the dial tab to close');
    await popup.close();
  });
});
