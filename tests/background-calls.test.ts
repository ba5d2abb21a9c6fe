/**
 * The background's call handlers with the fake browser: handlers.ts (popup and page calls,
 * page-config) and chosen-number.ts (context menu and shortcut), beside their e2e coverage.
 * Offline "always" settings keep the network out of it.
 */
// The tel: hand-off opens and watches a browser tab: covered by tests/e2e/tel-handoff and the Firefox suite.
const handOff = vi.hoisted(() => ({ calls: [] as [string, number | undefined][], result: 'handed-off' as 'handed-off' | 'no-handler' | 'qr-instead' }));
vi.mock('../entrypoints/background/tel-handoff', () => ({
  handTelToSystem: async (telUri: string, tabId?: number) => {
    handOff.calls.push([telUri, tabId]);
    return handOff.result;
  },
}));
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callChosenNumber } from '../entrypoints/background/chosen-number';
import { handleCall, handlePageConfig } from '../entrypoints/background/handlers';
import { fail, failWith } from '../utils/protocol/result';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';
import { loadHistory, saveSettings } from '../utils/settings/store';
import { useLocale } from './setup-i18n';

const OFFLINE = { ...DEFAULT_SETTINGS, offlineMode: 'always' as const, cth_access_number: '+15550001111', custom: { 'x-cth-pin': '1234' } };
const DIALED = { dialString: '+15550001111,,1234#12133734253#', telUri: 'tel:+15550001111,,1234%2312133734253%23' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  handOff.result = 'handed-off';
  useLocale('en');
});

describe('handleCall', () => {
  it('no application took tel: (Firefox said so): the QR code with a notice, and the history says so rather than "dialed"', async () => {
    await saveSettings(OFFLINE);
    handOff.result = 'no-handler';
    const outcome = await handleCall({ type: 'call', number: '(213) 373-4253' }, 7);
    expect(outcome).toMatchObject({ kind: 'dialed', mode: 'qr', notice: 'No application on this computer took the call link. Scan the QR code with your phone to call.', ...DIALED });
    expect(outcome).toHaveProperty('qr.path');
    expect(await loadHistory()).toMatchObject([{ number: '+12133734253', outcome: 'error', ...DIALED }]);
  });

  it('"Show QR code instead" while the browser asked: the QR code, no notice, recorded as a QR call', async () => {
    await saveSettings(OFFLINE);
    handOff.result = 'qr-instead';
    const outcome = await handleCall({ type: 'call', number: '(213) 373-4253' }, 7);
    expect(outcome).toMatchObject({ kind: 'dialed', mode: 'qr', ...DIALED });
    expect(outcome).not.toHaveProperty('notice');
    expect(outcome).toHaveProperty('qr.path');
    expect(await loadHistory()).toMatchObject([{ number: '+12133734253', outcome: 'dialed', ...DIALED }]);
  });

  it('hands tel: to the system next to the sender’s tab and records the call', async () => {
    await saveSettings(OFFLINE);
    handOff.calls.length = 0;
    const outcome = await handleCall({ type: 'call', number: '(213) 373-4253' }, 7);
    expect(outcome).toMatchObject({ kind: 'dialed', mode: 'tel', targetNumber: '+12133734253', ...DIALED });
    expect(handOff.calls).toEqual([[DIALED.telUri, 7]]);
    expect(await loadHistory()).toMatchObject([{ number: '+12133734253', outcome: 'dialed', ...DIALED }]);
  });

  it('QR mode draws the code here and navigates nowhere', async () => {
    await saveSettings(OFFLINE);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const outcome = await handleCall({ type: 'call', number: '+12133734253', mode: 'qr' }, 7);
    expect(outcome).toMatchObject({ kind: 'dialed', mode: 'qr', qr: { size: expect.any(Number), path: expect.any(String) } });
    expect(update).not.toHaveBeenCalled();
  });

  it('an error leaves the background in the user’s language, in the answer and in Recent calls', async () => {
    useLocale('de');
    await saveSettings({ ...OFFLINE, cth_dial_template: '%account[cth_access_number]%,,X%targetNumber%' });
    const outcome = await handleCall({ type: 'call', number: '+12133734253' }, 7);
    const german = 'Die Wählzeichenfolge enthält „X“ (U+0058), das ein Telefon nicht wählen kann.';
    expect(outcome).toEqual({ kind: 'error', targetNumber: '+12133734253', message: german });
    expect((await loadHistory())[0]).toMatchObject({ outcome: 'error', detail: german });
  });
});

describe('handlePageConfig', () => {
  it('gives the content script the default country and nothing else', async () => {
    await saveSettings({ ...OFFLINE, password: 'secret', defaultCountry: 'NL' });
    expect(await handlePageConfig(undefined)).toEqual({ defaultCountry: 'NL' });
  });

  it("adds the tab page's country hint, for frames that give none of their own", async () => {
    await saveSettings({ ...OFFLINE, defaultCountry: 'NL' });
    expect(await handlePageConfig('https://shop.example.de/contact')).toEqual({ defaultCountry: 'NL', tabCountry: 'DE' });
    expect(await handlePageConfig('https://shop.example.com/')).toEqual({ defaultCountry: 'NL' });
  });

  it("reads the page's country and the countries to match for from the page's hints", async () => {
    await saveSettings({ ...OFFLINE, defaultCountry: 'NL' });
    expect(await handlePageConfig('https://shop.example.de/', { lang: 'fr', hostname: 'frame.example.com' }))
      .toEqual({ defaultCountry: 'NL', tabCountry: 'DE', pageCountry: 'DE', countries: ['DE', 'FR'] });
  });
});

describe('callChosenNumber', () => {
  it('a selection without a number: a red “!” on the tab, the reason in its title and in Recent calls', async () => {
    useLocale('cs');
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no window'));
    await callChosenNumber(failWith('errSelectionNoNumber', 'Ahoj'), 3, { chosenText: 'Ahoj' });
    expect(badge).toHaveBeenCalledWith({ tabId: 3, text: '!' });
    expect(title.mock.calls[0]![0]).toMatchObject({ tabId: 3, title: expect.stringContaining('ThruDial v „Ahoj“ nenašel žádné telefonní číslo.') });
    expect((await loadHistory())[0]).toMatchObject({ number: 'Ahoj', outcome: 'error', detail: 'ThruDial v „Ahoj“ nenašel žádné telefonní číslo.' });
  });

  it('a failure without a tab opens the popup in a tab, where Recent calls shows it', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no window'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await callChosenNumber(fail('No tab.'), undefined, { chosenText: '' });
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/popup.html') });
  });
});
