/**
 * Real-browser smoke check of the content script (run `npx wxt build` first, then
 * `npx tsx tests/e2e/content-smoke.ts`). Each check is an exported function taking a Page,
 * so the Vitest e2e suite can reuse them with the shared harness.
 */
import { chromium, type Page } from 'playwright-core';
import { demoSettings, startHarness, type Harness } from './harness';
import {
  clickControl, clickNumberText, highlightedNumbers, hoverNumber, readPanel, shadowRootType, waitForPanel,
} from './shadow';

export const NUMBERS_PAGE = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>Numbers</title>
<style>body { font: 16px/1.5 sans-serif; margin: 24px; } p { margin: 0 0 12px; }</style></head>
<body>
  <h1 id="title">Contact</h1>
  <p id="plain">Call us at (213) 373-4253 today.</p>
  <p id="split">Sales: <b>+1</b> (212) 555-0123, weekdays.</p>
  <p id="split2"><span>+1 213</span> 373 4253 (same office)</p>
  <p id="fields"><input id="input" value="(213) 373-4253"> <code id="code">(213) 373-4253</code></p>
  <p id="dates">Updated 2024-03-15, v2.13.373.4253, 192.168.100.200, $1,234,567.89</p>
  <p id="link"><a id="tel-link" href="tel:+12133734253">Call the front desk</a></p>
  <div id="later"></div>
  <script>
    setTimeout(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'London: +44 20 7946 0958';
      document.getElementById('later').append(p);
    }, 300);
  </script>
