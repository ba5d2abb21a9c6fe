/**
 * Content-script stories in real Chromium with the built extension: a user clicks a phone number
 * on a page, ThruDial asks the demo call-through service and hands the dial string to the phone
 * (tel:) or shows it as a QR code. One harness (browser + demo server + page server) for the file.
 *
 * ThruDial hands tel: over from a short-lived tab of its own, never from the page (see
 * tel-handoff.e2e.test.ts); every story that dials still gets a fresh tab, so `tel` from newPage()
 * (the hand-offs while that tab is the newest) belongs to that story alone.
 *
 * Timing: ThruDial's widget opens its panel synchronously inside the click handler when a call
 * starts, so "no call started" is checked right after the click. The background starts the tel:
 * hand-off before it answers the content script and writes the history entry; the test sees it
 * from another tab, so it polls for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../scripts/demo-server';
import { dialStringFor, NO_CREDIT, sha1Hex } from '../../scripts/demo-server/service';
import type { HistoryEntry } from '../../utils/settings/store';
import { layoutOf, layoutWithoutExtension } from './content-smoke';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import {
  clickControl, clickNumberText, highlightedNumbers, hoverNumber, numberPoint, readControl, readPanel, shadowBox,
  shadowRootType, type Box,
} from './shadow';

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../docs/screenshots');
const PIN = '1234';
const PASSWORD = 'secret';

/** What the phone must get for `target` (E.164): the demo service's dial string with the PIN filled in. */
function expectedDial(target: string): { dialString: string; telUri: string } {
  const dialString = dialStringFor(target).replace('%account[x-cth-pin]%', PIN);
  return { dialString, telUri: `tel:${dialString.replace(/#/g, '%23')}` };
}

const FRONT_DESK = '+12133734253';
const FRONT_DESK_DIAL = expectedDial(FRONT_DESK);

