/** The background's context menu and content-script registration with the fake browser, beside their e2e coverage. */
// The tel: hand-off opens and watches a browser tab: covered by tests/e2e/tel-handoff and the Firefox suite.
const handOff = vi.hoisted(() => ({ calls: [] as [string, number | undefined][] }));
vi.mock('../entrypoints/background/tel-handoff', () => ({
  handTelToSystem: async (telUri: string, tabId?: number) => {
    handOff.calls.push([telUri, tabId]);
    return 'handed-off';
  },
}));
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_ID, syncContentScript } from '../entrypoints/background/content-registration';
import { MENU, onMenuClick } from '../entrypoints/background/context-menu';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_RUN_AT } from '../utils/sites/content-script';
import { loadHistory, saveSettings } from '../utils/settings/store';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('context menu', () => {
  it('“Call with ThruDial” on a tel: link calls its number from that tab', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, offlineMode: 'always', cth_access_number: '+15550001111', custom: { 'x-cth-pin': '1' } });
    handOff.calls.length = 0;
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'getBadgeText').mockResolvedValue('');
    await onMenuClick({ menuItemId: MENU.callLink, linkUrl: 'tel:+1-213-373-4253', editable: false, pageUrl: 'https://shop.example/' } as never, { id: 4 } as never);
    expect(handOff.calls).toEqual([['tel:+15550001111,,1%2312133734253%23', 4]]);
    expect((await loadHistory())[0]).toMatchObject({ number: '+12133734253', outcome: 'dialed' });
  });
});

describe('content-script registration', () => {
  /**
   * The browser's registrations in memory (the fake browser has no scripting API), given back as
   * Chromium gives them: file paths without their leading slash.
   */
  function fakeScripting(registered: Record<string, unknown>[]) {
    const withoutSlash = (files: unknown) => ((files ?? []) as string[]).map((f) => f.replace(/^\//, ''));
    const asGivenBack = (r: Record<string, unknown>) => ({ ...r, js: withoutSlash(r.js), css: withoutSlash(r.css) });
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered.map(asGivenBack) as never[]),
      registerContentScripts: vi.fn(async (scripts: Record<string, unknown>[]) => void registered.push(...scripts)),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
      executeScript: vi.fn(async () => []),
      insertCSS: vi.fn(async () => undefined),
    };
    (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    return scripting;
  }

  it('registers the content script for exactly the granted origins, and removes it when none are left', async () => {
    const getAll = vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://shop.example/*'], permissions: [] });
    const registered: Record<string, unknown>[] = [];
    fakeScripting(registered);
    await syncContentScript();
    expect(registered).toMatchObject([
      { id: CONTENT_SCRIPT_ID, matches: ['https://shop.example/*'], css: ['/underline.css'], runAt: 'document_start', allFrames: true },
    ]);
    getAll.mockResolvedValue({ origins: [], permissions: [] });
    await syncContentScript();
    expect(registered).toEqual([]);
  });

  it('replaces a registration of an older version that ran at another time, and keeps one that is up to date (as the browser gives it back)', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://shop.example/*'], permissions: [] });
    const older = { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], css: ['/underline.css'], matches: ['https://shop.example/*'], runAt: 'document_idle', allFrames: true };
    const registered: Record<string, unknown>[] = [older];
    const scripting = fakeScripting(registered);
    await syncContentScript();
    expect(registered).toMatchObject([{ id: CONTENT_SCRIPT_ID, runAt: 'document_start' }]);
    await syncContentScript();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it("replaces a registration of the older file (WXT's content-scripts/content.js, before the content script was an unlisted script)", async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://shop.example/*'], permissions: [] });
    const older = { id: CONTENT_SCRIPT_ID, js: ['/content-scripts/content.js'], css: ['/underline.css'], matches: ['https://shop.example/*'], runAt: CONTENT_SCRIPT_RUN_AT, allFrames: true };
    const registered: Record<string, unknown>[] = [older];
    const scripting = fakeScripting(registered);
    await syncContentScript();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(registered).toMatchObject([{ id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE] }]);
  });
});