</body></html>`;

export const EXPECTED_NUMBERS = ['(213) 373-4253', '+1 (212) 555-0123', '+1 213 373 4253', '+44 20 7946 0958'];

const LAYOUT_IDS = ['title', 'plain', 'split', 'split2', 'fields', 'input', 'code', 'dates', 'link', 'tel-link', 'added'];

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what} (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function checkHighlights(page: Page): Promise<void> {
  const numbers = await until(() => highlightedNumbers(page), (n) => n.length >= EXPECTED_NUMBERS.length, 'all numbers underlined');
  assert(JSON.stringify(numbers) === JSON.stringify(EXPECTED_NUMBERS), `underlined: ${JSON.stringify(numbers)}`);
  const size = await page.evaluate(() => (CSS as any).highlights.get('thrudial-number')?.size);
  assert(size === EXPECTED_NUMBERS.length, `highlight size ${size}`);
}

export async function checkHoverControl(page: Page): Promise<void> {
  const control = await hoverNumber(page, '(213) 373-4253');
  const labels = control.buttons.map((b) => b.label);
  assert(
    JSON.stringify(labels) === JSON.stringify(['Call (213) 373-4253 with ThruDial', 'Show QR code for (213) 373-4253']),
    `control labels ${JSON.stringify(labels)}`,
  );
  assert((await shadowRootType(page)) === 'closed', 'shadow root is closed');
  assert(await page.evaluate(() => !(document.getElementById('thrudial-root') as HTMLElement).shadowRoot), 'page cannot reach the shadow root');
}

/** A synthetic click on the number (page script) must not call. */
export async function checkUntrustedClickIgnored(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.getElementById('plain')!;
    const r = el.getBoundingClientRect();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + 120, clientY: r.top + 10 }));
  });
  await new Promise((r) => setTimeout(r, 300));
  const panel = await readPanel(page);
  assert(!panel.open, `synthetic click opened the panel: ${panel.text}`);
}

/** Clicking the number text starts one call; the panel ends with the outcome. */
export async function checkClickNumber(page: Page, tel: string[], expectDial: boolean): Promise<void> {
  const before = tel.length;
  await clickNumberText(page, '(213) 373-4253');
  const panel = await waitForPanel(page, (p) => !p.text.startsWith('Calling'));
  if (expectDial) {
    assert(panel.text === 'Dialing (213) 373-4253 on your phone', `panel: ${panel.text}`);
    await until(async () => tel.length, (n) => n === before + 1, 'one tel: navigation');
  } else assert(panel.text.length > 0, 'panel shows an error');
  await page.keyboard.press('Escape');
  await until(() => readPanel(page), (p) => !p.open, 'panel closes on Escape');
}

export async function checkQrButton(page: Page): Promise<void> {
  await clickControl(page, '+1 213 373 4253', 'QR');
  const panel = await waitForPanel(page, (p) => !p.text.startsWith('Calling'));
  assert(panel.qrSvg?.startsWith('<svg') && panel.qrLabel?.startsWith('QR code for tel:'), `QR panel: ${JSON.stringify(panel)}`);
  await page.keyboard.press('Escape');
}

/** An existing tel: link goes through ThruDial exactly once: one tel: navigation, by the background. */
export async function checkTelLink(page: Page, tel: string[], expectDial: boolean): Promise<void> {
  const before = tel.length;
  await page.click('#tel-link');
  await waitForPanel(page, (p) => !p.text.startsWith('Calling'));
  await new Promise((r) => setTimeout(r, 500));
  assert(tel.length - before === (expectDial ? 1 : 0), `tel: navigations: ${JSON.stringify(tel.slice(before))}`);
  await page.keyboard.press('Escape');
}

export async function layoutOf(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate((ids) => {
    const out: Record<string, number[]> = {};
    for (const id of ids) {
      const r = document.getElementById(id)?.getBoundingClientRect();
      if (r) out[id] = [r.x, r.y, r.width, r.height];
    }
    out['body'] = [document.body.scrollWidth, document.body.scrollHeight];
    return out;
  }, LAYOUT_IDS);
}

/** The same page without any extension, for the layout comparison. */
export async function layoutWithoutExtension(url: string): Promise<Record<string, number[]>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('#added');
    return await layoutOf(page);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  let harness: Harness | undefined;
  const results: [string, string][] = [];
  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
      results.push([name, 'ok']);
    } catch (e) {
      results.push([name, `FAIL ${(e as Error).message}`]);
    }
  };
  try {
    harness = await startHarness();
    await harness.configure(demoSettings(harness.server));
    const url = harness.pages.serve('/numbers.html', NUMBERS_PAGE);
    const { page, tel } = await harness.newPage();
    await page.goto(url);
    await page.waitForSelector('#added');

    await step('numbers underlined (plain, split, added later; not in input/code/dates)', () => checkHighlights(page));
    await step('layout identical to a browser without the extension', async () => {
      const withExt = await layoutOf(page);
      const without = await layoutWithoutExtension(url);
      assert(JSON.stringify(withExt) === JSON.stringify(without), `with ${JSON.stringify(withExt)}\nwithout ${JSON.stringify(without)}`);
    });
    await step('hover shows Call and QR in a closed shadow root', () => checkHoverControl(page));
    await step('synthetic clicks are ignored', () => checkUntrustedClickIgnored(page));
    await step('QR button shows a QR code', () => checkQrButton(page));
    // After a tel: navigation headless Chromium stops delivering input to that tab (the OS
    // handler prompt, invisible here), so each dialing check gets a fresh tab.
    await step('click on the number calls and reports the outcome', () => checkClickNumber(page, tel, true));
    const second = await harness.newPage();
    await second.page.goto(url);
    await second.page.waitForSelector('#added');
    await step('tel: link goes through ThruDial once', () => checkTelLink(second.page, second.tel, true));
    await step('format-detection telephone=no turns ThruDial off', async () => {
      const off = harness!.pages.serve(
        '/off.html',
        '<!doctype html><meta name="format-detection" content="telephone=no"><p>Call (213) 373-4253</p>',
      );
      await page.goto(off);
      await new Promise((r) => setTimeout(r, 800));
      const n = await page.evaluate(() => (CSS as any).highlights.get('thrudial-number')?.size ?? 0);
      assert(n === 0, `${n} numbers underlined`);
    });
  } finally {
    await harness?.close();
  }
  for (const [name, result] of results) console.log(`${result === 'ok' ? 'ok  ' : 'FAIL'} ${name}${result === 'ok' ? '' : `\n     ${result}`}`);
  if (results.some(([, r]) => r !== 'ok')) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