const page = (lang: string, body: string, head = '') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title>${head}
<style>body { font: 16px/1.5 sans-serif; margin: 24px; } p { margin: 0 0 12px; }</style></head>
<body>${body}</body></html>`;

const CONTACT_PAGE = page(
  'en-US',
  `<h1>Contact</h1>
  <p id="main">Call us at (213) 373-4253 today.</p>
  <p id="billing">Billing: (213) 373-4254</p>
  <p id="night">Night line: (213) 373-4500</p>
  <p><a id="tel-link" href="tel:+12133734253">Front desk (213) 373-4253</a></p>`,
);
const CONTACT_NUMBERS = ['(213) 373-4253', '(213) 373-4254', '(213) 373-4500', '(213) 373-4253'];

describe('content script: click-to-call on web pages', () => {
  let h: Harness;
  const opened: Page[] = [];
  let pageCount = 0;

  /** A fresh tab on `html`, once ThruDial has underlined exactly `numbers`. */
  async function open(html: string, numbers: string[]): Promise<{ page: Page; tel: string[] }> {
    const url = h.pages.serve(`/page-${++pageCount}.html`, html);
    const tab = await h.newPage();
    opened.push(tab.page);
    await tab.page.goto(url);
    await expect.poll(() => highlightedNumbers(tab.page), { timeout: 30_000 }).toEqual(numbers);
    return tab;
  }

  const requests = (): RecordedRequest[] => h.server.requests;
  const query = (r: RecordedRequest) => new URL(r.url, 'http://demo.invalid').searchParams;
  const targets = () => requests().map((r) => query(r).get('targetNumber'));

  async function history(): Promise<HistoryEntry[]> {
    const got = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('history'));
    return (got as { history?: HistoryEntry[] }).history ?? [];
  }

  /** For "exactly once": once reached, the value must stay put for a short while (a late duplicate shows here). */
  async function holds<T>(read: () => T | Promise<T>, expected: T, ms = 300): Promise<void> {
    const end = Date.now() + ms;
    do {
      expect(await read()).toEqual(expected);
      await new Promise((r) => setTimeout(r, 50));
    } while (Date.now() < end);
  }

  /** Whether ThruDial's host element exists: the widget creates it when it shows anything. */
  const hostExists = (p: Page) => p.evaluate(() => document.getElementById('thrudial-root') !== null);

  /** Decodes the QR code in the panel from a real screenshot of it. */
  async function scanPanelQr(p: Page): Promise<string | undefined> {
    const box = await shadowBox(p, '.panel svg');
    if (!box) throw new Error('no QR code in the panel');
    return decodeQr(await p.screenshot({ clip: box }));
  }

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    h.server.setFault(null);
    h.server.clearRequests();
    await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.remove('history'));
    await h.configure(demoSettings(h.server));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });

  it('clicking a number calls the service once over https and dials its dial string once', async () => {
    // The derivation agrees with the literal the protocol documents.
    expect(FRONT_DESK_DIAL.telUri).toBe('tel:+15551231234,,1234%2312133734253%23');
    const { page: tab, tel } = await open(CONTACT_PAGE, CONTACT_NUMBERS);

    await clickNumberText(tab, '(213) 373-4253');

    await expect.poll(() => readPanel(tab).then((p) => p.open && p.text)).toBe('Dialing (213) 373-4253 on your phone');
    await expect.poll(() => tel).toEqual([FRONT_DESK_DIAL.telUri]);
    expect(requests()).toHaveLength(1);
    const [request] = requests();
    expect(request).toMatchObject({ method: 'GET', scheme: 'https' });
    expect(request!.url.split('?')[0]).toBe('/callthrough/');
    expect(request!.url).toContain('targetNumber=%2B12133734253');
    expect(Object.fromEntries(query(request!))).toEqual({ username: 'johndow', password: PASSWORD, targetNumber: FRONT_DESK });
    await holds(() => [requests().length, tel.length], [1, 1]);
    await expect.poll(history).toMatchObject([{ number: FRONT_DESK, outcome: 'dialed', telUri: FRONT_DESK_DIAL.telUri }]);
  });

  it('over plain http with nonce and hash the call succeeds and the password never travels', async () => {
    await h.configure(demoSettings(h.server, {
      cth_ws_url: `${h.server.httpUrl}/callthrough/?username=%account[username]%&targetNumber=%targetNumber%` +
        '&nonce=%nonce%&hash=%sha1(%nonce%%account[password]%)%',
    }));
    const { page: tab, tel } = await open(CONTACT_PAGE, CONTACT_NUMBERS);

    await clickNumberText(tab, '(213) 373-4253');

    await expect.poll(() => readPanel(tab).then((p) => p.open && p.text)).toBe('Dialing (213) 373-4253 on your phone');
    await expect.poll(() => tel).toEqual([FRONT_DESK_DIAL.telUri]);
    expect(requests()).toHaveLength(1);
    const [request] = requests();
    expect(request!.scheme).toBe('http');
    const params = query(request!);
    expect(params.get('targetNumber')).toBe(FRONT_DESK);
    expect(params.get('nonce')).toMatch(/\S{8,}/);
    expect(params.get('hash')).toBe(sha1Hex(params.get('nonce')! + PASSWORD));
    const everything = JSON.stringify([request!.url, request!.headers, request!.body]);
    for (const form of [PASSWORD, encodeURIComponent(PASSWORD), btoa(PASSWORD), btoa(`johndow:${PASSWORD}`)]) {
      expect(everything).not.toContain(form);
      expect(decodeURIComponent(everything)).not.toContain(form);
    }
  });

  it('QR mode shows a scannable QR code of the tel: URI and the dial string, and dials nothing', async () => {
    await h.configure(demoSettings(h.server, { dialMode: 'qr' }));
    const { page: tab, tel } = await open(CONTACT_PAGE, CONTACT_NUMBERS);

    await clickNumberText(tab, '(213) 373-4253');

    await expect.poll(() => readPanel(tab).then((p) => p.qrSvg !== undefined)).toBe(true);
    const panel = await readPanel(tab);
    expect(panel.text).toBe(`Scan to dial (213) 373-4253 Dial string: ${FRONT_DESK_DIAL.dialString} Link: ${FRONT_DESK_DIAL.telUri}`);
    expect(panel.codes).toEqual([FRONT_DESK_DIAL.dialString, FRONT_DESK_DIAL.telUri]);
    expect(await scanPanelQr(tab)).toBe(FRONT_DESK_DIAL.telUri);
    expect(requests()).toHaveLength(1);
    expect(await history()).toMatchObject([{ number: FRONT_DESK, outcome: 'dialed' }]);
    expect(tel).toEqual([]);
  });

  it("the hover control's QR button shows a QR code even in tel mode, and dials nothing", async () => {
    const { page: tab, tel } = await open(CONTACT_PAGE, CONTACT_NUMBERS);

    const control = await hoverNumber(tab, '(213) 373-4254');
    expect(control.buttons.map((b) => [b.text, b.label])).toEqual([
      ['Call', 'Call (213) 373-4254 with ThruDial'],
      ['QR', 'Show QR code for (213) 373-4254'],
    ]);
    expect(await shadowRootType(tab)).toBe('closed');
    expect(await tab.evaluate(() => document.getElementById('thrudial-root')!.shadowRoot)).toBeNull();
    await clickControl(tab, '(213) 373-4254', 'QR');

    const billing = expectedDial('+12133734254');
    await expect.poll(() => readPanel(tab).then((p) => p.codes)).toEqual([billing.dialString, billing.telUri]);
    expect(await scanPanelQr(tab)).toBe(billing.telUri);
    expect(await history()).toMatchObject([{ number: '+12133734254', outcome: 'dialed' }]);
    expect(tel).toEqual([]);
    expect(targets()).toEqual(['+12133734254']);
  });

  it('an account without credit sees the service message as text and nothing is dialed', async () => {
    await h.configure(demoSettings(h.server, { username: 'broke' }));
    const { page: tab, tel } = await open(CONTACT_PAGE, CONTACT_NUMBERS);

    await clickNumberText(tab, '(213) 373-4253');

    await expect.poll(() => readPanel(tab).then((p) => p.open && p.text)).toBe(NO_CREDIT);
    expect(NO_CREDIT).toBe('Not enough credit for call-through.');
    expect((await readPanel(tab)).qrSvg).toBeUndefined();
    expect(await history()).toMatchObject([{ number: FRONT_DESK, outcome: 'message', detail: NO_CREDIT }]);
    expect(tel).toEqual([]);
    expect(targets()).toEqual([FRONT_DESK]);
  });

  it('a 500 without a message is ignored silently: no panel, nothing dialed', async () => {
    // A target ending in 500 fails on the service's side with an empty 500.
    const first = await open(CONTACT_PAGE, CONTACT_NUMBERS);
    await clickNumberText(first.page, '(213) 373-4500');
    await expect.poll(history).toMatchObject([{ number: '+12133734500', outcome: 'silent' }]);
    // The click opened the panel at once ("Calling…"); the silent outcome closes it without a word.
    await expect.poll(() => readPanel(first.page)).toMatchObject({ open: false, text: '' });
    expect(first.tel).toEqual([]);
    expect(targets()).toEqual(['+12133734500']);
    expect(h.server.requests[0]!.url).toContain('targetNumber=%2B12133734500');

    // The same answer for an ordinary number, from the fault switch.
    h.server.setFault('status-500-silent');
    const second = await open(CONTACT_PAGE, CONTACT_NUMBERS);
    await clickNumberText(second.page, '(213) 373-4253');
    await expect.poll(history).toMatchObject([{ number: FRONT_DESK, outcome: 'silent' }, { outcome: 'silent' }]);
    await expect.poll(() => readPanel(second.page)).toMatchObject({ open: false, text: '' });
    expect(second.tel).toEqual([]);
    expect(targets()).toEqual(['+12133734500', FRONT_DESK]);
  });

  it('numbers split across inline elements are one number, and the whole number is called', async () => {
    // A German page: "(213) 373-4253" alone is no German number, so only the whole "+1 (213) 373-4253" can match.
    const html = page('de-DE', '<p id="split">Zentrale: <b>+1</b> (213) 373-4253, werktags.</p>');
    const { page: tab, tel } = await open(html, ['+1 (213) 373-4253']);
    expect(await tab.evaluate(() => (CSS as any).highlights.get('thrudial-number').size)).toBe(1);

    await clickNumberText(tab, '+1 (213) 373-4253', 'last'); // on "373-4253", outside the <b>

    await expect.poll(() => tel).toEqual([FRONT_DESK_DIAL.telUri]);
    expect(targets()).toEqual([FRONT_DESK]);
    // The outcome comes once the dial tab is done (quiet and focused, then closed: tel-handoff.ts).
    await expect.poll(() => readPanel(tab).then((p) => p.text)).toBe('Dialing +1 (213) 373-4253 on your phone');
  });

  it('a number with digits hidden inside it (against scrapers) is underlined and called as it is drawn', async () => {
    // The range spans the hidden <span>, so its text reads "99"; the page draws, and ThruDial calls, (213) 373-4253.
    const html = page('en-US', '<p id="guarded">Front desk: (213) 373-<span style="display:none">99</span>4253</p>');
    const { page: tab, tel } = await open(html, ['(213) 373-994253']);

    await clickNumberText(tab, '(213) 373-994253', 'last'); // on "4253", after the hidden text

    await expect.poll(() => tel).toEqual([FRONT_DESK_DIAL.telUri]);
    expect(targets()).toEqual([FRONT_DESK]);
    await expect.poll(() => readPanel(tab).then((p) => p.text)).toBe('Dialing (213) 373-4253 on your phone');
  });

  it('a number followed by an inline time or dated note is called as written: country code and digits kept', async () => {
    // A US page: "20 7946 0018" alone would read as the US number 207-946-0018.
    const html = page(
      'en-US',
      `<p id="feed">London desk +44 20 7946 0018 <time>09:32</time></p>
      <p id="note">Head office +44 (0)20 7946 0019 <em>(2 April 2002)</em></p>`,
    );
    const { page: tab, tel } = await open(html, ['+44 20 7946 0018', '+44 (0)20 7946 0019']);

    await clickNumberText(tab, '+44 20 7946 0018', 'last');

    await expect.poll(() => tel).toEqual([expectedDial('+442079460018').telUri]);
    expect(targets()).toEqual(['+442079460018']);
  });

  it('a number written right against an element holding a time, with no space, ends where its element ends', async () => {
    // The run's text is "+44 20 7946 001821:40": read as one digit string it is no number at all.
    const html = page(
      'en-US',
      `<ol id="log"><li><span>773-555-0190</span><time datetime="2024-03-14T09:32">09:32</time></li>
      <li><span>London desk +44 20 7946 0018</span><time>21:40</time></li></ol>`,
    );
    const { page: tab, tel } = await open(html, ['773-555-0190', '+44 20 7946 0018']);

    await clickNumberText(tab, '+44 20 7946 0018', 'last');

    await expect.poll(() => tel).toEqual([expectedDial('+442079460018').telUri]);
    expect(targets()).toEqual(['+442079460018']);
  });

  it('a vanity number is underlined as written, dialed as its keypad digits, and shown with its letters', async () => {
    const html = page('en-US', '<p id="vanity">Order flowers at 1-800-FLOWERS today.</p>');
    const { page: tab, tel } = await open(html, ['1-800-FLOWERS']);

    await clickNumberText(tab, '1-800-FLOWERS');

    await expect.poll(() => tel).toEqual([expectedDial('+18003569377').telUri]);
    expect(targets()).toEqual(['+18003569377']);
    expect((await readPanel(tab)).text).toContain('1-800-FLOWERS');
  });

  it("numbers the page's script adds or changes after load are underlined and clickable", async () => {
    const html = page(
      'en-US',
      `<p id="static">Office: (213) 373-4253</p>
      <p>Hotline: <span id="changing">loading…</span></p>
      <div id="later"></div>
      <script>
        addEventListener('load', () => setTimeout(() => {
          const p = document.createElement('p');
          p.textContent = 'London: +44 20 7946 0958';
          document.getElementById('later').append(p);
          document.getElementById('changing').firstChild.data = '(213) 373-4256';
        }, 300));
      </script>`,
    );
    const { page: tab, tel } = await open(html, ['(213) 373-4253', '(213) 373-4256', '+44 20 7946 0958']);

    await clickNumberText(tab, '+44 20 7946 0958');

    await expect.poll(() => tel).toEqual([expectedDial('+442079460958').telUri]);
    expect(targets()).toEqual(['+442079460958']);
    // The outcome comes once the dial tab is done (quiet and focused, then closed: tel-handoff.ts).
    await expect.poll(() => readPanel(tab).then((p) => p.text)).toBe('Dialing +44 20 7946 0958 on your phone');
  });

  it('numbers in input, textarea, code, pre and contenteditable are not underlined and a click there calls nothing', async () => {
    const html = page(
      'en-US',
      `<form><input id="input" value="(213) 373-4253"> <textarea id="textarea">(213) 373-4253</textarea></form>
      <p>Run <code id="code">dial (213) 373-4253</code> to test.</p>
      <pre id="pre">Call (213) 373-4253</pre>
      <div id="editable" contenteditable="true">Call (213) 373-4253</div>
      <div contenteditable><p id="nested-editable">Notes: <b>(213) 373-4253</b></p></div>
      <div contenteditable="plaintext-only">(213) 373-4253</div>
      <p id="control">Front desk: (213) 373-4255</p>`,
    );
    // The control number comes last in the document, so the scan is past every excluded one.
    const { page: tab, tel } = await open(html, ['(213) 373-4255']);

    for (const id of ['code', 'pre', 'editable', 'nested-editable', 'textarea', 'input']) {
      const box = await tab.evaluate((selector) => {
        const el = document.getElementById(selector)!;
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = [...range.getClientRects()].find((b) => b.width > 0) ?? el.getBoundingClientRect();
        return { x: r.left + Math.min(r.width / 2, 60), y: r.top + r.height / 2 };
      }, id);
      await tab.mouse.move(box.x, box.y, { steps: 2 });
      await tab.mouse.click(box.x, box.y);
      expect(await hostExists(tab), `ThruDial reacted to a click in #${id}`).toBe(false);
    }
    expect(await readControl(tab)).toEqual({ visible: false, buttons: [] });

    // Sentinel: a real number in the same tab calls, and it is the only request.
    await clickNumberText(tab, '(213) 373-4255');
    await expect.poll(() => tel).toEqual([expectedDial('+12133734255').telUri]);
    expect(targets()).toEqual(['+12133734255']);
    await expect.poll(() => readPanel(tab).then((p) => p.text)).toBe('Dialing (213) 373-4255 on your phone');

    // The page ends editing: the number in the former editor is found then.
    await tab.evaluate(() => document.getElementById('editable')!.setAttribute('contenteditable', 'false'));
    await expect.poll(async () => (await highlightedNumbers(tab)).sort(), { timeout: 15_000 }).toEqual(['(213) 373-4253', '(213) 373-4255']);
  });

  it("a page script's synthetic clicks on numbers and tel: links place no call", async () => {
    const { page: tab, tel } = await open(CONTACT_PAGE, CONTACT_NUMBERS);
    const { x, y } = await numberPoint(tab, '(213) 373-4253');

    // Each returns whether ThruDial's UI exists right after the click (a started call opens the panel at once).
    const afterSynthetic = await tab.evaluate(({ x, y }) => {
      const host = () => document.getElementById('thrudial-root') !== null;
      const target = document.elementFromPoint(x, y)!;
      const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: x, clientY: y, button: 0, detail: 1 };
      target.dispatchEvent(new MouseEvent('mousemove', init));
      target.dispatchEvent(new MouseEvent('click', init));
      const dispatched = host();
      (target as HTMLElement).click();
      const clicked = host();
      return { target: target.id, dispatched, clicked };
    }, { x, y });
    expect(afterSynthetic).toEqual({ target: 'main', dispatched: false, clicked: false });

    const afterLink = await tab.evaluate(() => {
      const link = document.getElementById('tel-link')!;
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window, button: 0, detail: 1 }));
      const dispatched = document.getElementById('thrudial-root') !== null;
      link.click();
      return { dispatched, clicked: document.getElementById('thrudial-root') !== null };
    });
    expect(afterLink).toEqual({ dispatched: false, clicked: false });
    // ThruDial leaves untrusted activations alone: the browser's own default for the page's link
    // (the raw number, as without ThruDial) may start, never the service's dial string.
    expect(tel.every((uri) => uri === 'tel:+12133734253'), JSON.stringify(tel)).toBe(true);

    // Sentinel in a fresh tab: a real click calls, and it is the only request the service ever got.
    const sentinel = await open(CONTACT_PAGE, CONTACT_NUMBERS);
    await clickNumberText(sentinel.page, '(213) 373-4254');
    await expect.poll(() => sentinel.tel).toEqual([expectedDial('+12133734254').telUri]);
    expect(targets()).toEqual(['+12133734254']);
    await expect.poll(history).toMatchObject([{ number: '+12133734254', outcome: 'dialed' }]);
    expect(await history()).toHaveLength(1);
    expect(tel.every((uri) => uri === 'tel:+12133734253'), JSON.stringify(tel)).toBe(true);
  });

  it('a real click on an existing tel: link goes through ThruDial exactly once', async () => {
    const { page: tab, tel } = await open(CONTACT_PAGE, CONTACT_NUMBERS);

    await tab.click('#tel-link');

    await expect.poll(() => readPanel(tab).then((p) => p.open && p.text)).toBe('Dialing +12133734253 on your phone');
    await expect.poll(() => tel).toEqual([FRONT_DESK_DIAL.telUri]); // the service's dial string, not the link's raw tel:+12133734253
    expect(targets()).toEqual([FRONT_DESK]);
    await holds(() => [requests().length, tel], [1, [FRONT_DESK_DIAL.telUri]]);
    await expect.poll(history).toMatchObject([{ number: FRONT_DESK, outcome: 'dialed' }]);
    expect(await history()).toHaveLength(1);
  });

  it('the hover control goes when its number moves (a scroll, or the page moving it)', async () => {
    const { page: tab } = await open(page('en-US', `<p id="top">Intro</p><p>Call (213) 373-4253 today.</p>
      <div style="height:3000px"></div><p>The end.</p>`), ['(213) 373-4253']);
    await hoverNumber(tab, '(213) 373-4253');
    await tab.mouse.wheel(0, 120);
    await expect.poll(async () => (await readControl(tab)).visible, { timeout: 10_000 }).toBe(false);

    await tab.evaluate(() => scrollTo(0, 0));
    await hoverNumber(tab, '(213) 373-4253');
    // The page moves the number without any scroll: the control does not stay beside empty space.
    await tab.evaluate(() => document.getElementById('top')!.insertAdjacentHTML('afterend', '<p style="height:80px">Banner</p>'));
    await expect.poll(async () => (await readControl(tab)).visible, { timeout: 10_000 }).toBe(false);
  });

  it('the page layout is identical with and without ThruDial', async () => {
    const url = h.pages.serve('/layout.html', LAYOUT_PAGE);
    const tab = await h.newPage();
    opened.push(tab.page);
    await tab.page.goto(url);
    await expect.poll(() => highlightedNumbers(tab.page), { timeout: 30_000 }).toContain(LAYOUT_LAST_NUMBER);
    const numbers = await highlightedNumbers(tab.page);
    expect(numbers.length).toBeGreaterThanOrEqual(30);
    // ThruDial's UI mounted too (the hover control is showing).
    await hoverNumber(tab.page, '(213) 373-4253');
    expect(await hostExists(tab.page)).toBe(true);

    const withThruDial = await layoutOf(tab.page);
    const without = await layoutWithoutExtension(url);
    expect(withThruDial.boxes.length).toBeGreaterThan(100);
    expect(withThruDial).toEqual(without);
  });

  it('the underline is drawn by a style the browser injects, in the document and in shadow trees, with no sheet the page can see', async () => {
    const body = '<p id="n">Call (213) 373-4253 today.</p><div id="host"></div>'
      + '<script>document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = "<p>Or (213) 373-4254.</p>";</script>';
    const { page: tab } = await open(page('en-US', body), ['(213) 373-4253', '(213) 373-4254']);
    const seen = await tab.evaluate(() => {
      const inShadow = document.getElementById('host')!.shadowRoot!.querySelector('p')!;
      const drawn = (el: Element) => getComputedStyle(el, '::highlight(thrudial-number)').textDecorationLine;
      return { document: drawn(document.getElementById('n')!), shadow: drawn(inShadow), adopted: document.adoptedStyleSheets.length, shadowAdopted: document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.length, sheets: document.styleSheets.length };
    });
    // The page's own <style> is its only sheet.
    expect(seen).toEqual({ document: 'underline', shadow: 'underline', adopted: 0, shadowAdopted: 0, sheets: 1 });
    // And painted: the number's pixels differ with and without the highlight.
    const box = await tab.locator('#n').boundingBox();
    const shot = () => tab.screenshot({ clip: box! });
    const underlined = await shot();
    await tab.evaluate(() => {
      (window as unknown as { __kept: unknown }).__kept = CSS.highlights.get('thrudial-number');
      CSS.highlights.delete('thrudial-number');
    });
    const plain = await shot();
    await tab.evaluate(() => CSS.highlights.set('thrudial-number', (window as unknown as { __kept: Highlight }).__kept));
    expect(underlined.equals(plain)).toBe(false);
  });

  it('<meta name="format-detection" content="telephone=no"> turns ThruDial off for the page', async () => {
    const body = '<p id="number">Call (213) 373-4253 today.</p>';
    const url = h.pages.serve('/no-telephone.html', page('en-US', body, '<meta name="format-detection" content="telephone=no">'));
    const off = await h.newPage();
    opened.push(off.page);
    await off.page.goto(url);
    // The same page without the meta, opened after it, is underlined: ThruDial had its chance on the first.
    await open(page('en-US', body), ['(213) 373-4253']);

    expect(await off.page.evaluate(() => CSS.highlights.has('thrudial-number'))).toBe(false);
    const box = await off.page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('number')!.firstChild!);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width * 0.7, y: r.top + r.height / 2 }; // on the digits
    });
    await off.page.mouse.move(box.x, box.y, { steps: 2 });
    await off.page.mouse.click(box.x, box.y);
    expect(await hostExists(off.page)).toBe(false);
    expect(requests()).toEqual([]);
    expect(off.tel).toEqual([]);
  });

  it('screenshots of the in-page control and the QR panel (docs/screenshots)', async () => {
    const { page: tab } = await open(SCREENSHOT_PAGE, ['(213) 373-4253', '+44 20 7946 0958']);
    const viewport = { width: 720, height: 540 };
    await tab.setViewportSize(viewport);
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });

    await hoverNumber(tab, '(213) 373-4253');
    const control = (await shadowBox(tab, '.control'))!;
    const number = await tab.evaluate(() => document.getElementById('office')!.getBoundingClientRect().toJSON() as DOMRect);
    const card = await tab.evaluate(() => document.querySelector('article')!.getBoundingClientRect().toJSON() as DOMRect);
    // The control sits just right of the number, vertically centred on its line, inside the card.
    expect(control.x - (number.x + number.width)).toBeGreaterThanOrEqual(2);
    expect(control.x - (number.x + number.width)).toBeLessThanOrEqual(8);
    expect(Math.abs(control.y + control.height / 2 - (number.y + number.height / 2))).toBeLessThanOrEqual(2);
    await tab.screenshot({ path: path.join(SCREENSHOT_DIR, 'in-page-control.png'), clip: around([card, control], 16, viewport) });

    await clickControl(tab, '(213) 373-4253', 'QR');
    await expect.poll(() => readPanel(tab).then((p) => p.codes)).toEqual([FRONT_DESK_DIAL.dialString, FRONT_DESK_DIAL.telUri]);
    await tab.mouse.move(5, viewport.height - 5); // no hover state in the picture
    const qrShot = path.join(SCREENSHOT_DIR, 'in-page-qr.png');
    await tab.screenshot({ path: qrShot }); // the page with its number and the panel over it
    // The saved picture holds a QR code a phone can scan.
    expect(decodeQr(fs.readFileSync(qrShot))).toBe(FRONT_DESK_DIAL.telUri);
  });
});

