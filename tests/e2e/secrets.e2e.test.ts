/**
 * Secrets stay in the extension, in real Chromium: a web page (and even ThruDial's own content
 * script) cannot read the stored settings, the page gains no ThruDial globals, and the content
 * script still finds numbers with the default country, which it gets from the background
 * ('page-config') instead of from storage.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { highlightedNumbers } from './shadow';
import { watchContentScriptWorld } from './content-world';

const PASSWORD = 'pw-7c1e9f';
const CLOUD_PASSWORD = 'cloud-4b2d';

/** No lang attribute and an IP host: no country hint but the user's default country. */
const UK_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Contact</title></head>
<body><p id="national">London office: 020 7946 0958</p><p id="intl">Switchboard: +44 20 7946 0000</p></body></html>`;

const highlightCount = (page: Page) =>
  page.evaluate(() => ((CSS as any).highlights?.get('thrudial-number')?.size ?? 0) as number);

/** The content script's isolated world in the page's main frame, once its script has started there. */
async function contentScriptWorld(h: Harness, page: Page) {
  const worlds = await watchContentScriptWorld(h, page);
  await expect.poll(() => worlds.world() !== undefined).toBe(true);
  return worlds;
}

describe('secrets never reach web pages or the content script', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure(demoSettings(h.server, {
      password: PASSWORD,
      custom: { 'x-cth-pin': '1234', cloud_password: CLOUD_PASSWORD },
      defaultCountry: 'GB',
    }));
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Opens the page, remembering the window's own properties before any extension script ran. */
  async function openUkPage(): Promise<Page> {
    const { page } = await h.newPage();
    await page.addInitScript(() => {
      (window as any).__baselineGlobals = Object.getOwnPropertyNames(window);
    });
    await page.goto(h.pages.serve('/uk.html', UK_PAGE));
    return page;
  }

  it('the content script underlines a national number using the default country from page-config (GB)', async () => {
    const page = await openUkPage();
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(2);
    expect(await highlightedNumbers(page)).toEqual(['020 7946 0958', '+44 20 7946 0000']);
    await page.close();
  });

  it('with the default country set to US, the same national number is not one (the country really comes from the settings)', async () => {
    await h.configure(demoSettings(h.server, { password: PASSWORD, defaultCountry: 'US' }));
    try {
      const page = await openUkPage();
      await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await highlightedNumbers(page)).toEqual(['+44 20 7946 0000']);
      await page.close();
    } finally {
      await h.configure(demoSettings(h.server, {
        password: PASSWORD, custom: { 'x-cth-pin': '1234', cloud_password: CLOUD_PASSWORD }, defaultCountry: 'GB',
      }));
    }
  });

  it('a page script can reach neither extension storage nor the extension, and sees no password anywhere', async () => {
    const page = await openUkPage();
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(2);
    const seen = await page.evaluate(() => {
      const chrome = (window as any).chrome;
      return {
        storage: typeof chrome?.storage,
        sendMessage: typeof chrome?.runtime?.sendMessage,
        html: document.documentElement.outerHTML,
        localStorage: JSON.stringify({ ...localStorage }),
      };
    });
    expect(seen.storage).toBe('undefined');
    expect(seen.sendMessage).toBe('undefined');
    for (const secret of [PASSWORD, CLOUD_PASSWORD]) {
      expect(seen.html).not.toContain(secret);
      expect(seen.localStorage).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);
    }
    await page.close();
  });

  it("the page's window gains no ThruDial globals", async () => {
    const page = await openUkPage();
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(2);
    const added = await page.evaluate(() => {
      const before = new Set<string>((window as any).__baselineGlobals);
      // Chromium defines some Web APIs lazily (e.g. PasswordCredential): native functions are the browser's, not ours.
      const native = (v: unknown) => typeof v === 'function' && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(v));
      return Object.getOwnPropertyNames(window)
        .filter((name) => !before.has(name) && name !== '__baselineGlobals' && !native((window as any)[name]));
    });
    expect(added).toEqual([]);
    const suspicious = await page.evaluate(() =>
      Object.getOwnPropertyNames(window).filter((name) => /thrudial|cth_|^(settings|password|account)$/i.test(name)));
    expect(suspicious).toEqual([]);
    await page.close();
  });

  it('in the content script itself, extension storage refuses to be read (local, sync and session are for trusted contexts only)', async () => {
    const page = await openUkPage();
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(2);
    const world = await contentScriptWorld(h, page);
    // The isolated world is ThruDial's: it has the extension's runtime...
    expect(await world.evaluate('chrome.runtime.id')).toBe(h.extensionId);
    // ...but every storage area refuses it.
    for (const area of ['local', 'session', 'sync']) {
      const read = await world.evaluate(`(async () => {
        try { return 'read: ' + JSON.stringify(await chrome.storage.${area}.get(null)); }
        catch (e) { return 'refused: ' + e.message; }
      })()`);
      expect(read, area).toMatch(/^refused: Access to storage is not allowed from this context/);
    }
    // What it may learn is the default country and whether ThruDial runs on its own page, nothing more.
    expect(await world.evaluate(`chrome.runtime.sendMessage({ type: 'page-config' })`)).toEqual({ defaultCountry: 'GB', site: 'on' });
    await page.close();
  });
});
