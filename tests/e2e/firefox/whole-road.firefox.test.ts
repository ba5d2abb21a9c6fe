/**
 * ThruDial's whole road in firefox-esr, as a new user takes it: the welcome page's choices, the
 * provider's account XML imported and saved in the options, numbers underlined on a page, a
 * trusted click, the exact request at the demo call-through server, the exact tel: URI handed to
 * the application registered for tel: (a stand-in that records it), QR mode, and the popup's dial pad.
 * Runs inside a loopback-only network namespace when root (scripts/firefox-tests.sh).
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';
import { startPageServer, type PageServer } from '../harness';
import { launchFirefox, waitFor, type FirefoxRun } from './firefox-browser';
import { readPanel } from './closed-shadow';

const DIALED_213 = { dialString: '+15551231234,,1234#12133734253#', telUri: 'tel:+15551231234,,1234%2312133734253%23' };
const QUERY_213 = '/callthrough/?username=johndow&password=secret&targetNumber=%2B12133734253';
const CONTACT_PAGE = `<!doctype html><html lang="en-US"><body>
<p>Front desk: <b>+1</b> (213) 373-4253</p>
<p>Billing: (213) 373-4254</p>
<label>Your message <input id="draft"></label>
</body></html>`;

/** The provider's account document, as a user pastes it. */
function accountXml(server: DemoServer): string {
  const url = `${server.httpsUrl}/callthrough/?username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<account>
  <cth_ws_url>${url.replace(/&/g, '&amp;')}</cth_ws_url>
  <username>johndow</username>
  <password>secret</password>
  <x-cth-pin>1234</x-cth-pin>
</account>`;
}

const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText.trim() ?? '', selector);

/** Types into a field the way Preact hears it (an input event per change). */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.evaluate(
    (s, v) => {
      const field = document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );
}

/** Clicks the button whose accessible name (aria-label, else text) is `name`, with a real (trusted) click. */
async function clickButton(page: Page, name: string): Promise<void> {
  const button = await page.waitForFunction(
    (n) => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n && !b.disabled),
    { polling: 50, timeout: 60_000 },
    name,
  );
  await (button as any).click();
}

async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((CSS as any).highlights?.get('thrudial-number') ?? [])].map((r: Range) => r.toString().replace(/\s+/g, ' ').trim()).sort());
}

/** A real click in the middle of the underlined number `text`. */
async function clickNumber(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    for (const r of ((CSS as any).highlights?.get('thrudial-number') ?? []) as Iterable<Range>) {
      if (r.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
      const box = [...r.getClientRects()].filter((b) => b.width > 0).at(-1)!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return undefined;
  }, text);
  if (!point) throw new Error(`no underlined number "${text}"`);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
}

async function scanQr(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<string | undefined> {
  const margin = 8; // the quiet zone jsQR needs around the code
  const shot = await page.screenshot({ clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin } });
  const png = PNG.sync.read(Buffer.from(shot));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

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
    const options = await firefox.openExtensionPage('options.html', '#account-xml');
    await fill(options, '#account-xml', accountXml(server));
    await clickButton(options, 'Import');
    await waitFor(async () => (await textOf(options, '[data-testid="import-status"]')) === 'Imported 4 settings.', 'the import');
    await clickButton(options, 'Save');
    await waitFor(async () => (await textOf(options, '[data-testid="save-status"]')) === 'Saved.', 'the save');
    const stored = await options.evaluate(() => (globalThis as any).browser.storage.local.get('settings').then((s: any) => s.settings));
    expect(stored).toMatchObject({ username: 'johndow', password: 'secret', custom: { 'x-cth-pin': '1234' } });
    await options.close();
  });

  it('a click on an underlined number sends the exact request and hands the exact tel: URI to the phone application; the page stays', async () => {
    server.clearRequests();
    const page = await firefox.browser.newPage();
    await page.goto(contactUrl);
    await waitFor(async () => (await highlighted(page)).length === 2, 'two numbers underlined');
    expect(await highlighted(page)).toEqual(['(213) 373-4254', '+1 (213) 373-4253']);
    await page.type('#draft', 'call me back');

    await clickNumber(page, '+1 (213) 373-4253');

    await waitFor(() => firefox.handedToTelHandler().length > 0, 'the tel: hand-off');
    expect(firefox.handedToTelHandler()).toEqual([DIALED_213.telUri]);
    expect(server.requests.map((r) => [r.scheme, r.method, r.url])).toEqual([['https', 'GET', QUERY_213]]);
    await waitFor(async () => (await readPanel(page)).text === 'Dialing +1 (213) 373-4253 on your phone', 'the panel');
    expect(page.url()).toBe(contactUrl);
    expect(await page.evaluate(() => (document.getElementById('draft') as HTMLInputElement).value)).toBe('call me back');
    await page.close();
  });

  it("the popup's dial pad calls the number typed on it", async () => {
    server.clearRequests();
    const before = firefox.handedToTelHandler().length;
    const popup = await firefox.openExtensionPage('popup.html', '[data-testid="recent-calls"]');
    for (const key of '+12133734253') await clickButton(popup, key);
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
