/**
 * tel: in Chromium: ThruDial hands the URI to the system from a short-lived tab of its own
 * (entrypoints/background/tel-handoff.ts), so the user's page never navigates: no "Leave site?"
 * prompt, nothing typed is lost, and the page keeps taking clicks. Headless Chromium has no
 * application for tel: and, like Chromium on a desktop, gives an extension no sign of that (no
 * error page, no event): the hand-off is all ThruDial can know there, and it says so. The Firefox
 * side, where the browser does tell, is tests/e2e/firefox/no-tel-handler.firefox.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../utils/settings/store';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { clickNumberText, highlightedNumbers, readPanel } from './shadow';

const dialed = (e164: string) => `tel:+15551231234,,1234%23${e164.slice(1)}%23`;
const PAGE = `<!doctype html><html lang="en-US"><body>
<p>Front desk: (213) 373-4253</p><p>Billing: (213) 373-4254</p>
<label>Your message <input id="draft"></label>
<script>
  // A page with unsaved work asks before it is left; the hand-off must never trigger this.
  addEventListener('beforeunload', (e) => { if (document.getElementById('draft').value) { e.preventDefault(); e.returnValue = ''; } });
</script></body></html>`;

describe('tel: hand-off in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.configure(demoSettings(h.server));
  });
  afterAll(async () => {
    await h?.close();
  });

  const dialTabs = () => h.context.pages().filter((p) => p.url().startsWith(`chrome-extension://${h.extensionId}/dial.html`));

  it('two calls from one page: each tel: URI is handed over from the dial tab, the page keeps its address, its text and its clicks', async () => {
    const url = h.pages.serve('/handoff.html', PAGE);
    const { page, tel } = await h.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.type()); void dialog.dismiss(); });
    await page.goto(url);
    await expect.poll(() => highlightedNumbers(page)).toEqual(['(213) 373-4253', '(213) 373-4254']);
    await page.fill('#draft', 'call me back');

    await clickNumberText(page, '(213) 373-4253');
    await expect.poll(() => tel).toEqual([dialed('+12133734253')]);
    await expect.poll(() => readPanel(page).then((p) => p.text)).toBe('Dialing (213) 373-4253 on your phone');

    // Headless Chromium used to stop delivering input to a tab that navigated to tel:; this one never did.
    await clickNumberText(page, '(213) 373-4254');
    await expect.poll(() => tel).toEqual([dialed('+12133734253'), dialed('+12133734254')]);

    expect(page.url()).toBe(url);
    expect(await page.inputValue('#draft')).toBe('call me back');
    expect(dialogs).toEqual([]);
    const history = (await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('history'))) as { history: HistoryEntry[] };
    expect(history.history.map((e) => [e.number, e.outcome])).toEqual([['+12133734254', 'dialed'], ['+12133734253', 'dialed']]);
    await expect.poll(() => dialTabs().length).toBe(0);
    await page.close();
  });
});
