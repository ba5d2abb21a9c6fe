/**
 * Context menu and keyboard shortcut stories in real Chromium, against the demo call-through server.
 *
 * Where these tests touch the browser: automation can open neither Chromium's native context
 * menu nor press a browser-level extension shortcut. So each story does what the user does on the
 * page (select the text, have the link), then calls, in the service worker, the very function the
 * contextMenus.onClicked / commands.onCommand listener calls (`__thrudialTest`, see
 * entrypoints/background/chosen-number.ts) with the click data Chromium would pass. Everything
 * after that is real: the menu items made at install, the activeTab/scripting read of the
 * selection, the request to the service, the tel: hand-over to the tab, the badge and the popup
 * that action.openPopup() opens (reached over CDP: Playwright does not list extension popups).
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { HistoryEntry } from '../../utils/settings/store';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';

const DIALED_213 = {
  dialString: '+15551231234,,1234#12133734253#',
  telUri: 'tel:+15551231234,,1234%2312133734253%23',
};
const QUERY_213 = '/callthrough/?username=johndow&password=secret&targetNumber=%2B12133734253';

/** What Chromium passes to contextMenus.onClicked, minus the fields ThruDial does not read. */
interface ClickData {
  menuItemId: string;
  pageUrl: string;
  selectionText?: string;
  linkUrl?: string;
}

