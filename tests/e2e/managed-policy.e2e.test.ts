/**
 * Administrator policy through Chromium's real policy machinery: a managed policy file for the
 * extension's id under /etc/chromium/policies/managed (root only, as in CI), read through
 * storage.managed as described by public/managed_schema.json.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { copyExtension } from '../support/chromium';
import { freePort } from '../support/servers';

const POLICY_DIR = '/etc/chromium/policies/managed';
const canWritePolicy = process.getuid?.() === 0;

/** Chromium derives an unpacked extension's id from its manifest key: sha256 of the key, hex digits mapped to a-p. */
function keyAndId(): { key: string; id: string } {
  const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32);
  return { key: der.toString('base64'), id: [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('') };
}

describe.skipIf(!canWritePolicy)('administrator policy (storage.managed)', () => {
  let h: Harness;
  let extensionDir: string;
  let policyFile: string;
  let managedUrl: string;

  beforeAll(async () => {
    const { key, id } = keyAndId();
    extensionDir = copyExtension({ grantLoopback: true });
    const manifestPath = path.join(extensionDir, 'manifest.json');
    fs.writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifestPath, 'utf8')), key }, null, 2));

    const httpsPort = await freePort();
    managedUrl = `https://127.0.0.1:${httpsPort}/callthrough/?username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%`;
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    policyFile = path.join(POLICY_DIR, `thrudial-e2e-${id}.json`);
    fs.writeFileSync(policyFile, JSON.stringify({
      '3rdparty': { extensions: { [id]: {
        cth_ws_url: managedUrl, defaultCountry: 'GB', dialMode: 'qr', denySites: ['blocked.example', '127.0.0.1'],
        offlineMode: 'sometimes', // not one of the choices: ignored, locks nothing
      } } },
    }));
    h = await startHarness({ extensionDir, httpsPort });
    expect(h.extensionId).toBe(id);
  });

  afterAll(async () => {
    await h?.close();
    if (policyFile) fs.rmSync(policyFile, { force: true });
    if (extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
  });

  it('the extension reads the administrator policy through storage.managed', async () => {
    const managed = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.managed.get());
    expect(managed).toMatchObject({ cth_ws_url: managedUrl, defaultCountry: 'GB', dialMode: 'qr', denySites: ['blocked.example', '127.0.0.1'] });
  });

  it('a call uses the administrator’s service URL and dial mode over the user’s own settings', async () => {
    await h.configure({ cth_ws_url: 'https://127.0.0.1:9/user-choice', username: 'johndow', password: 'secret', custom: { 'x-cth-pin': '1234' }, dialMode: 'tel' });
    const { page, tel } = await h.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.getByLabel('Number').fill('+1 213 373 4253');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => h.server.requests.length).toBe(1);
    expect(h.server.requests[0]).toMatchObject({ scheme: 'https', url: '/callthrough/?username=johndow&password=secret&targetNumber=%2B12133734253' });
    // dialMode 'qr' from the policy: a QR code, no tel: hand-over.
    await expect.poll(() => page.locator('[data-testid=call-status] svg[role=img]').count()).toBe(1);
    expect(tel).toEqual([]);
    await page.close();
  });

  it('the options page shows the administrator’s values as locked', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const url = page.locator('#cth_ws_url');
    await expect.poll(() => url.inputValue()).toBe(managedUrl);
    expect(await url.isEditable()).toBe(false);
    expect(await page.locator('#defaultCountry').isEnabled()).toBe(false);
    await expect.poll(() => page.getByText('Set by your administrator').first().isVisible()).toBe(true);
    // Not in the policy: still the user's to change.
    expect(await page.locator('#username').isEditable()).toBe(true);
    await page.close();
  });

  it('Save in the options stores the user’s own values, never the administrator’s (removing the policy brings them back)', async () => {
    await h.configure({ cth_ws_url: 'https://127.0.0.1:9/user-choice', username: 'johndow', defaultCountry: 'NL', dialMode: 'tel' });
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => page.locator('#cth_ws_url').inputValue()).toBe(managedUrl);
    await page.locator('#username').fill('janedoe');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Saved.');
    const stored = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ cth_ws_url: 'https://127.0.0.1:9/user-choice', username: 'janedoe', defaultCountry: 'NL', dialMode: 'tel' });
    await page.close();
  });

  it('the popup shows a site the administrator denied as denied, though the user’s own lists do not name it', async () => {
    const site = await h.newPage();
    await site.page.goto(h.pages.serve('/denied.html', '<!doctype html><title>Denied</title><p>Call (213) 373-4253</p>'));
    await site.page.bringToFront();
    const opened = h.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
    await (await h.worker()).evaluate(
      (url) => (globalThis as any).chrome.windows.create({ url, type: 'popup', focused: false, width: 400, height: 600 }),
      `chrome-extension://${h.extensionId}/popup.html`,
    );
    const popup = await opened;
    await expect.poll(() => popup.getByTestId('site-control').innerText()).toBe('ThruDial never reads 127.0.0.1: it is on the deny list in the options.');
    await popup.close();
    await site.page.close();
  });
});
