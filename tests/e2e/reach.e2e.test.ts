/**
 * Reach: numbers in open and closed shadow roots, in roots attached after load, and in frames are
 * underlined and call exactly once on a real click, like numbers in the document.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialStringFor } from '../../scripts/demo-server/service';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { HIGHLIGHT_NAME } from './shadow';
import { textPointInFrame, underlined } from './page-text';
import { bigPage, shadowAppPage } from '../../scripts/bench/pages';

const NUMBER = '(213) 373-4253';
const E164 = '+12133734253';
const telUri = (e164: string) => `tel:${dialStringFor(e164).replace('%account[x-cth-pin]%', '1234').replace(/#/g, '%23')}`;

const page = (body: string) => `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Reach</title>
<style>body { font: 16px/1.5 sans-serif; margin: 24px; }</style></head><body>${body}</body></html>`;

/** The viewport point (in the top page) of `text` written in `frame`, underlined or not. */
async function textPoint(frame: Frame, text: string): Promise<{ x: number; y: number }> {
  const inFrame = await textPointInFrame(frame, text);
  const box = await (await frame.frameElement()).boundingBox();
  return { x: inFrame.x + box!.x, y: inFrame.y + box!.y };
}

/** The viewport point (in the top page) of the underlined `text` in `frame`. */
async function pointOf(frame: Frame, text: string): Promise<{ x: number; y: number }> {
  const inFrame = await frame.evaluate(
    ({ name, text }) => {
      for (const r of (CSS as any).highlights?.get(name) ?? []) {
        if ((r as Range).toString() !== text) continue;
        const box = (r as Range).getClientRects()[0];
        if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    },
    { name: HIGHLIGHT_NAME, text },
  );
  if (!inFrame) throw new Error(`"${text}" is not underlined`);
  let { x, y } = inFrame;
  for (let f = frame; f.parentFrame(); f = f.parentFrame()!) {
    const box = await (await f.frameElement()).boundingBox();
    x += box!.x;
    y += box!.y;
  }
  return { x, y };
}

describe('reach: shadow roots and frames, friendly and hostile', () => {
  let h: Harness;
  const opened: Page[] = [];
  let count = 0;

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
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });

  async function open(body: string): Promise<{ page: Page; tel: string[] }> {
    const tab = await h.newPage();
    opened.push(tab.page);
    // A heartbeat: whether the page's own script still runs (responsiveness).
    await tab.page.goto(h.pages.serve(`/reach-${++count}.html`, page(`${body}<script>window.beats = 0; setInterval(() => window.beats++, 50);</script>`)));
    return tab;
  }

  async function clickCallsOnce(tab: { page: Page; tel: string[] }, frame: Frame): Promise<void> {
    const { x, y } = await pointOf(frame, NUMBER);
    await tab.page.mouse.click(x, y);
    await expect.poll(() => tab.tel, { timeout: 10_000 }).toEqual([telUri(E164)]);
    expect(h.server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('targetNumber'))).toEqual([E164]);
  }

  it.each(['open', 'closed'] as const)('a number inside a %s shadow root is underlined and a real click calls it once', async (mode) => {
    const tab = await open(`<p>Header</p><contact-card></contact-card>
      <script>
        customElements.define('contact-card', class extends HTMLElement {
          constructor() { super(); const root = this.attachShadow({ mode: '${mode}' });
            const p = document.createElement('p'); p.textContent = 'Call ${NUMBER} today'; root.append(p); }
        });
      </script>`);
    await expect.poll(() => underlined(tab.page), { timeout: 10_000 }).toEqual([NUMBER]);
    // The page sees its own styles unchanged in an open root (ThruDial's sheet is adopted, not inserted).
    if (mode === 'open')
      expect(await tab.page.evaluate(() => document.querySelector('contact-card')!.shadowRoot!.querySelectorAll('style,link').length)).toBe(0);
    await clickCallsOnce(tab, tab.page.mainFrame());
  });

  it('nested shadow roots and a root whose element is defined after load are reached', async () => {
    const tab = await open(`<outer-app></outer-app><late-card></late-card>
      <script>
        customElements.define('outer-app', class extends HTMLElement {
          constructor() { super(); const root = this.attachShadow({ mode: 'open' });
            const inner = document.createElement('div'); root.append(inner);
            const deep = inner.attachShadow({ mode: 'open' });
            const p = document.createElement('p'); p.textContent = 'Office +1 646 555 0142'; deep.append(p); }
        });
        setTimeout(() => customElements.define('late-card', class extends HTMLElement {
          constructor() { super(); const root = this.attachShadow({ mode: 'open' });
            const p = document.createElement('p'); p.textContent = 'Desk ${NUMBER}'; root.append(p); }
        }), 600);
      </script>`);
    await expect.poll(async () => (await underlined(tab.page)).sort(), { timeout: 15_000 }).toEqual([NUMBER, '+1 646 555 0142'].sort());
    await clickCallsOnce(tab, tab.page.mainFrame());
  });

  it('a number a shadow tree\'s own scroll container brings into view is underlined then, and a real click calls it once', async () => {
    const filler = Array.from({ length: 60 }, (_, i) => `<p>Row ${i + 1}</p>`).join('');
    const tab = await open(`<p>Switchboard (646) 555-0142</p><scroll-list></scroll-list>
      <script>
        customElements.define('scroll-list', class extends HTMLElement {
          constructor() { super(); const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<div id="box" style="height: 160px; overflow: auto; border: 1px solid">${filler}<p>Desk ${NUMBER}</p></div>'; }
        });
      </script>`);
    // Far inside the scroller: not underlined once the browser has said where it is.
    await expect.poll(() => underlined(tab.page), { timeout: 10_000 }).toEqual(['(646) 555-0142']);
    const box = await tab.page.evaluate(() => {
      const r = document.querySelector('scroll-list')!.shadowRoot!.getElementById('box')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    // The user scrolls the list (no page scroll, no DOM change).
    await tab.page.mouse.move(box.x, box.y);
    await tab.page.mouse.wheel(0, 5000);
    await expect.poll(async () => (await underlined(tab.page)).sort(), { timeout: 10_000 }).toEqual([NUMBER, '(646) 555-0142'].sort());
    await clickCallsOnce(tab, tab.page.mainFrame());
  });

  it('a number inside a same-origin srcdoc frame is underlined in that frame and a real click calls it once', async () => {
    const tab = await open(`<p>Main</p><iframe style="width:400px;height:120px;border:0" srcdoc="<p style='font:16px sans-serif'>Call ${NUMBER} now</p>"></iframe>`);
    const frame = await expect.poll(() => tab.page.frames().length).toBe(2).then(() => tab.page.frames()[1]!);
    await expect.poll(() => underlined(frame), { timeout: 10_000 }).toEqual([NUMBER]);
    await clickCallsOnce(tab, frame);
  });

  it('a frame from a granted site that navigates gets ThruDial again on its new page', async () => {
    const second = h.pages.serve(`/reach-frame-b.html`, page(`<p>Now ${NUMBER}</p>`));
    const first = h.pages.serve(`/reach-frame-a.html`, page(`<p>Nothing here</p><a id="go" href="${second}">next</a>`));
    const tab = await open(`<iframe id="f" style="width:400px;height:160px;border:0" src="${first}"></iframe>`);
    await expect.poll(() => tab.page.frames().length).toBe(2);
    await tab.page.frames()[1]!.click('#go');
    await expect.poll(async () => (tab.page.frames()[1]?.url() ?? '')).toBe(second);
    const frame = tab.page.frames()[1]!;
    await expect.poll(() => underlined(frame), { timeout: 10_000 }).toEqual([NUMBER]);
    await clickCallsOnce(tab, frame);
  });

  // ---- hostile pages with frames and shadow roots ----

  const beats = (p: Page) => p.evaluate(() => (window as unknown as { beats: number }).beats);
  const targets = () => h.server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('targetNumber'));

  it('3,000 shadow roots with a number each: the page stays responsive, numbers on screen are underlined, a real click calls once', async () => {
    const tab = await open(`<div id="rows"></div><script>
      const rows = document.getElementById('rows');
      for (let i = 0; i < 3000; i++) {
        const host = document.createElement('div');
        host.attachShadow({ mode: i % 2 ? 'open' : 'closed' }).append(Object.assign(document.createElement('p'), {
          textContent: 'Row ' + i + ': (213) 373-' + String(4253 + (i % 700)).padStart(4, '0') }));
        rows.append(host);
      }</script>`);
    await expect.poll(async () => (await underlined(tab.page)).includes(NUMBER), { timeout: 30_000 }).toBe(true);
    const b0 = await beats(tab.page);
    await expect.poll(() => beats(tab.page), { timeout: 30_000 }).toBeGreaterThan(b0 + 2);
    // Only what is near the viewport is underlined, not all 3,000.
    expect((await underlined(tab.page)).length).toBeLessThan(3000);
    await clickFirst(tab, NUMBER);
    await expect.poll(() => tab.tel, { timeout: 10_000 }).toEqual([telUri(E164)]);
    expect(targets()).toEqual([E164]);
  });

  /** The popup's "Numbers on this page" total for the tab at `url`: every live number the tracker holds, fax lines left out. */
  const pageTotal = async (url: string) => (await h.worker()).evaluate(async (u) => {
    const chrome = (globalThis as any).chrome;
    const [t] = await chrome.tabs.query({ url: u });
    const answer = await chrome.tabs.sendMessage(t.id, { type: 'page-numbers' }, { frameId: 0 }).catch(() => undefined);
    return answer?.total as number | undefined;
  }, url);

  it('the bench\'s web-component app (5,000 rows, each in its own shadow root): every number ends counted, none twice', async () => {
    const app = shadowAppPage();
    const tab = await h.newPage();
    opened.push(tab.page);
    const url = h.pages.serve(`/components-${++count}.html`, app.html);
    await tab.page.goto(url);
    // Rows whose names only look like labels ("team F", "Agent Uk", "Agent Az") count too.
    await expect.poll(() => pageTotal(url), { timeout: 60_000, interval: 500 }).toBe(app.numbers);
  });

  it('the bench\'s big page (40 sections): every planted number ends counted, table rows whose name cell reads like a reference too', async () => {
    const big = bigPage({ sections: 40 });
    const tab = await h.newPage();
    opened.push(tab.page);
    const url = h.pages.serve(`/big-${++count}.html`, big.html);
    await tab.page.goto(url);
    // Name | Phone | ... rows whose name reads "order invoice" were left out as references (159 of 161 before).
    await expect.poll(() => pageTotal(url), { timeout: 60_000, interval: 500 }).toBe(big.numbers);
  });

  it('a same-origin frame made see-through over the page\'s own button, and a 4×4 px frame: a real click on their numbers calls nothing', async () => {
    const tab = await open(`<button id="play" style="position:absolute;left:20px;top:60px;width:300px;height:60px">Play</button>
      <iframe id="ghost" style="position:absolute;left:20px;top:60px;width:300px;height:60px;border:0;opacity:0"
        srcdoc="<p style='margin:0;font:16px sans-serif;line-height:60px'>Win ${NUMBER}</p>"></iframe>
      <iframe id="tiny" style="position:absolute;left:400px;top:60px;width:4px;height:4px;border:0"
        srcdoc="<p style='margin:0;font:16px sans-serif'>${NUMBER}</p>"></iframe>
      <p style="position:absolute;left:20px;top:160px">Main office: +1 646 555 0142</p>`);
    await expect.poll(() => tab.page.frames().length).toBe(3);
    const ghost = tab.page.frames()[1]!;
    // (Chromium may not even render such frames, so ThruDial may not underline there: the click must do nothing either way.)
    const { x, y } = await textPoint(ghost, NUMBER);
    await tab.page.mouse.click(x, y);
    const tiny = await (await tab.page.$('#tiny'))!.boundingBox();
    await tab.page.mouse.click(tiny!.x + 2, tiny!.y + 2);
    // Then a visible number: it calls, and it is the only call (the earlier clicks were refused).
    await expect.poll(() => underlined(tab.page), { timeout: 10_000 }).toEqual(['+1 646 555 0142']);
    await clickFirst(tab, '+1 646 555 0142');
    await expect.poll(() => tab.tel, { timeout: 10_000 }).toEqual([telUri('+16465550142')]);
    expect(targets()).toEqual(['+16465550142']);
  });

  async function clickFirst(tab: { page: Page }, text: string): Promise<void> {
    const point = await tab.page.evaluate(
      ({ name, text }) => {
        for (const r of (CSS as any).highlights?.get(name) ?? []) {
          if ((r as Range).toString() !== text) continue;
          const box = (r as Range).getClientRects()[0];
          if (box && box.top >= 0 && box.bottom <= innerHeight) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return undefined;
      },
      { name: HIGHLIGHT_NAME, text },
    );
    if (!point) throw new Error(`no "${text}" on screen`);
    await tab.page.mouse.click(point.x, point.y);
  }
});