describe('context menu and keyboard shortcut', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h.configure(demoSettings(h.server));
    await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.remove('history'));
    h.server.clearRequests();
  });

  /** Opens `html` in a new tab; returns the page, its recorded tel: hand-overs and its tab id. */
  async function openPage(name: string, html: string): Promise<{ page: Page; tel: string[]; tabId: number }> {
    const { page, tel } = await h.newPage();
    const url = h.pages.serve(`/${name}.html`, `<!doctype html><html lang="en"><body>${html}</body></html>`);
    await page.goto(url);
    const tabId = await (await h.worker()).evaluate(async (u) => {
      const tabs: { id: number; url: string }[] = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)!.id;
    }, url);
    return { page, tel, tabId };
  }

  /** Selects the text of `selector` as a user's drag would, and returns what the page reports as selected. */
  async function select(page: Page, selector: string): Promise<string> {
    return page.evaluate((sel) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(sel)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }, selector);
  }

  async function clickMenu(info: ClickData, tabId: number): Promise<void> {
    await (await h.worker()).evaluate(
      ([data, id]) => (globalThis as any).__thrudialTest.onMenuClick({ editable: false, ...data }, { id, url: data.pageUrl }),
      [info, tabId] as const,
    );
  }

  async function pressCallSelection(tabId: number): Promise<void> {
    await (await h.worker()).evaluate(async (id) => {
      const tab = await (globalThis as any).chrome.tabs.get(id);
      await (globalThis as any).__thrudialTest.onCommand('call-selection', tab);
    }, tabId);
  }

  async function history(): Promise<HistoryEntry[]> {
    const got = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('history'));
    return (got as { history?: HistoryEntry[] }).history ?? [];
  }

  async function badge(tabId: number): Promise<{ text: string; title: string }> {
    return (await h.worker()).evaluate(async (id) => {
      const action = (globalThis as any).chrome.action;
      return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    }, tabId);
  }

  /** The extension's popup documents, whether opened by action.openPopup() or as a tab. */
  async function popups(cdp: CDPSession): Promise<{ targetId: string; url: string }[]> {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'page' && t.url === `chrome-extension://${h.extensionId}/popup.html`);
  }

  async function closePopups(cdp: CDPSession): Promise<void> {
    for (const { targetId } of await popups(cdp)) await cdp.send('Target.closeTarget', { targetId });
  }

  /**
   * A minimal CDP client for a target Playwright does not expose as a Page (the action popup),
   * through the non-flattened Target.sendMessageToTarget protocol.
   */
  async function attach(cdp: CDPSession, targetId: string) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    let nextId = 0;
    const waiting = new Map<number, (m: { result?: any; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    });
    return async (method: string, params: object = {}): Promise<any> => {
      const id = ++nextId;
      const answer = new Promise<{ result?: any; error?: { message: string } }>((resolve) => waiting.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      const { result, error } = await answer;
      if (error) throw new Error(`${method}: ${error.message}`);
      return result;
    };
  }

  it('the menu items exist for selections and for tel:/callto: links, with their titles', async () => {
    const worker = await h.worker();
    const exists = (id: string) =>
      worker.evaluate((menuId) => (globalThis as any).chrome.contextMenus.update(menuId, {}).then(() => 'exists', (e: Error) => e.message), id);
    expect(await exists('call-selection')).toBe('exists');
    expect(await exists('call-link')).toBe('exists');
    expect(await exists('qr-link')).toBe('exists');
    expect(await exists('no-such-item')).toMatch(/Cannot find menu item/);

    // Chromium cannot read a menu item back; record what the install step asks for by making the menus again.
    const created = await worker.evaluate(async () => {
      const menus = (globalThis as any).chrome.contextMenus;
      const real = menus.create;
      const seen: unknown[] = [];
      menus.create = function (props: unknown, callback?: () => void) {
        seen.push(props);
        return real.call(menus, props, callback);
      };
      try {
        await (globalThis as any).__thrudialTest.createMenus();
      } finally {
        menus.create = real;
      }
      return seen;
    });
    expect(created).toEqual([
      { id: 'call-selection', title: 'Call “%s” with ThruDial', contexts: ['selection'] },
      { id: 'call-link', title: 'Call with ThruDial', contexts: ['link'], targetUrlPatterns: ['tel:*', 'callto:*'] },
      { id: 'qr-link', title: 'Show QR code', contexts: ['link'], targetUrlPatterns: ['tel:*', 'callto:*'] },
    ]);
    expect(await exists('call-selection')).toBe('exists');
  });

  it('"Call “%s” with ThruDial" on "Call +1 213 373 4253 now" calls the number and hands it to the phone as tel:', async () => {
    const { page, tel, tabId } = await openPage('selection', '<p id="text">Call +1 213 373 4253 now</p>');
    const selectionText = await select(page, '#text');
    expect(selectionText).toBe('Call +1 213 373 4253 now');

    await clickMenu({ menuItemId: 'call-selection', selectionText, pageUrl: page.url() }, tabId);

    expect(h.server.requests.map((r) => [r.scheme, r.method, r.url])).toEqual([['https', 'GET', QUERY_213]]);
    await expect.poll(() => tel).toEqual([DIALED_213.telUri]);
    expect((await history()).map((e) => [e.number, e.outcome, e.dialString])).toEqual([['+12133734253', 'dialed', DIALED_213.dialString]]);
    expect((await badge(tabId)).text).not.toBe('!');
    await page.close();
  });

  it('"Call with ThruDial" on a tel: link makes one call', async () => {
    const { page, tel, tabId } = await openPage('tel-link', '<a id="link" href="tel:+1-213-373-4253">Sales</a>');
    const linkUrl = await page.locator('#link').evaluate((a: HTMLAnchorElement) => a.href);

    await clickMenu({ menuItemId: 'call-link', linkUrl, pageUrl: page.url() }, tabId);

    expect(h.server.requests.map((r) => r.url)).toEqual([QUERY_213]);
    await expect.poll(() => tel).toEqual([DIALED_213.telUri]);
    await page.close();
  });

  it('"Show QR code" on a callto: link shows the popup with a QR code that scans to the tel: URI', async () => {
    const { page, tel, tabId } = await openPage('callto-link', '<a id="link" href="callto:+12133734253">Support</a>');
    const cdp = await h.context.newCDPSession(page);
    await closePopups(cdp);
    const linkUrl = await page.locator('#link').evaluate((a: HTMLAnchorElement) => a.href);

    await clickMenu({ menuItemId: 'qr-link', linkUrl, pageUrl: page.url() }, tabId);

    expect(h.server.requests.map((r) => r.url)).toEqual([QUERY_213]);
    expect((await history())[0]).toMatchObject({ number: '+12133734253', outcome: 'dialed', telUri: DIALED_213.telUri });
    await expect.poll(async () => (await popups(cdp)).length).toBe(1);
    const [popup] = await popups(cdp);
    const send = await attach(cdp, popup!.targetId);
    const box = async () =>
      (
        await send('Runtime.evaluate', {
          expression: `(() => { const r = document.querySelector('[data-testid=last-qr]')?.getBoundingClientRect();
            return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; })()`,
          returnByValue: true,
        })
      ).result.value as { x: number; y: number; width: number; height: number } | null;
    // The popup window grows to fit its content after it opens: scan until the painted QR code reads.
    const scan = async () => {
      const rect = await box();
      if (!rect) return undefined;
      const { data } = await send('Page.captureScreenshot', { format: 'png', clip: { ...rect, scale: 1 }, captureBeyondViewport: true });
      const png = PNG.sync.read(Buffer.from(data, 'base64'));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    };
    await expect.poll(scan, { timeout: 30_000 }).toBe(DIALED_213.telUri);

    expect(tel).toEqual([]); // QR mode hands nothing to a linked phone
    expect((await badge(tabId)).text).not.toBe('!');
    await closePopups(cdp);
    await page.close();
  });

  it('a selection without a number shows "!" with the reason on the toolbar button and sends nothing', async () => {
    const { page, tel, tabId } = await openPage('no-number', '<p id="text">Opening hours: Mon to Fri</p>');
    const cdp = await h.context.newCDPSession(page);
    const selectionText = await select(page, '#text');

    await clickMenu({ menuItemId: 'call-selection', selectionText, pageUrl: page.url() }, tabId);

    const reason = 'ThruDial found no phone number in “Opening hours: Mon to Fri”.';
    expect(await badge(tabId)).toEqual({ text: '!', title: `ThruDial: ${reason}` });
    // The reason also heads Recent calls, in the popup that opens.
    expect((await history()).map((e) => [e.number, e.outcome, e.detail])).toEqual([['Opening hours: Mon to Fri', 'error', reason]]);
    expect(h.server.requests).toEqual([]);
    expect(tel).toEqual([]);
    await closePopups(cdp);

    // The next call from this tab that succeeds takes the "!" back.
    await page.evaluate(() => { document.body.insertAdjacentHTML('beforeend', '<p id="n">+1 213 373 4253</p>'); });
    await clickMenu({ menuItemId: 'call-selection', selectionText: await select(page, '#n'), pageUrl: page.url() }, tabId);
    expect(h.server.requests.map((r) => r.url)).toEqual([QUERY_213]);
    // (The badge may meanwhile count the page's new number: the content script's count is not ThruDial's notice.)
    expect(await badge(tabId)).toMatchObject({ title: 'ThruDial' });
    expect((await badge(tabId)).text).not.toBe('!');
    await page.close();
  });

  it('the call-selection shortcut reads the selected number from the page and calls it', async () => {
    const { page, tel, tabId } = await openPage('shortcut', '<p>Questions? <span id="n">(213) 373-4253</span> any time.</p>');
    await h.configure(demoSettings(h.server, { defaultCountry: 'US' }));
    await select(page, '#n');

    await pressCallSelection(tabId);

    expect(h.server.requests.map((r) => r.url)).toEqual([QUERY_213]);
    await expect.poll(() => tel).toEqual([DIALED_213.telUri]);
    await page.close();
  });

  it('the call-selection shortcut with nothing selected says so and sends nothing', async () => {
    const { page, tel, tabId } = await openPage('shortcut-empty', '<p>Nothing selected here.</p>');
    const cdp = await h.context.newCDPSession(page);

    await pressCallSelection(tabId);

    expect(await badge(tabId)).toEqual({ text: '!', title: 'ThruDial: Select a phone number first, then call it with ThruDial.' });
    expect(h.server.requests).toEqual([]);
    expect(tel).toEqual([]);
    await closePopups(cdp);
    await page.close();
  });
});