/** Reads a QR code from PNG bytes. */
function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return jsQR(pixels, image.width, image.height)?.data;
}

/** The smallest box around `boxes`, grown by `margin` and kept inside the viewport. */
function around(boxes: Box[], margin: number, viewport: { width: number; height: number }): Box {
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x: Math.floor(left), y: Math.floor(top), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}

const SCREENSHOT_PAGE = page(
  'en-US',
  `<article style="max-width: 34rem; padding: 20px 24px; border: 1px solid #ddd; border-radius: 10px; background: #fafafa">
    <h2 style="margin: 0 0 8px">Riverside Dental Clinic</h2>
    <p>417 Ocean Avenue, Los Angeles, CA 90017</p>
    <p>Appointments: <span id="office">(213) 373-4253</span></p>
    <p>From abroad: +44 20 7946 0958</p>
    <p style="color: #555">Open Monday to Friday, 8:00–18:00.</p>
  </article>`,
);

const LAYOUT_LAST_NUMBER = '+1 213 373 4299';

/** A realistic page: navigation, grid of cards, table, wrapped text, inline-split numbers, form, footer. */
const LAYOUT_PAGE = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>Acme Offices</title>
<style>
  * { box-sizing: border-box; }
  body { font: 15px/1.45 Georgia, serif; margin: 0; color: #222; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 12px 24px; background: #123; color: #fff; }
  header nav a { color: #fff; margin-left: 14px; }
  main { display: grid; grid-template-columns: 1fr 220px; gap: 24px; padding: 24px; }
  .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
  .card { border: 1px solid #ccc; border-radius: 6px; padding: 10px; }
  .card h3 { margin: 0 0 6px; font-size: 16px; }
  table { border-collapse: collapse; width: 100%; margin-top: 16px; }
  td, th { border: 1px solid #ddd; padding: 4px 8px; text-align: left; }
  aside { font-size: 13px; background: #f4f4f4; padding: 10px; word-break: break-word; }
  .pill { display: inline-block; padding: 2px 8px; border-radius: 10px; background: #e8eefc; }
  footer { padding: 16px 24px; border-top: 1px solid #ccc; columns: 2; }
</style></head>
<body>
<header><strong>Acme Offices</strong><nav><a href="#a">Sales</a><a href="#b">Support</a><a href="tel:+12133734253">Call (213) 373-4253</a></nav></header>
<main>
  <section>
    <h1>Find an office</h1>
    <p>Our head office in Los Angeles answers at (213) 373-4253 from 8am, or write to us. Outside office hours the
      answering service takes messages on <b>+1</b> (213) 373-4200 and calls back the next business day; urgent
      repairs go to <em>213-373-4201</em>. Updated 2024-03-15, build 2.13.373.4253, $1,234,567.89.</p>
    <div class="cards">
      <div class="card"><h3>Los Angeles</h3><p>(213) 373-4202<br>Fax (213) 373-4203</p></div>
      <div class="card"><h3>New York</h3><p><span class="pill">+1 212 555 0123</span></p><p>212.555.0124</p></div>
      <div class="card"><h3>Chicago</h3><p>(312) 555-0188 <small>ext. 4</small></p></div>
      <div class="card"><h3>London</h3><p>+44 20 7946 0958</p><p>+44 (0)20 7946 0959</p></div>
      <div class="card"><h3>Berlin</h3><p>+49 30 901820</p><p><i>+49</i> 30 1234 5678</p></div>
      <div class="card"><h3>Paris</h3><p>+33 1 42 68 53 00</p></div>
      <div class="card"><h3>Zurich</h3><p>+41 44 668 18 00</p></div>
      <div class="card"><h3>Tokyo</h3><p>+81 3-1234-5678</p></div>
      <div class="card"><h3>Sydney</h3><p>+61 2 9374 4000</p></div>
    </div>
    <table>
      <thead><tr><th>Team</th><th>Phone</th><th>Hours</th></tr></thead>
      <tbody>
        <tr><td>Sales</td><td>(213) 373-4210</td><td>8–18</td></tr>
        <tr><td>Support</td><td><a href="tel:+12133734211">(213) 373-4211</a></td><td>24/7</td></tr>
        <tr><td>Billing</td><td><span>(213)</span> <span>373-4212</span></td><td>9–17</td></tr>
        <tr><td>Press</td><td>(213)&nbsp;373&#8209;4213</td><td>9–17</td></tr>
        <tr><td>Careers</td><td>(213) 373-4214</td><td>9–17</td></tr>
        <tr><td>Partners</td><td>(213) 373-4215</td><td>9–17</td></tr>
        <tr><td>Security</td><td>(213) 373-4216</td><td>24/7</td></tr>
        <tr><td>Legal</td><td>(213) 373-4217</td><td>9–17</td></tr>
      </tbody>
    </table>
    <form><label>Your number <input value="(213) 373-4218"></label> <button type="button">Call me back at (213) 373-4219</button></form>
    <ul>
      <li>Reception: (213) 373-4220</li><li>Parking: (213) 373-4221</li><li>Security desk: (213) 373-4222</li>
      <li>Cafeteria: (213) 373-4223</li><li>IT helpdesk: (213) 373-4224</li><li>Facilities: (213) 373-4225</li>
    </ul>
  </section>
  <aside>
    <h2>Quick numbers</h2>
    <p>Emergencies:&nbsp;(213)&nbsp;373-4230 (a long line in a narrow column that wraps around (213) 373-4231)</p>
    <p>Toll free 1-800-555-0199</p>
    <p>Order #20240315-0042, ticket 4253-373-213</p>
  </aside>
</main>
<footer>
  <p>Acme Inc., 417 Ocean Avenue, Los Angeles, CA 90017. Switchboard (213) 373-4240.</p>
  <p>Investor relations: <a href="mailto:ir@example.com">ir@example.com</a>, <span>+1</span> 213 373 4299</p>
</footer>
</body></html>`;
