/** entrypoints/background/site-control.ts with the fake browser: the site decision from the lists in force. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleNumbersFound, handleSiteStatus } from '../entrypoints/background/site-control';
import { handleMatchRuns, handlePageConfig } from '../entrypoints/background/handlers';
import { updateSitePolicy } from '../utils/settings/store';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://*/*'], permissions: [] });
});

describe('site-status', () => {
  it('a granted site is on; a site the user paused is paused', async () => {
    expect(await handleSiteStatus('https://shop.example/a')).toBe('on');
    await updateSitePolicy((policy) => ({ ...policy, paused: ['https://shop.example'] }));
    expect(await handleSiteStatus('https://shop.example/a')).toBe('paused');
  });

  it('a site the administrator denied is denied, though the user’s own lists do not name it', async () => {
    await fakeBrowser.storage.managed.set({ denySites: ['shop.example'] });
    expect(await handleSiteStatus('https://shop.example/a')).toBe('denied');
  });

  it('no URL, or not a web page: no permission', async () => {
    expect(await handleSiteStatus(undefined)).toBe('no-permission');
    expect(await handleSiteStatus('chrome://settings')).toBe('no-permission');
  });
});

describe("page-config from a tab: the site's status in the same answer", () => {
  it("answers the sender's own site, as site-status would", async () => {
    await updateSitePolicy((policy) => ({ ...policy, paused: ['https://paused.example'] }));
    expect(await handlePageConfig(undefined, undefined, { siteUrl: 'https://shop.example/a' })).toMatchObject({ site: 'on' });
    expect(await handlePageConfig(undefined, undefined, { siteUrl: 'https://paused.example/a' })).toMatchObject({ site: 'paused' });
    expect(await handlePageConfig(undefined, undefined, { siteUrl: undefined })).toMatchObject({ site: 'no-permission' });
  });

  it('gives no status to a script outside a tab', async () => {
    expect(await handlePageConfig(undefined)).not.toHaveProperty('site');
  });
});

describe('numbers-found', () => {
  it('counts on the badge, capped at 999+, and clears for none', async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await handleNumbersFound(3, 5, 0);
    await handleNumbersFound(1234, 5, 0);
    await handleNumbersFound(0, 5, 0);
    expect(text.mock.calls.map(([details]) => details)).toEqual([{ tabId: 5, text: '3' }, { tabId: 5, text: '999+' }, { tabId: 5, text: '' }]);
  });

  it("adds up the tab's frames, each frame's new count replacing its old one", async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await handleNumbersFound(2, 7, 0);
    await handleNumbersFound(3, 7, 4);
    await handleNumbersFound(1, 7, 4);
    await handleNumbersFound(0, 7, 0);
    expect(text.mock.calls.map(([details]) => details.text)).toEqual(['2', '5', '3', '1']);
  });
});

describe('the first screenful, in the start-up page-config before the page knows its status', () => {
  const run = { text: 'Call (213) 373-4253', labelBefore: '', columnHeader: '', headingAbove: '' };
  const page = { lang: 'en-US', hostname: 'shop.example' };

  it("is matched for the countries of the page's hints on a site where ThruDial runs", async () => {
    const config = await handlePageConfig('https://shop.example/', page, { siteUrl: 'https://shop.example/', runs: [run] });
    expect(config).toMatchObject({ site: 'on', countries: ['US'] });
    expect(config.matches!.map((a) => a.map((m) => m.text))).toEqual([['(213) 373-4253']]);
  });

  it('gets no matches at all on a site the user paused, or with no site (the tracker asks again if the site is resumed)', async () => {
    await updateSitePolicy((policy) => ({ ...policy, paused: ['https://shop.example'] }));
    expect(await handlePageConfig('https://shop.example/', page, { siteUrl: 'https://shop.example/', runs: [run] })).not.toHaveProperty('matches');
    expect(await handlePageConfig(undefined, page, { siteUrl: undefined, runs: [run] })).not.toHaveProperty('matches');
  });
});

describe('match-runs', () => {
  it('matches each run for the countries given', async () => {
    const run = { text: 'Call (213) 373-4253 or 030 2345 6700', labelBefore: '', columnHeader: '', headingAbove: '' };
    const texts = async (countries: string[]) => (await handleMatchRuns({ type: 'match-runs', countries, runs: [run] })).map((a) => a.map((m) => m.text));
    expect(await texts(['US'])).toEqual([['(213) 373-4253']]);
    expect((await texts(['DE']))[0]).toContain('030 2345 6700');
  });
});
