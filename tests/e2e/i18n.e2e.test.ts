/**
 * The extension's pages in German and Czech: Chromium started with --lang=de / --lang=cs picks
 * _locales/de and _locales/cs. English is covered by every other real-browser test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { launchExtension, type ExtensionBrowser } from './extension-browser';

const CASES = [
  {
    lang: 'de',
    title: 'ThruDial-Einstellungen',
    serviceUrl: 'Dienst-URL',
    save: 'Speichern',
    test: 'Dienst testen',
    number: 'Nummer',
    call: 'Anrufen',
    recent: 'Letzte Anrufe',
    noCalls: 'Noch keine Anrufe.',
    dialPad: 'Wähltastatur',
    welcome: 'Was ThruDial braucht und warum',
    allowAll: 'Auf allen Websites erlauben',
    menu: '„%s“ mit ThruDial anrufen',
    refusedDialString: 'Die Wählzeichenfolge enthält „X“ (U+0058), das ein Telefon nicht wählen kann.',
    importButton: 'Importieren',
    wrongRoot: 'Das Konto-XML kann nicht importiert werden: das Wurzelelement ist <settings>, nicht <account>.',
  },
  {
    lang: 'cs',
    title: 'Nastavení ThruDial',
    serviceUrl: 'URL služby',
    save: 'Uložit',
    test: 'Otestovat službu',
    number: 'Číslo',
    call: 'Volat',
    recent: 'Nedávné hovory',
    noCalls: 'Zatím žádné hovory.',
    dialPad: 'Číselník',
    welcome: 'Co ThruDial potřebuje a proč',
    allowAll: 'Povolit na všech webech',
    menu: 'Zavolat na „%s“ přes ThruDial',
    refusedDialString: 'Vytáčecí řetězec obsahuje „X“ (U+0058), což telefon nedokáže vytočit.',
    importButton: 'Importovat',
    wrongRoot: 'XML účtu nelze importovat: kořenový prvek je <settings>, ne <account>.',
  },
] as const;

describe.each(CASES)('ThruDial in $lang', (c) => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchExtension({ lang: c.lang });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('the options page: labels, headings, buttons, title and lang', async () => {
    const page = await b.open('options.html');
    await page.getByLabel(c.serviceUrl, { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(c.title);
    expect(await page.getByRole('button', { name: c.save, exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: c.test }).isVisible()).toBe(true);
    expect(await page.title()).toBe(c.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
    // Nothing left in English among the labels: no label text equals its English message.
    const labels = await page.locator('label').allInnerTexts();
    expect(labels).not.toContain('Service URL');
    expect(labels).not.toContain('Password');
    await page.close();
  });

  it('the popup: Number, Call, the dial pad and Recent calls', async () => {
    const page = await b.open('popup.html');
    await page.getByTestId('recent-calls').waitFor();
    expect(await page.getByLabel(c.number, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: c.call, exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: c.dialPad }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: c.recent }).isVisible()).toBe(true);
    expect(await page.getByTestId('recent-calls').innerText()).toBe(c.noCalls);
    await page.close();
  });

  it('an error from the protocol core comes in the same language: a refused dial string', async () => {
    const worker = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId))!;
    // Call-through without a web service, with a dial template a phone cannot dial (no network involved).
    await worker.evaluate((settings) => (globalThis as any).chrome.storage.local.set({ settings }), {
      ...DEFAULT_SETTINGS, offlineMode: 'always', cth_access_number: '+15550001111', cth_dial_template: '%account[cth_access_number]%,,X%targetNumber%',
    });
    const page = await b.open('popup.html');
    await page.getByLabel(c.number, { exact: true }).fill('+1 213 373 4253');
    await page.getByRole('button', { name: c.call, exact: true }).click();
    await expect.poll(() => page.getByTestId('call-status').innerText()).toContain(c.refusedDialString);
    await page.close();
  });

  it('an Account XML the options cannot import is refused in the same language', async () => {
    const page = await b.open('options.html');
    await page.locator('#account-xml').fill('<settings><username>x</username></settings>');
    await page.getByRole('button', { name: c.importButton, exact: true }).click();
    await expect.poll(() => page.getByTestId('import-error').innerText()).toBe(c.wrongRoot);
    await page.close();
  });

  it('the welcome page', async () => {
    const page = await b.open('welcome.html');
    await page.getByRole('heading', { name: c.welcome }).waitFor();
    expect(await page.getByRole('button', { name: c.allowAll }).isVisible()).toBe(true);
    await page.close();
  });

  it('the background: manifest texts and messages in the same language', async () => {
    const worker = b.context.serviceWorkers().find((w) => w.url().includes(b.extensionId))!;
    const got = await worker.evaluate(() => {
      const c = (globalThis as any).chrome;
      return { menu: c.i18n.getMessage('menuCallSelection'), name: c.runtime.getManifest().name };
    });
    expect(got.menu).toBe(c.menu);
    expect(got.name).toBe('ThruDial');
  });
});
