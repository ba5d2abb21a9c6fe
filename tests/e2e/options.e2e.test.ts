/**
 * Options page stories in real Chromium: labels, account XML import, Save validation and
 * storage, Test against the demo call-through server, and a host permission that never arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HTML_MESSAGE } from '../../scripts/demo-server/faults';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';

async function storedSettings(h: Harness): Promise<Settings | undefined> {
  const got = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
  return (got as { settings?: Settings }).settings;
}

async function syncStorage(h: Harness): Promise<Record<string, unknown>> {
  return (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.sync.get(null));
}

/** Opens the options page on a fresh tab and waits until the stored settings are in the form. */
async function openOptions(h: Harness): Promise<Page> {
  const { page } = await h.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.locator('form.settings-form').waitFor();
  return page;
}

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();
/** Exact text, whitespace and all (for the <pre> blocks of Test). */
const rawText = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? '';

describe('options page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('every setting has a visible label that names its control', async () => {
    await h.configure({ custom: { 'x-cth-pin': '1234' } });
    const page = await openOptions(h);
    const fields: [label: string, id: string][] = [
      ['Service URL', 'cth_ws_url'],
      ['POST data', 'cth_ws_postData'],
      ['Content type', 'cth_ws_contentType'],
      ['Method', 'cth_ws_method'],
      ['Custom headers', 'cth_ws_customHeaders'],
      ['Timeout (seconds)', 'cth_ws_timeout'],
      ['Username', 'username'],
      ['Password', 'password'],
      ['Default country', 'defaultCountry'],
    ];
    for (const [label, id] of fields) {
      const control = page.getByLabel(label, { exact: true });
      expect(await control.getAttribute('id'), label).toBe(id);
      expect(await page.locator(`label[for="${id}"]`).isVisible(), `label of ${id} is visible`).toBe(true);
      expect((await page.locator(`label[for="${id}"]`).innerText()).trim()).toBe(label);
    }

    // Dial mode: a visible legend for the group, a visible label wrapping each radio.
    const dialMode = page.getByRole('group', { name: 'Dial mode' });
    expect(await dialMode.locator('legend').isVisible()).toBe(true);
    const tel = page.getByLabel(/Linked phone \(tel: link\)/);
    const qr = page.getByLabel(/QR code/);
    expect(await tel.getAttribute('value')).toBe('tel');
    expect(await qr.getAttribute('id')).toBe('dialMode-qr');
    expect(await page.locator('label.radio', { has: page.locator('#dialMode-qr') }).isVisible()).toBe(true);

    // Custom parameter rows: each input is named per row; the visible column heads say Name / Value.
    expect(await page.getByLabel('Parameter 1 name', { exact: true }).inputValue()).toBe('x-cth-pin');
    expect(await page.getByLabel('Parameter 1 value', { exact: true }).inputValue()).toBe('1234');
    expect(await page.getByRole('group', { name: 'Custom account parameters' }).isVisible()).toBe(true);
    const head = page.getByTestId('custom-params').locator('.param-head');
    expect(await head.isVisible()).toBe(true);
    expect((await head.innerText()).split(/\s+/).filter(Boolean)).toEqual(['Name', 'Value']);
    await page.close();
  });

  it("importing the provider's account XML fills in and stores every key, & entities decoded", async () => {
    await h.configure({});
    const page = await openOptions(h);
    const url = `${h.server.httpsUrl}/callthrough/?username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<account>
  <cth_ws_url>${url.replace(/&/g, '&amp;')}</cth_ws_url>
  <cth_ws_postData>u=%account[username]%&amp;to=%targetNumber%</cth_ws_postData>
  <cth_ws_contentType>application/x-www-form-urlencoded</cth_ws_contentType>
  <cth_ws_method>POST</cth_ws_method>
  <cth_ws_customHeaders>X-Client: ThruDial</cth_ws_customHeaders>
  <cth_ws_timeout>20</cth_ws_timeout>
  <username>john&amp;dow</username>
  <password>s&amp;cret</password>
  <x-cth-pin>12&amp;34</x-cth-pin>
</account>`;
    await page.getByLabel('Account XML', { exact: true }).fill(xml);
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await expect.poll(() => text(page, 'import-status')).toBe('Imported 9 settings.');
    expect(await text(page, 'import-error')).toBe('');
    const shown = {
      cth_ws_url: url,
      cth_ws_postData: 'u=%account[username]%&to=%targetNumber%',
      cth_ws_contentType: 'application/x-www-form-urlencoded',
      cth_ws_method: 'POST',
      cth_ws_customHeaders: 'X-Client: ThruDial',
      cth_ws_timeout: '20',
      username: 'john&dow',
      password: 's&cret',
    };
    for (const [id, value] of Object.entries(shown)) expect(await page.locator(`#${id}`).inputValue(), id).toBe(value);
    expect(await page.getByLabel('Parameter 1 name', { exact: true }).inputValue()).toBe('x-cth-pin');
    expect(await page.getByLabel('Parameter 1 value', { exact: true }).inputValue()).toBe('12&34');

    expect(await storedSettings(h)).toEqual({ ...DEFAULT_SETTINGS, ...shown, custom: { 'x-cth-pin': '12&34' } });
    await page.close();
  });

  it('a malformed account XML shows a clear error and changes neither the form nor storage', async () => {
    await h.configure(demoSettings(h.server));
    const before = await storedSettings(h);
    const page = await openOptions(h);
    await page.getByLabel('Account XML', { exact: true }).fill('<account><username>mallory</account>');
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await expect.poll(() => text(page, 'import-error')).toMatch(/^The account XML cannot be imported: malformed XML/);
    expect(await text(page, 'import-status')).toBe('');
    expect(await page.locator('#username').inputValue()).toBe('johndow');
    expect(await storedSettings(h)).toEqual(before);
    await page.close();
  });

  it('"Import from file" reads the chosen account XML file and stores it', async () => {
    await h.configure({});
    const page = await openOptions(h);
    const xml =
      '<account>\n' +
      `  <cth_ws_url>${h.server.httpsUrl}/callthrough/?u=%account[username]%&amp;to=%targetNumber%</cth_ws_url>\n` +
      '  <username>filed</username>\n  <password>from-file</password>\n  <x-cth-pin>9876</x-cth-pin>\n</account>\n';
    // The visible control is the label "Import from file"; it names the file input.
    await page.getByLabel('Import from file').setInputFiles({ name: 'account.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) });

    await expect.poll(() => text(page, 'import-status')).toBe('Imported 4 settings.');
    expect(await page.locator('#username').inputValue()).toBe('filed');
    expect(await storedSettings(h)).toEqual({
      ...DEFAULT_SETTINGS,
      cth_ws_url: `${h.server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%`,
      username: 'filed',
      password: 'from-file',
      custom: { 'x-cth-pin': '9876' },
    });
    await page.close();
  });

  it('Save refuses an invalid service URL, naming the field, and stores nothing', async () => {
    await h.configure(demoSettings(h.server));
    const before = await storedSettings(h);
    const page = await openOptions(h);
    await page.getByLabel('Service URL', { exact: true }).fill('ftp://x');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await expect.poll(() => text(page, 'form-errors')).toContain('The service URL must start with https:// or http://.');
    expect(await text(page, 'form-errors')).toMatch(/^One problem stops the settings from being saved/);
    expect(await page.locator('#cth_ws_url').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#cth_ws_url-message').innerText()).toContain('service URL');
    expect(await text(page, 'save-status')).toBe('');
    expect(await storedSettings(h)).toEqual(before);
    await page.close();
  });

  it('Save stores corrected values; the password stays in storage.local and never reaches storage.sync', async () => {
    await h.configure(demoSettings(h.server));
    const page = await openOptions(h);
    await page.getByLabel('Service URL', { exact: true }).fill('ftp://x');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => text(page, 'form-errors')).not.toBe('');

    const url = `${h.server.httpsUrl}/callthrough/?u=%account[username]%&to=%targetNumber%&password=%account[password]%`;
    await page.getByLabel('Service URL', { exact: true }).fill(url);
    await page.getByLabel('Password', { exact: true }).fill('n3w-Secret');
    await page.getByLabel('Timeout (seconds)', { exact: true }).fill('30');
    await page.getByLabel('Default country', { exact: true }).selectOption('GB');
    await page.getByLabel(/QR code/).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await expect.poll(() => text(page, 'save-status')).toBe('Saved.');
    expect(await text(page, 'form-errors')).toBe('');
    expect(await text(page, 'permission-note')).toBe(''); // the loopback origin is granted in this harness
    expect(await storedSettings(h)).toEqual({
      ...DEFAULT_SETTINGS,
      ...demoSettings(h.server),
      cth_ws_url: url,
      password: 'n3w-Secret',
      cth_ws_timeout: '30',
      defaultCountry: 'GB',
      dialMode: 'qr',
    });
    expect(await syncStorage(h)).toEqual({});
    await page.close();
  });

  it('Test shows the exact request with the password masked, the answer and the dial string, and sends one request', async () => {
    await h.configure(demoSettings(h.server));
    h.server.clearRequests();
    const page = await openOptions(h);
    expect(await page.getByLabel('Sample number', { exact: true }).inputValue()).toBe('+1 (213) 373-4253');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByTestId('test-outcome').waitFor();

    const request = await rawText(page, 'test-request');
    expect(request.split('\n')[0]).toBe(
      `GET ${h.server.httpsUrl}/callthrough/?username=johndow&password=********&targetNumber=%2B12133734253`,
    );
    expect(request).not.toContain('secret');
    expect(await rawText(page, 'test-response')).toBe(
      'HTTP 200\nContent-Type: text/xml\n\n<response>\n    <dialString>+15551231234,,%account[x-cth-pin]%#12133734253#</dialString>\n</response>\n',
    );
    expect(await rawText(page, 'test-outcome')).toBe(
      'Dial string: +15551231234,,1234#12133734253#\ntel: URI: tel:+15551231234,,1234%2312133734253%23',
    );

    expect(h.server.requests.map((r) => [r.scheme, r.method, r.url])).toEqual([
      ['https', 'GET', '/callthrough/?username=johndow&password=secret&targetNumber=%2B12133734253'],
    ]);
    await page.close();
  });

  it('Test with an account without credit shows the service\'s 403 message as text', async () => {
    await h.configure(demoSettings(h.server));
    h.server.clearRequests();
    const page = await openOptions(h);
    // Test runs with the form as it is on screen, unsaved.
    await page.getByLabel('Username', { exact: true }).fill('broke');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByTestId('test-outcome').waitFor();

    expect((await text(page, 'test-response')).split('\n')[0]).toBe('HTTP 403');
    expect(await text(page, 'test-outcome')).toBe('Message: Not enough credit for call-through.');
    expect(h.server.requests.map((r) => r.url)).toEqual([
      '/callthrough/?username=broke&password=secret&targetNumber=%2B12133734253',
    ]);
    expect((await storedSettings(h))?.username).toBe('johndow');
    await page.close();
  });

  it("Test shows a service message holding HTML as literal text, never as markup", async () => {
    await h.configure(demoSettings(h.server));
    const page = await openOptions(h);
    h.server.setFault('html-message');
    try {
      await page.getByRole('button', { name: 'Test', exact: true }).click();
      await page.getByTestId('test-outcome').waitFor();
      expect(await text(page, 'test-outcome')).toBe(`Message: ${HTML_MESSAGE}`);
      expect(await page.locator('[data-testid=test-outcome] img').count()).toBe(0);
      expect(await page.locator('.test-results img, .test-results script, .test-results b').count()).toBe(0);
      expect(await page.getByTestId('test-response').innerText()).toContain('<img src=x onerror=\\"alert(1)\\">');
    } finally {
      h.server.setFault(null);
    }
    await page.close();
  });
});

