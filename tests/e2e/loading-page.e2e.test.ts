/**
 * A page still loading: the content script runs at document_start, so a number at the top of a
 * long page is underlined and callable while the rest is still on its way; what the page's own
 * scripts change during the load is read once the page is parsed, and a number the page changed
 * under an underline is never called as it was.
 * The page is served by a server of the test's own that sends it in parts and holds the
 * connection open until the test lets the next part go.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialStringFor } from '../../scripts/demo-server/service';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { textPointInFrame as textPoint, underlined } from './page-text';

const telUri = (e164: string) => `tel:${dialStringFor(e164).replace('%account[x-cth-pin]%', '1234').replace(/#/g, '%23')}`;

/** Enough text to fill the viewport: the content script waits for the first screenful. */
const FILLER = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${'lorem ipsum dolor sit amet '.repeat(4)} (${i})</p>`).join('');

/** A page in parts: each `next()` sends the next part; the last one ends the response. */
function partsServer(parts: string[]) {
  let release: (() => void)[] = [];
  const server = http.createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) await new Promise<void>((resolve) => release.push(resolve));
      res.write(parts[i]);
    }
    res.end();
  });
  return {
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/loading.html`;
    },
    next() {
      const waiting = release;
      release = [];
      waiting.forEach((go) => go());
      return waiting.length;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * A real click at `point` that counts as a single click: a click elsewhere first, so one at the
 * same place moments before does not make this one a double click (which ThruDial ignores).
 */
async function singleClick(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.click(4, 4);
  await page.mouse.click(point.x, point.y);
}

/** ThruDial's call history (the background writes it just before it answers the page: the call has settled). */
async function history(h: Harness): Promise<unknown[]> {
  const got = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('history'));
  return (got as { history?: unknown[] }).history ?? [];
}

const targets = (h: Harness) => h.server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('targetNumber'));

describe('a page still loading', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    h.server.clearRequests();
    await h.configure(demoSettings(h.server));
  });

  it('a number at the top is underlined and calls while the rest loads; what the page changes meanwhile is read once it is parsed', async () => {
    const pages = partsServer([
      `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Loading</title>
<style>body { font: 16px/1.5 sans-serif; margin: 24px; }</style></head><body>
<p id="top">Call <span id="number">(213) 373-4253</span> today.</p><p id="later">No number here yet.</p>${FILLER}`,
      // The page's own script, during the load: one digit of the number above changes, and a number is written above the walk.
      `<script>
  const number = document.getElementById('number').firstChild;
  number.replaceData(13, 1, '9');
  document.getElementById('later').textContent = 'Or call (646) 555-0142.';
</script>${FILLER}`,
      `<p>Bottom of the page.</p></body></html>`,
    ]);
    const url = await pages.start();
    const tab = await h.newPage();
    try {
      await tab.page.goto(url, { waitUntil: 'commit' });
      // Underlined while the page is still loading (the server holds the rest).
      await expect.poll(() => underlined(tab.page), { timeout: 15_000 }).toEqual(['(213) 373-4253']);
      expect(await tab.page.evaluate(() => document.readyState)).toBe('loading');

      // A real click on it calls it, still during the load.
      const before = await textPoint(tab.page, '(213) 373-4253');
      await singleClick(tab.page, before);
      await expect.poll(() => tab.tel, { timeout: 10_000 }).toEqual([telUri('+12133734253')]);
      expect(targets(h)).toEqual(['+12133734253']);
      // One call at a time: the next click waits until this one has settled.
      await expect.poll(async () => (await history(h)).length, { timeout: 10_000 }).toBe(1);

      // The page changes the number under the underline, and writes another one above the walk's place.
      expect(pages.next()).toBe(1);
      await expect.poll(() => tab.page.evaluate(() => document.getElementById('number')!.textContent), { timeout: 10_000 }).toBe('(213) 373-4259');
      expect(await tab.page.evaluate(() => document.readyState)).toBe('loading');
      // A click now must not call the number as it was found: the page no longer writes it.
      const changed = await textPoint(tab.page, '(213) 373-4259');
      await singleClick(tab.page, changed);
      // Once the page is parsed, both are read as they are, and the changed one calls as written.
      expect(pages.next()).toBe(1);
      await expect.poll(async () => (await underlined(tab.page)).sort(), { timeout: 15_000 }).toEqual(['(213) 373-4259', '(646) 555-0142']);
      expect(targets(h)).toEqual(['+12133734253']);
      const after = await textPoint(tab.page, '(213) 373-4259');
      await singleClick(tab.page, after);
      await expect.poll(() => targets(h), { timeout: 10_000 }).toEqual(['+12133734253', '+12133734259']);
    } finally {
      await tab.page.close();
      await pages.close();
    }
  });
});
