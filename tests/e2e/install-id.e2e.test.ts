/** %installid%: made once at install and the same in every request (kept across updates: tests/install-id.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';

describe('%installid%', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const storedId = async () =>
    (await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('installId'))).installId as string | undefined;

  async function callAndReadInstallId(): Promise<string | null> {
    const { page } = await h.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.getByLabel('Number').fill('+1 213 373 4253');
    const before = h.server.requests.length;
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => h.server.requests.length).toBe(before + 1);
    await page.close();
    return new URL(h.server.requests.at(-1)!.url, 'https://x').searchParams.get('installid');
  }

  it('is a UUID made at install and sent where the template asks for it', async () => {
    await expect.poll(storedId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const url = `${h.server.httpsUrl}/callthrough/?username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%&installid=%installid%&format=json`;
    await h.configure(demoSettings(h.server, { cth_ws_url: url, dialMode: 'qr' }));
    expect(await callAndReadInstallId()).toBe(await storedId());
  });
});
