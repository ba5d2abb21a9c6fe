/**
 * ThruDial's whole road in firefox-esr, as a new user takes it: the welcome page's choices, the
 * provider's account XML imported and saved in the options, numbers underlined on a page, a
 * trusted click, the exact request at the demo call-through server, the exact tel: URI handed to
 * the application registered for tel: (a stand-in that records it), QR mode, and the popup's dial pad.
 * Runs inside a loopback-only network namespace when root (scripts/firefox-tests.sh).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';
import { startPageServer, type PageServer } from '../../support/servers';
import { launchFirefox, waitFor, type FirefoxRun } from './firefox-browser';
import { inClosedShadowRoot, readPanel } from './closed-shadow';
import { clickButton, clickDialKey, clickNumber, highlighted, underlinePainted, importAccountAndSave, scanQr, textOf } from './page-actions';

import { CONTACT_PAGE, DIALED_213, DIARY_CONTACT_PAGE, QUERY_213, expectHandoffTabStory } from './page-actions';

describe('firefox-esr: the whole road, with an application registered for tel:', () => {
  let firefox: FirefoxRun;
  let server: DemoServer;
  let pages: PageServer;
  let contactUrl: string;

  beforeAll(async () => {
    server = await startDemoServer();
    pages = await startPageServer();
    contactUrl = pages.serve('/contact.html', CONTACT_PAGE);
    firefox = await launchFirefox({ telHandler: true });
  });
  afterAll(async () => {
    await firefox?.close();
    await Promise.all([server?.close(), pages?.close()]);
  });

  it("the welcome page offers both choices; 'Only on sites I choose' explains how, 'Allow on all sites' grants them", async () => {
    const welcome = await firefox.openExtensionPage('welcome.html', '.choices button');
    await clickButton(welcome, 'Only on sites I choose');
    await waitFor(async () => (await textOf(welcome, '[data-testid="welcome-status"]')).startsWith('On a site where you want ThruDial'), 'the how-to');
    await clickButton(welcome, 'Allow on all sites');
    await waitFor(async () => (await textOf(welcome, '[data-testid="welcome-status"]')).startsWith('ThruDial now works on every site.'), 'all sites granted');
    await welcome.close();
  });

  it('the options import the account XML and Save stores it', async () => {
    await importAccountAndSave(firefox, server);
    const options = await firefox.openExtensionPage('options.html', '#account-xml');
    const stored = await options.evaluate(() => (globalThis as any).browser.storage.local.get('settings').then((s: any) => s.settings));
    expect(stored).toMatchObject({ username: 'johndow', password: 'secret', custom: { 'x-cth-pin': '1234' } });
    await options.close();
  });

  it('a click on an underlined number sends the exact request and hands the exact tel: URI to the phone application from an active tab beside the page, which closes and gives the page back as it was', async () => {
    server.clearRequests();
    const page = await firefox.browser.newPage();
    const diaryUrl = pages.serve('/contact-diary.html', DIARY_CONTACT_PAGE);
    await page.goto(diaryUrl);
    await waitFor(async () => (await highlighted(page)).length === 2, 'two numbers underlined');
    expect(await highlighted(page)).toEqual(['(213) 373-4254', '+1 (213) 373-4253']);
    // Painted, not only registered: the injected style reaches the number's element.
    expect(await underlinePainted(page)).toBe(true);
    await page.type('#draft', 'call me back');

    await expectHandoffTabStory(firefox, page, () => clickNumber(page, '+1 (213) 373-4253'));

    await waitFor(() => firefox.handedToTelHandler().length > 0, 'the tel: hand-off');
    expect(firefox.handedToTelHandler()).toEqual([DIALED_213.telUri]);
    expect(server.requests.map((r) => [r.scheme, r.method, r.url])).toEqual([['https', 'GET', QUERY_213]]);
    await waitFor(async () => (await readPanel(page)).text === 'Dialing +1 (213) 373-4253 on your phone', 'the panel');
    expect(page.url()).toBe(diaryUrl);
    expect(await page.evaluate(() => (document.getElementById('draft') as HTMLInputElement).value)).toBe('call me back');
    await page.close();
  });

  it('keyboard only: the shortcut shows the control with focus on Call, Enter calls exactly once, the result is announced once, Escape gives focus back', async () => {
    server.clearRequests();
    const before = firefox.handedToTelHandler().length;
    const page = await firefox.browser.newPage();
    await page.goto(contactUrl);
    await waitFor(async () => (await highlighted(page)).length === 2, 'two numbers underlined');
    await page.focus('#draft');

    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const focused = () => inClosedShadowRoot(page, function () {
      const el = this.activeElement;
      return el ? el.getAttribute('aria-label') ?? el.textContent ?? '' : null;
    });
    await waitFor(async () => ((await focused()) ?? '').startsWith('Call '), 'focus on Call');
    await page.keyboard.press('Enter');

    await waitFor(() => firefox.handedToTelHandler().length > before, 'the tel: hand-off');
    expect(firefox.handedToTelHandler().slice(before)).toEqual([DIALED_213.telUri]);
    expect(server.requests.map((r) => r.url)).toEqual([QUERY_213]);
    const said = () => inClosedShadowRoot(page, function () {
      return [...this.querySelectorAll('[aria-live]')].map((el) => el.textContent ?? '').filter(Boolean);
    });
    await waitFor(async () => ((await said()) ?? []).length === 1, 'the result announced once');
    await page.keyboard.press('Escape');
    await waitFor(() => page.evaluate(() => document.activeElement?.id === 'draft'), 'focus back where it was');
    expect(server.requests).toHaveLength(1);
    await page.close();
  });

  it("the popup's dial pad calls the number typed on it", async () => {
    server.clearRequests();
    const before = firefox.handedToTelHandler().length;
    const popup = await firefox.openExtensionPage('popup.html', '[data-testid="recent-calls"]');
    for (const key of '+12133734253') await clickDialKey(popup, key);
    expect(await popup.evaluate(() => (document.getElementById('number') as HTMLInputElement).value)).toBe('+12133734253');
    await clickButton(popup, 'Call');
    await waitFor(() => firefox.handedToTelHandler().length > before, 'the tel: hand-off');
    expect(firefox.handedToTelHandler().slice(before)).toEqual([DIALED_213.telUri]);
    expect(server.requests.map((r) => r.url)).toEqual([QUERY_213]);
    await waitFor(async () => (await textOf(popup, '[data-testid="call-status"]')) === `Calling +12133734253 on your linked phone: ${DIALED_213.dialString}`, 'the call status');
    await popup.close();
  });

  it('in QR mode a click shows a QR code that scans to exactly the tel: URI, and nothing is handed to the phone', async () => {
    const options = await firefox.openExtensionPage('options.html', '#dialMode-qr');
    await options.click('#dialMode-qr');
    await clickButton(options, 'Save');
    await waitFor(async () => (await textOf(options, '[data-testid="save-status"]')) === 'Saved.', 'the save');
    await options.close();
    const before = firefox.handedToTelHandler().length;

    const page = await firefox.browser.newPage();
    await page.goto(contactUrl);
    await waitFor(async () => (await highlighted(page)).length === 2, 'two numbers underlined');
    await clickNumber(page, '+1 (213) 373-4253');

    const panel = await waitFor(async () => { const p = await readPanel(page); return p.qrBox ? p : undefined; }, 'the QR code');
    expect(panel.text).toBe(`Scan to dial +1 (213) 373-4253 Dial string: ${DIALED_213.dialString} Link: ${DIALED_213.telUri}`);
    expect(await scanQr(page, panel.qrBox!)).toBe(DIALED_213.telUri);
    expect(firefox.handedToTelHandler().length).toBe(before);
    await page.close();
  });
});
