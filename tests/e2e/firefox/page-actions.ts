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

/**
 * CONTACT_PAGE that keeps a diary in its tab's sessionStorage, which outlives the document: each
 * visibility change, and any pagehide or unload (the page being left, which the tel: hand-off must never cause).
 */
export const DIARY_CONTACT_PAGE = CONTACT_PAGE.replace(
  '</body>',
  `<script>
  const note = (what) => sessionStorage.setItem('diary', (sessionStorage.getItem('diary') ?? '') + what + ' ');
  document.addEventListener('visibilitychange', () => note(document.visibilityState));
  for (const type of ['pagehide', 'unload']) addEventListener(type, () => note(type));
</script></body>`,
);

/** The page's document identity and diary, to show later that it is the same document, never left. */
export async function pageState(page: Page): Promise<{ url: string; timeOrigin: number; draft: string; diary: string; visible: boolean }> {
  return page.evaluate(() => ({
    url: location.href,
    timeOrigin: performance.timeOrigin,
    draft: (document.getElementById('draft') as HTMLInputElement).value,
    diary: sessionStorage.getItem('diary') ?? '',
    visible: document.visibilityState === 'visible',
  }));
}

export interface TabEvent {
  event: 'created' | 'activated' | 'removed';
  tabId: number;
  url?: string;
  index?: number;
  active?: boolean;
  openerTabId?: number;
}

/**
 * An extension page in a background tab that records tabs.onCreated / onActivated / onRemoved, so
 * a test sees which tab the browser shows at each moment. Opened before the page under test.
 */
export async function watchTabs(firefox: FirefoxRun): Promise<{ events(): Promise<TabEvent[]>; tabs(): Promise<{ id: number; url?: string; active: boolean; index: number }[]>; close(): Promise<void> }> {
  const watcher = await firefox.openExtensionPage('welcome.html', '.choices button');
  await watcher.evaluate(() => {
    const b = (globalThis as any).browser;
    const log: unknown[] = ((globalThis as any).tabEvents = []);
    b.tabs.onCreated.addListener((t: any) => log.push({ event: 'created', tabId: t.id, url: t.url, index: t.index, active: t.active, openerTabId: t.openerTabId }));
    b.tabs.onActivated.addListener((info: any) => log.push({ event: 'activated', tabId: info.tabId }));
    b.tabs.onRemoved.addListener((id: number) => log.push({ event: 'removed', tabId: id }));
  });
  return {
    events: () => watcher.evaluate(() => (globalThis as any).tabEvents),
    tabs: () => watcher.evaluate(() => (globalThis as any).browser.tabs.query({}).then((ts: any[]) => ts.map((t) => ({ id: t.id, url: t.url, active: t.active, index: t.index })))),
    close: () => watcher.close(),
  };
}

/**
 * Runs `act` (a call from `page`) and checks the tel: hand-off's tab story around it: one dial tab
 * opened ACTIVE right after the page's tab, opened by it; it closed; the page's tab is active again.
 * And the page is the same document at the same address with the same draft, hidden only while
 * the dial tab was in front, never left (no pagehide, no unload).
 */
export async function expectHandoffTabStory(firefox: FirefoxRun, page: Page, act: () => Promise<void>): Promise<void> {
  const tabs = await watchTabs(firefox);
  // A tab to the right of the page: the one a browser would show next if it did not go back to the opener.
  const neighbour = await firefox.browser.newPage();
  await page.bringToFront();
  const before = await pageState(page);
  const opener = await waitFor(async () => (await tabs.tabs()).find((t) => t.url === before.url && t.active), 'the page to be the active tab');
  const seen = (await tabs.events()).length;

  await act();

  const story = async () => (await tabs.events()).slice(seen);
  const dial = await waitFor(async () => (await story()).find((e) => e.event === 'created'), 'the dial tab');
  await waitFor(async () => (await story()).some((e) => e.event === 'removed' && e.tabId === dial.tabId), 'the dial tab to close');
  await waitFor(async () => (await tabs.tabs()).find((t) => t.id === opener.id)?.active, "the page's tab to be active again");
  if (dial.active !== true || dial.openerTabId !== opener.id || dial.index !== opener.index + 1)
    throw new Error(`dial tab not opened active beside its opener: ${JSON.stringify({ dial, opener })}`);
  const events = await story();
  const activated = events.filter((e) => e.event === 'activated').map((e) => e.tabId);
  if (JSON.stringify(activated) !== JSON.stringify([dial.tabId, opener.id]))
    throw new Error(`tabs activated: ${JSON.stringify(events)}`);
  if (events.filter((e) => e.event === 'created').length !== 1) throw new Error(`more than one tab opened: ${JSON.stringify(events)}`);
  const after = await waitFor(async () => { const s = await pageState(page); return s.visible ? s : undefined; }, 'the page visible again');
  const expected = { ...before, diary: `${before.diary}hidden visible ` };
  if (JSON.stringify(after) !== JSON.stringify(expected)) throw new Error(`the page changed: ${JSON.stringify({ before, after })}`);
  await Promise.all([tabs.close(), neighbour.close()]);
  await page.bringToFront();
}
