/**
 * Reach: numbers in open and closed shadow roots, in roots attached after load, and in frames are
 * underlined and call exactly once on a real click, like numbers in the document.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialStringFor } from '../../scripts/demo-server/service';
import { demoSettings, startHarness, type Harness } from './harness';
import { HIGHLIGHT_NAME } from './shadow';

const NUMBER = '(213) 373-4253';
const E164 = '+12133734253';
const telUri = (e164: string) => `tel:${dialStringFor(e164).replace('%account[x-cth-pin]%', '1234').replace(/#/g, '%23')}`;

const page = (body: string) => `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Reach</title>
<style>body { font: 16px/1.5 sans-serif; margin: 24px; }</style></head><body>${body}</body></html>`;

/** The underlined texts of a frame's document (shadow trees included: their ranges share the document's registry). */
function underlined(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate((name) => [...((CSS as any).highlights?.get(name) ?? [])].map((r: Range) => r.toString()), HIGHLIGHT_NAME);
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

describe('reach: shadow roots and frames', () => {
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
    await tab.page.goto(h.pages.serve(`/reach-${++count}.html`, page(body)));
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
});
