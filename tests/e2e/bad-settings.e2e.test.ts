/**
 * Bad settings on the options page in real Chromium: a malformed account XML, a settings file
 * that is not JSON, too large, or holds an oversized value each show a clear error and leave
 * the saved settings untouched; Export then Import restores exactly what was saved.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { CURRENT_SETTINGS_VERSION } from '../../utils/settings/schema';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';

async function storedSettings(h: Harness): Promise<Settings | undefined> {
  const got = await (await h.worker()).evaluate(() => (globalThis as any).chrome.storage.local.get('settings'));
  return (got as { settings?: Settings }).settings;
}

async function openOptions(h: Harness): Promise<Page> {
  const { page } = await h.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.locator('form.settings-form').waitFor();
  return page;
}

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

function settingsFile(settings: unknown, version: number = CURRENT_SETTINGS_VERSION) {
  return { name: 'thrudial-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'thrudial-settings', version, settings })) };
}

describe('bad settings never replace good ones', () => {
  let h: Harness;
  let saved: Settings;
  beforeAll(async () => {
    h = await startHarness();
    saved = {
      ...DEFAULT_SETTINGS,
      ...demoSettings(h.server, { password: 'secret', custom: { 'x-cth-pin': '1234', cloud_password: 'cloudy' }, defaultCountry: 'DE', dialMode: 'qr' }),
    } as Settings;
  });
  beforeEach(async () => {
    await h.configure(saved);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a malformed account XML shows a clear error; the saved settings stay intact', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Account XML').fill('<account><username>mallory</username><cth_ws_url>https://evil.example/');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => text(page, 'import-error')).toMatch(/^The account XML cannot be imported: /);
    expect(await page.getByLabel('Username', { exact: true }).inputValue()).toBe(saved.username);
    expect(await storedSettings(h)).toEqual(saved);
    await page.close();
  });

  it('a settings file that is not JSON shows a clear error and changes neither the form nor storage', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Import settings').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "thrudial-settings", "settings": { ') });
    await expect.poll(() => text(page, 'transfer-error')).toMatch(/^The settings file cannot be imported: it is not valid JSON \(/);
    expect(await text(page, 'transfer-status')).toBe('');
    expect(await page.getByLabel('Username', { exact: true }).inputValue()).toBe(saved.username);
    expect(await storedSettings(h)).toEqual(saved);
    await page.close();
  });

  it('a settings file with an oversized value (a 100 KB URL) is refused, naming the field', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Import settings').setInputFiles(settingsFile({ ...saved, username: 'mallory', cth_ws_url: `https://example.com/?q=${'a'.repeat(100_000)}` }));
    await expect.poll(() => text(page, 'transfer-error')).toBe(
      'The settings file cannot be imported: The service URL is too long (100,023 characters; at most 8,192).',
    );
    expect(await page.getByLabel('Username', { exact: true }).inputValue()).toBe(saved.username);
    expect(await storedSettings(h)).toEqual(saved);
    await page.close();
  });

  it('a settings file over 1 MB is refused before it is read', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Import settings').setInputFiles(settingsFile({ username: 'x'.repeat(1_100_000) }));
    await expect.poll(() => text(page, 'transfer-error')).toMatch(/^The settings file cannot be imported: it is larger than 1 MB \(1\.\d+ MB\)/);
    expect(await storedSettings(h)).toEqual(saved);
    await page.close();
  });

  it('a settings file with an unknown setting or a wrong type is refused, naming the key', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Import settings').setInputFiles(settingsFile({ ...saved, pasword: 'typo' }));
    await expect.poll(() => text(page, 'transfer-error')).toBe('The settings file cannot be imported: "pasword" is not a ThruDial setting.');
    await page.getByLabel('Import settings').setInputFiles(settingsFile({ ...saved, dialMode: 'sms' }));
    await expect.poll(() => text(page, 'transfer-error')).toBe('The settings file cannot be imported: "dialMode" must be one of "tel", "qr".');
    await page.getByLabel('Import settings').setInputFiles(settingsFile(saved, CURRENT_SETTINGS_VERSION + 1));
    await expect.poll(() => text(page, 'transfer-error')).toMatch(/made by a newer ThruDial/);
    expect(await storedSettings(h)).toEqual(saved);
    await page.close();
  });

  it('a 20 KB service URL typed into the form is refused by Save with a clear error', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Service URL', { exact: true }).fill(`https://example.com/?q=${'b'.repeat(20_000)}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => text(page, 'form-errors')).toMatch(/The service URL is too long \(20,023 characters; at most 8,192\)\./);
    expect(await storedSettings(h)).toEqual(saved);
    await page.close();
  });

  it('Export with the password, change the settings, Import the file: exactly the exported settings are back', async () => {
    const page = await openOptions(h);
    await page.getByLabel('Include password').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^thrudial-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported).toEqual({ format: 'thrudial-settings', version: CURRENT_SETTINGS_VERSION, settings: saved });

    await page.getByLabel('Username', { exact: true }).fill('someone-else');
    await page.getByLabel('Password', { exact: true }).fill('other-password');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await storedSettings(h))?.username).toBe('someone-else');

    await page.getByLabel('Import settings').setInputFiles(file);
    await expect.poll(() => text(page, 'transfer-status')).toMatch(/^Restored the settings from /);
    expect(await text(page, 'transfer-error')).toBe('');
    expect(await storedSettings(h)).toEqual(saved);
    expect(await page.getByLabel('Username', { exact: true }).inputValue()).toBe(saved.username);
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(saved.password);
    await page.close();
  });

  it('Export without the password leaves the secrets out; importing it keeps the password in the form', async () => {
    const page = await openOptions(h);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    const body = fs.readFileSync(await download.path(), 'utf8');
    expect(body).not.toContain('secret');
    expect(body).not.toContain('cloudy');

    await page.getByLabel('Password', { exact: true }).fill('new-password');
    await page.getByLabel('Username', { exact: true }).fill('someone-else');
    await page.getByLabel('Import settings').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect.poll(() => text(page, 'transfer-status')).toBe(
      'Restored the settings from backup.json. The file held no password; your current password was kept.',
    );
    expect(await storedSettings(h)).toEqual({ ...saved, password: 'new-password', custom: { 'x-cth-pin': '1234', cloud_password: 'cloudy' } });
    await page.close();
  });
});
