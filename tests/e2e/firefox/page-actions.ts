/** What a user does on ThruDial's pages and on a web page, in Firefox through puppeteer-core (BiDi). */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import type { DemoServer } from '../../../scripts/demo-server';
import type { HistoryEntry } from '../../../utils/settings/store';
import { waitFor, type FirefoxRun } from './firefox-browser';

export const DIALED_213 = { dialString: '+15551231234,,1234#12133734253#', telUri: 'tel:+15551231234,,1234%2312133734253%23' };
export const QUERY_213 = '/callthrough/?username=johndow&password=secret&targetNumber=%2B12133734253';
export const CONTACT_PAGE = `<!doctype html><html lang="en-US"><body>
<p>Front desk: <b>+1</b> (213) 373-4253</p>
<p>Billing: (213) 373-4254</p>
<label>Your message <input id="draft"></label>
</body></html>`;

/** The provider's account document, as a user pastes it. */
export function accountXml(server: DemoServer): string {
  const url = `${server.httpsUrl}/callthrough/?username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<account>
  <cth_ws_url>${url.replace(/&/g, '&amp;')}</cth_ws_url>
  <username>johndow</username>
  <password>secret</password>
  <x-cth-pin>1234</x-cth-pin>
</account>`;
}

export const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText.trim() ?? '', selector);

/** Types into a field the way Preact hears it (an input event per change). */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
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
export async function clickButton(page: Page, name: string): Promise<void> {
  const button = await page.waitForFunction(
    (n) => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n && !b.disabled),
    { polling: 50, timeout: 60_000 },
    name,
  );
  await (button as any).click();
}

/** A key of the popup's dial pad by what it types (keys are named with their letters: "2 ABC"). */
export async function clickDialKey(page: Page, key: string): Promise<void> {
  const button = await page.waitForFunction(
    (k) => [...document.querySelectorAll<HTMLButtonElement>('.dial-pad button')].find((b) => (b.querySelector('.dial-digit')?.textContent ?? b.textContent ?? '').trim() === k),
    { polling: 50, timeout: 60_000 },
    key,
  );
  await (button as any).click();
}

/** Whether the underline is painted: the first underlined number's pixels differ with and without ThruDial's highlight. */
export async function underlinePainted(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const range = [...((CSS as any).highlights?.get('thrudial-number') ?? [])][0] as Range | undefined;
    const r = range?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top, width: r.width, height: r.height + 4 } : undefined;
  });
  if (!box) return false;
  const shot = () => page.screenshot({ clip: box, encoding: 'base64' });
  const underlined = await shot();
  await page.evaluate(() => {
    (window as any).__kept = (CSS as any).highlights.get('thrudial-number');
    (CSS as any).highlights.delete('thrudial-number');
  });
  const plain = await shot();
  await page.evaluate(() => (CSS as any).highlights.set('thrudial-number', (window as any).__kept));
  return underlined !== plain;
}

export async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((CSS as any).highlights?.get('thrudial-number') ?? [])].map((r: Range) => r.toString().replace(/\s+/g, ' ').trim()).sort());
}

/** A real click in the middle of the underlined number `text`. */
export async function clickNumber(page: Page, text: string): Promise<void> {
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

export async function scanQr(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<string | undefined> {
  const margin = 8; // the quiet zone jsQR needs around the code
  const shot = await page.screenshot({ clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin } });
  const png = PNG.sync.read(Buffer.from(shot));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}


/** The options page as a new user uses it: paste the provider's account XML, Import, Save. */
export async function importAccountAndSave(firefox: FirefoxRun, server: DemoServer): Promise<void> {
  const options = await firefox.openExtensionPage('options.html', '#account-xml');
  await fill(options, '#account-xml', accountXml(server));
  await clickButton(options, 'Import');
  await waitFor(async () => (await textOf(options, '[data-testid="import-status"]')) === 'Imported 4 settings.', 'the import');
  await clickButton(options, 'Save');
  await waitFor(async () => (await textOf(options, '[data-testid="save-status"]')) === 'Saved.', 'the save');
  await options.close();
}

/** The recent calls as stored, read from one of the extension's pages. */
export function storedHistory(extensionPage: Page): Promise<HistoryEntry[]> {
  return extensionPage.evaluate(() => (globalThis as any).browser.storage.local.get('history').then((s: any) => s.history ?? []));
}
