/**
 * Call-through without a web service, in real Chromium through the popup: 'always' dials the access
 * number with the PIN and destination as DTMF and talks to no server; 'fallback' does the same only
 * when the service cannot be reached, and a service that answers (even with a refusal) is obeyed.
 *
 * As in popup.e2e.test.ts the popup is opened as a tab; the background hands tel: over from its own
 * dial tab and newPage()'s `tel` records that for the newest tab; each test makes one call in its own tab.
 */
import net from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../utils/settings/store';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';

const ACCESS = '+1 555 000-1111';
const OFFLINE_213 = {
  dialString: '+15550001111,,1234#12133734253#',
  telUri: 'tel:+15550001111,,1234%2312133734253%23',
};

/** A loopback port that nothing listens on: the connection is refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('call-through without a web service', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function callFromPopup(number: string): Promise<{ page: Page; tel: string[] }> {
    const opened = await h.newPage();
    await opened.page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await opened.page.getByLabel('Number', { exact: true }).fill(number);
    await opened.page.getByRole('button', { name: 'Call', exact: true }).click();
    return opened;
  }

  const callStatus = (page: Page) => page.getByTestId('call-status').innerText();

  async function lastHistory(): Promise<HistoryEntry | undefined> {
    const got = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('history'));
    return (got as { history?: HistoryEntry[] }).history?.[0];
  }

  it("'always': the access number, PIN and destination are dialed and no request goes to any server", async () => {
    await h.configure(demoSettings(h.server, { offlineMode: 'always', cth_access_number: ACCESS }));
    h.server.clearRequests();
    const { page, tel } = await callFromPopup('(213) 373-4253');

    await expect.poll(() => callStatus(page)).toBe(`Calling +12133734253 on your linked phone: ${OFFLINE_213.dialString}`);
    await expect.poll(() => tel).toEqual([OFFLINE_213.telUri]);
    expect(h.server.requests).toEqual([]);
    expect(await lastHistory()).toMatchObject({ number: '+12133734253', outcome: 'dialed', ...OFFLINE_213 });
    await page.close();
  });

  it("'always' with no service URL at all: the popup shows no set-up notice, and the call is dialed", async () => {
    await h.configure(demoSettings(h.server, { cth_ws_url: '', offlineMode: 'always', cth_access_number: ACCESS }));
    h.server.clearRequests();
    const opened = await h.newPage();
    await opened.page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await opened.page.getByLabel('Number', { exact: true }).fill('(213) 373-4253');
    await opened.page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => callStatus(opened.page)).toBe(`Calling +12133734253 on your linked phone: ${OFFLINE_213.dialString}`);
    await expect.poll(() => opened.tel).toEqual([OFFLINE_213.telUri]);
    expect(h.server.requests).toEqual([]);
    // By now the popup has long read the settings (before the fix it showed the notice here).
    expect(await opened.page.getByText('No call-through service is set up yet', { exact: false }).count()).toBe(0);
    await opened.page.close();
  });

  it("'fallback': a service that cannot be reached (closed port) is replaced by the local dial string", async () => {
    const port = await closedPort();
    await h.configure(
      demoSettings(h.server, {
        cth_ws_url: `http://127.0.0.1:${port}/callthrough/?username=%account[username]%&targetNumber=%targetNumber%`,
        offlineMode: 'fallback',
        cth_access_number: ACCESS,
      }),
    );
    h.server.clearRequests();
    const { page, tel } = await callFromPopup('+1 213 373 4253');

    await expect.poll(() => callStatus(page)).toBe(`Calling +12133734253 on your linked phone: ${OFFLINE_213.dialString}`);
    await expect.poll(() => tel).toEqual([OFFLINE_213.telUri]);
    expect(h.server.requests).toEqual([]);
    await page.close();
  });

  it("'fallback': a service that answers with a refusal (403 message) is obeyed, nothing is dialed", async () => {
    await h.configure(demoSettings(h.server, { username: 'broke', offlineMode: 'fallback', cth_access_number: ACCESS }));
    h.server.clearRequests();
    const { page, tel } = await callFromPopup('+1 213 373 4253');

    await expect.poll(() => callStatus(page)).toBe('Not enough credit for call-through.');
    expect(h.server.requests.map((r) => [r.scheme, r.method])).toEqual([['https', 'GET']]);
    // The background starts any tel: hand-off before it answers the popup, and it answered with a refusal.
    expect(tel).toEqual([]);
    expect(await lastHistory()).toMatchObject({ outcome: 'message', detail: 'Not enough credit for call-through.' });
    await page.close();
  });

  it("'fallback': a service that answers is used, and its dial string is dialed", async () => {
    await h.configure(demoSettings(h.server, { offlineMode: 'fallback', cth_access_number: ACCESS }));
    h.server.clearRequests();
    const { page, tel } = await callFromPopup('+1 213 373 4253');

    const fromService = { dialString: '+15551231234,,1234#12133734253#', telUri: 'tel:+15551231234,,1234%2312133734253%23' };
    await expect.poll(() => callStatus(page)).toBe(`Calling +12133734253 on your linked phone: ${fromService.dialString}`);
    await expect.poll(() => tel).toEqual([fromService.telUri]);
    expect(h.server.requests).toHaveLength(1);
    await page.close();
  });

  it('the options page sets it up by keyboard: labelled fields, arrow keys in the radio group, Save stores it', async () => {
    await h.configure(demoSettings(h.server));
    const { page } = await h.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const group = page.getByRole('group', { name: 'Without a web service', exact: true });
    await group.waitFor();
    expect(await page.getByLabel('Dial template', { exact: true }).getAttribute('placeholder')).toBe(
      '%account[cth_access_number]%,,%account[x-cth-pin]%#%targetNumber%#',
    );
    const modes = group.getByRole('group', { name: 'Use without a web service', exact: true });
    const never = modes.getByRole('radio', { name: /^Never/ });
    const always = modes.getByRole('radio', { name: /^Always/ });
    const fallback = modes.getByRole('radio', { name: /^When the service cannot be reached/ });
    expect(await never.isChecked()).toBe(true);

    await page.getByLabel('Access number', { exact: true }).focus();
    await page.keyboard.type(ACCESS);
    await page.keyboard.press('Tab'); // Dial template, left empty: the default
    await page.keyboard.press('Tab'); // the checked radio of the group
    await expect.poll(() => never.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await always.isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await fallback.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Saved.');
    const got = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
    expect((got as { settings: Record<string, unknown> }).settings).toMatchObject({
      cth_access_number: ACCESS,
      cth_dial_template: '',
      offlineMode: 'fallback',
    });
    await page.close();
  });
});
