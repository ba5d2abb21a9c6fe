/**
 * Where ThruDial runs, in real Chromium: the toolbar badge counts a page's numbers, the popup
 * pauses ThruDial on a site, the options' deny list keeps it off a site, and without a granted
 * site there is no content script at all (the welcome page explains why on install).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { highlightedNumbers, numberPoint, readPanel } from './shadow';
import { openPopupOver } from './popup-window';
import { watchContentScriptWorld } from './content-world';

const page = (body: string) => `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>Numbers</title>
<style>body { font: 16px/1.5 sans-serif; margin: 24px; }</style></head><body>${body}</body></html>`;

const THREE_NUMBERS = page(`<p>Sales (213) 373-4253</p><p>Billing (213) 373-4254</p><p>Night (213) 373-4500</p>`);
const THREE = ['(213) 373-4253', '(213) 373-4254', '(213) 373-4500'];

/** Expects `read()` to keep returning `expected` for `ms`. */
async function holds<T>(read: () => T | Promise<T>, expected: T, ms = 1000): Promise<void> {
  const end = Date.now() + ms;
  do {
    expect(await read()).toEqual(expected);
    await new Promise((r) => setTimeout(r, 50));
  } while (Date.now() < end);
}

async function tabIdOf(h: Harness, url: string): Promise<number> {
  const id = await (await h.worker()).evaluate(async (wanted) => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === wanted)?.id as number | undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab on ${url}`);
  return id;
}

async function badge(h: Harness, tabId: number): Promise<string> {
  return (await h.worker()).evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId);
}


describe('site control with the loopback sites granted', () => {
  let h: Harness;
  let count = 0;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure(demoSettings(h.server));
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(html: string, numbers: string[]) {
    const url = h.pages.serve(`/site-${++count}.html`, html);
    const tab = await h.newPage();
    await tab.page.goto(url);
    await expect.poll(() => highlightedNumbers(tab.page), { timeout: 5000 }).toEqual(numbers);
    return { ...tab, url, tabId: await tabIdOf(h, url) };
  }

  it('the content script starts on a granted site (the control for "never started" below)', async () => {
    const { page: site } = await open(THREE_NUMBERS, THREE);
    const worlds = await watchContentScriptWorld(h, site);
    expect(worlds.world()).toBeDefined();
    await site.close();
  });

  it('the toolbar badge shows how many numbers the page has, follows changes, and clears on navigation', async () => {
    const { page: tab, tabId } = await open(THREE_NUMBERS, THREE);
    await expect.poll(() => badge(h, tabId)).toBe('3');

    await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Support (213) 373-4256</p>'));
    await expect.poll(() => badge(h, tabId)).toBe('4');

    // A single-page app changing its address is no new document: the count stays.
    await tab.evaluate(() => history.pushState({}, '', '?view=2'));
    await holds(() => badge(h, tabId), '4');

    await tab.goto(h.pages.serve('/no-numbers.html', page('<p>Nothing to call here.</p>')));
    await expect.poll(() => badge(h, tabId)).toBe('');
    await tab.close();
  });

  it('"Pause on this site" in the popup stops highlighting there, and a click on a number places no call', async () => {
    const { page: site, tel, tabId, url } = await open(THREE_NUMBERS, THREE);
    await expect.poll(() => badge(h, tabId)).toBe('3');
    const where = await numberPoint(site, '(213) 373-4253');

    const popup = await openPopupOver(h, site);
    const pause = popup.getByRole('switch', { name: 'Pause on this site' });
    await pause.waitFor();
    expect(await pause.isChecked()).toBe(false);
    await pause.check();
    await expect.poll(() => popup.getByTestId('site-control').innerText()).toContain(`Paused on ${new URL(url).origin}.`);

    await expect.poll(() => highlightedNumbers(site)).toEqual([]);
    await expect.poll(() => badge(h, tabId)).toBe('');
    h.server.clearRequests();
    await site.mouse.click(where.x, where.y);
    await holds(async () => [h.server.requests.length, tel.length, (await readPanel(site)).open], [0, 0, false]);

    // Paused stays paused for the origin, across a reload.
    await site.reload();
    await holds(() => highlightedNumbers(site), [], 1500);

    // Resume: the page's numbers come back without a reload.
    await pause.uncheck();
    await expect.poll(() => highlightedNumbers(site), { timeout: 5000 }).toEqual(THREE);
    await expect.poll(() => badge(h, tabId)).toBe('3');
    await popup.close();
    await site.close();
  });

  it('the options page refuses malformed site lists with a message per line, and stores nothing', async () => {
    const storedPolicy = async () =>
      (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('sitePolicy'));
    const before = await storedPolicy();
    const options = await h.newPage();
    await options.page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.page.getByLabel('Never run on these sites', { exact: true }).fill('https://bank.example/login\n*.ok.example\nex*ample.com');
    await options.page.getByRole('button', { name: 'Save sites' }).click();
    const error = options.page.locator('#site-deny-message');
    await expect.poll(() => error.innerText()).toContain('Line 1 ("https://bank.example/login"): Write only the site name, without http:// or https://');
    expect(await error.innerText()).toContain('Line 3 ("ex*ample.com"): A * may only stand at the start');
    expect(await error.innerText()).not.toContain('Line 2');
    expect(await storedPolicy()).toEqual(before);
    await options.page.close();
  });

  it('a site on the deny list gets no highlights, and a click there places no call', async () => {
    const options = await h.newPage();
    await options.page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.page.getByLabel('Never run on these sites', { exact: true }).fill('127.0.0.1\n');
    await options.page.getByRole('button', { name: 'Save sites' }).click();
    await expect.poll(() => options.page.getByTestId('sites-status').innerText()).toBe('Sites saved.');
    await options.page.close();

    const url = h.pages.serve('/denied.html', THREE_NUMBERS);
    const { page: site, tel } = await h.newPage();
    await site.goto(url);
    await holds(() => highlightedNumbers(site), [], 1500);
    h.server.clearRequests();
    await site.getByText('(213) 373-4253').click();
    await holds(async () => [h.server.requests.length, tel.length, (await readPanel(site)).open], [0, 0, false]);
    expect(await badge(h, await tabIdOf(h, url))).toBe('');

    const popup = await openPopupOver(h, site);
    await expect
      .poll(() => popup.getByTestId('site-control').innerText())
      .toBe('ThruDial never reads 127.0.0.1: it is on the deny list in the options.');
    await popup.close();
    await site.close();
  });
});

describe('site control without any granted site', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ grantLoopback: false });
    await h.configure(demoSettings(h.server));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('installing opens the welcome page, which explains what ThruDial needs and offers the choice', async () => {
    await expect.poll(() => h.context.pages().map((p) => p.url())).toContain(`chrome-extension://${h.extensionId}/welcome.html`);
    const welcome = h.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    await welcome.getByRole('heading', { name: 'What ThruDial needs, and why' }).waitFor();
    expect(await welcome.getByRole('button', { name: 'Allow on all sites' }).isVisible()).toBe(true);

    await welcome.getByRole('button', { name: 'Only on sites I choose' }).click();
    await expect.poll(() => welcome.getByTestId('welcome-status').innerText()).toContain('Enable ThruDial on');
    expect(await (await h.worker()).evaluate(() => (globalThis as any).chrome.permissions.getAll())).toMatchObject({ origins: [] });
  });

  it('no content script is registered and a page with numbers gets no highlights', async () => {
    const registered = await (await h.worker()).evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
    const { page: site, tel } = await h.newPage();
    await site.goto(h.pages.serve('/no-permission.html', THREE_NUMBERS));
    await holds(() => highlightedNumbers(site), [], 1500);
    await site.getByText('(213) 373-4253').click();
    await holds(() => [h.server.requests.length, tel.length], [0, 0]);
    expect(await site.evaluate(() => document.getElementById('thrudial-root'))).toBeNull();
    // Not even an idle script: ThruDial's content script never started on the page (no isolated world of it).
    const worlds = await watchContentScriptWorld(h, site);
    await site.goto(h.pages.serve('/no-permission-watched.html', THREE_NUMBERS));
    await holds(() => worlds.world() === undefined, true, 1500);
    await site.close();
  });
});
