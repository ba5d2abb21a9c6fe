/**
 * Per-site control and the toolbar badge: whether the content script runs on a page
 * (utils/sites/site-policy.ts decides), telling open pages when that may have changed, and the
 * count of numbers found shown on the toolbar icon.
 */
import { browser } from 'wxt/browser';
import { recordFrameCount } from './frame-counts';
import type { Message } from '@/utils/messaging/messages';
import { siteDecision, type SiteDecision } from '@/utils/sites/site-policy';
import { loadEffectiveSitePolicy } from '@/utils/settings/store';

const BADGE_COLOR = '#1a66d2';

/** `site-status`: answered for the sender's own page URL (set by the browser), never for page-supplied data. */
export async function handleSiteStatus(senderUrl: string | undefined): Promise<SiteDecision> {
  if (!senderUrl) return 'no-permission';
  const [policy, granted] = await Promise.all([loadEffectiveSitePolicy(), browser.permissions.getAll()]);
  return siteDecision(senderUrl, policy, granted.origins ?? []);
}

/** `numbers-found`: the badge on this tab's toolbar icon; empty for none. */
export async function handleNumbersFound(frameCount: number, tabId: number | undefined, frameId: number): Promise<void> {
  if (tabId === undefined) return;
  const count = recordFrameCount(tabId, frameId, frameCount);
  const text = count === 0 ? '' : count > 999 ? '999+' : String(count);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/** Asks every content script to check `site-status` again; tabs without one simply do not answer. */
export async function notifySitePolicyChanged(): Promise<void> {
  const message: Message = { type: 'site-policy-changed' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))),
  );
}
