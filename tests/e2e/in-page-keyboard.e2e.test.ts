/**
 * The in-page keyboard path, in real Chromium, read from the accessibility tree (CDP
 * Accessibility.getFullAXTree, which sees into ThruDial's closed shadow root): Alt+Shift+N/P moves
 * to a number and focuses Call, Tab goes Call -> QR, Enter calls exactly once, the panel takes
 * focus and the result is announced once, Escape gives focus back where it was.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { highlightedNumbers, inShadowRoot } from './shadow';

const PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Contact</title></head><body>
<p><a id="start" href="#top">Start</a></p>
<p>Sales: +1 213-373-4253</p>
<p>Support: +1 213-373-4254</p>
</body></html>`;

interface AxNode {
  role: string;
  name: string;
  focused: boolean;
  live?: string;
  ignored: boolean;
}

async function axTree(cdp: CDPSession): Promise<AxNode[]> {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const prop = (n: (typeof nodes)[number], name: string) => n.properties?.find((p) => p.name === name)?.value?.value;
  return nodes.map((n) => ({
    role: String(n.role?.value ?? ''),
    name: String(n.name?.value ?? ''),
    focused: prop(n, 'focused') === true,
    live: prop(n, 'live') as string | undefined,
    ignored: n.ignored,
  }));
}

/** The accessible name of whatever has focus, as the accessibility tree says. */
async function focusedName(cdp: CDPSession): Promise<string | undefined> {
  // The document itself reports focus too; the focused element is the deepest one.
  return (await axTree(cdp)).filter((n) => n.focused && !n.ignored && n.role !== 'RootWebArea').at(-1)?.name;
}

/** Texts of the live regions ThruDial's UI holds (its status region). */
async function announced(page: Page): Promise<string[] | undefined> {
  return inShadowRoot(page, function () {
    return [...this.querySelectorAll('[aria-live]')].map((el) => el.textContent ?? '');
  });
}

describe('the in-page keyboard path', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure(demoSettings(h.server, { dialMode: 'qr' }));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shortcut to a number, focus on Call, Tab to QR, Enter calls once, result said once, Escape gives focus back', async () => {
    const { page } = await h.newPage();
    await page.goto(h.pages.serve('/keyboard.html', PAGE));
    await expect.poll(() => highlightedNumbers(page), { timeout: 10_000 }).toEqual(['+1 213-373-4253', '+1 213-373-4254']);
    const cdp = await page.context().newCDPSession(page);
    await page.locator('#start').focus();
    await page.keyboard.press('Shift'); // a keyboard user's focus
    h.server.clearRequests();

    // Next number: the control shows there, named, with focus on Call.
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => focusedName(cdp)).toBe('Call +1 213-373-4253 with ThruDial');
    const tree = await axTree(cdp);
    const group = tree.findIndex((n) => n.role === 'group' && n.name === 'ThruDial');
    expect(group).toBeGreaterThanOrEqual(0);
    expect(tree.slice(group).filter((n) => n.role === 'button').slice(0, 2).map((n) => n.name)).toEqual([
      'Call +1 213-373-4253 with ThruDial', 'Show QR code for +1 213-373-4253',
    ]);

    // Next again, and back: the control follows, focus stays on Call.
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => focusedName(cdp)).toBe('Call +1 213-373-4254 with ThruDial');
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => focusedName(cdp)).toBe('Call +1 213-373-4253 with ThruDial');

    // Escape: the control goes, focus is back on the page's link.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('start');
    expect(await inShadowRoot(page, function () { return this.querySelector<HTMLElement>('.control')!.hidden; })).toBe(true);
    expect(h.server.requests).toEqual([]);

    // Focus order inside the control: Call, then QR, and back.
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => focusedName(cdp)).toBe('Call +1 213-373-4253 with ThruDial');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(cdp)).toBe('Show QR code for +1 213-373-4253');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedName(cdp)).toBe('Call +1 213-373-4253 with ThruDial');

    // Enter calls, exactly once; the panel (a dialog) takes focus on Close; the result is said once.
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toEqual(['Scan to dial +1 213-373-4253']);
    expect(h.server.requests.map((r) => r.url)).toEqual([
      '/callthrough/?username=johndow&password=secret&targetNumber=%2B12133734253',
    ]);
    expect(await focusedName(cdp)).toBe('Close');
    const after = await axTree(cdp);
    expect(after.some((n) => n.role === 'dialog' && n.name === 'ThruDial call')).toBe(true);
    // The QR code is named with the dial string as said, once: the printed dial string and link are hidden from readers.
    const qrNames = after.filter((n) => n.role === 'image' || n.role === 'img').map((n) => n.name);
    expect(qrNames).toEqual(['QR code to dial +1 5 5 5 1 2 3 1 2 3 4, pause, pause, 1 2 3 4 # 1 2 1 3 3 7 3 4 2 5 3 #']);
    expect(after.filter((n) => !n.ignored && n.name.includes('12133734253')).map((n) => n.role)).toEqual([]);
    // One live region, holding the result; the panel's own text is not live (no second reading).
    expect(after.filter((n) => n.live && n.live !== 'off').map((n) => n.role)).toEqual(['status']);

    // Escape closes the panel and gives focus back to the link.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('start');
    expect(await inShadowRoot(page, function () { return this.querySelector<HTMLElement>('.panel')!.hidden; })).toBe(true);
    expect(h.server.requests).toHaveLength(1);
    await page.close();
  });
});
