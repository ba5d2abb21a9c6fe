/** entrypoints/background/install.ts with the fake browser: what an install and an update do. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserCountry, onInstalled } from '../entrypoints/background/install';
import { loadSettings } from '../utils/settings/store';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.stubGlobal('navigator', { language: undefined, languages: [] });
});

function uiLanguage(tag: string) {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
}

describe('onInstalled', () => {
  it('a fresh install in a Dutch browser gets NL as the default country, and the welcome page', async () => {
    uiLanguage('nl');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onInstalled({ reason: 'install' });
    expect((await loadSettings()).defaultCountry).toBe('NL');
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/welcome.html') });
    expect(await fakeBrowser.storage.local.get('installId')).toMatchObject({ installId: expect.any(String) });
  });

  it('an update keeps the stored country and opens nothing', async () => {
    uiLanguage('nl');
    await onInstalled({ reason: 'install' });
    uiLanguage('de-AT');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onInstalled({ reason: 'update' });
    expect((await loadSettings()).defaultCountry).toBe('NL');
    expect(create).not.toHaveBeenCalled();
  });

  it('navigator.language counts first: Chromium may still report an en-US UI right after install', () => {
    uiLanguage('en-US');
    vi.stubGlobal('navigator', { language: 'nl', languages: ['nl'] });
    expect(browserCountry()).toBe('NL');
  });

  it('the browser’s region counts before its language', () => {
    uiLanguage('nl-BE');
    expect(browserCountry()).toBe('BE');
  });
});