describe('options page without the host permission (prompt refused or never answered)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ grantLoopback: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('Save still stores the settings, and a call then fails with a clear "no permission" message and sends nothing', async () => {
    const granted = () =>
      h.worker().then((w) => w.evaluate(() => (globalThis as any).chrome.permissions.contains({ origins: ['https://127.0.0.1/*'] })));
    expect(await granted()).toBe(false);
    await h.configure({});
    const page = await openOptions(h);
    const wanted = demoSettings(h.server);
    await page.getByLabel('Service URL', { exact: true }).fill(wanted.cth_ws_url!);
    await page.getByLabel('Username', { exact: true }).fill('johndow');
    await page.getByLabel('Password', { exact: true }).fill('secret');
    await page.getByRole('button', { name: 'Add parameter' }).click();
    await page.getByLabel('Parameter 1 name', { exact: true }).fill('x-cth-pin');
    await page.getByLabel('Parameter 1 value', { exact: true }).fill('1234');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    // The permission prompt cannot be answered headless: Save must not wait for it.
    await expect.poll(() => text(page, 'save-status')).toBe('Saved.');
    expect(await storedSettings(h)).toEqual({ ...DEFAULT_SETTINGS, ...wanted });
    const note = await text(page, 'permission-note');
    // Pending prompt: no note yet. Refused: the note names the origin. Never anything else.
    expect(['', 'ThruDial needs permission to reach https://127.0.0.1 to place calls.']).toContain(note);
    expect(await granted()).toBe(false);

    h.server.clearRequests();
    const popup = await h.newPage();
    await popup.page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.page.getByLabel('Number', { exact: true }).fill('+1 213 373 4253');
    await popup.page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect
      .poll(() => popup.page.getByTestId('call-status').innerText())
      .toBe(
        `ThruDial has no permission to reach ${h.server.httpsUrl}. Open ThruDial's options and save the service URL to grant it.`,
      );
    expect(h.server.requests).toEqual([]);
    expect(popup.tel).toEqual([]);
    await popup.page.close();
    await page.close();
  });
});
