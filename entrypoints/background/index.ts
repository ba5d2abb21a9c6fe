import { browser, type Browser } from 'wxt/browser';
import { acceptMessage } from '@/utils/messaging/message-guard';
import { loadManagedPolicy, watchSitePolicy } from '@/utils/settings/store';
import { onInstalled } from './install';
import { syncContentScript } from './content-registration';
import { forgetTab } from './frame-counts';
import { siteUrlOf } from './sender-site';
import { handleCall, handleMatchRuns, handlePageConfig, handleTestCall } from './handlers';
import { registerCommands } from './commands';
import { registerContextMenu } from './context-menu';
import { handleNumbersFound, handleSiteStatus, notifySitePolicyChanged } from './site-control';

export default defineBackground(() => {
  // Content scripts may not read extension storage at all (Chrome; session is so by default); browsers without the call skip it.
  for (const area of [browser.storage.local, browser.storage.sync]) {
    const { setAccessLevel } = area as { setAccessLevel?: (details: { accessLevel: string }) => Promise<void> | void };
    void Promise.resolve(setAccessLevel?.call(area, { accessLevel: 'TRUSTED_CONTEXTS' })).catch(() => undefined);
  }
  // Chromium's first managed-policy read after a browser start is slow: start it before any call needs it.
  void loadManagedPolicy();
  registerContextMenu(); // context menu on selections and tel:/callto: links
  registerCommands(); // keyboard shortcut: call the selected number
  // %installid%, the default country from the browser's region, the welcome page (install.ts).
  browser.runtime.onInstalled.addListener((details) => void onInstalled(details));

  // The content script runs only where the user granted it; keep its registration in step.
  void syncContentScript();
  // A change re-registers it (and runs it in open tabs newly covered); running scripts re-check their site.
  const onGrantChanged = () => void syncContentScript().then(notifySitePolicyChanged);
  browser.permissions.onAdded.addListener(onGrantChanged);
  browser.permissions.onRemoved.addListener(onGrantChanged);
  watchSitePolicy(() => void notifySitePolicyChanged());

  // Each frame clears its own count on pagehide (site-gate.ts); a closed tab's counts go with it.
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

  // Every answer is a promise: webextension-polyfill answers a message only when its listener
  // returns one (a plain value reaches the sender as no answer at all).
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const message = acceptMessage(
      raw,
      { id: sender.id, url: sender.url, tabId: sender.tab?.id },
      browser.runtime.id,
      browser.runtime.getURL('/'),
    );
    if (!message) return undefined;
    const senderSite = () => siteUrlOf({ url: sender.url, origin: (sender as { origin?: string }).origin, tabUrl: sender.tab?.url });
    switch (message.type) {
      case 'call':
        return handleCall(message, sender.tab?.id);
      case 'test-call':
        return handleTestCall(message);
      case 'page-config':
        return handlePageConfig(sender.tab?.url, message.page, sender.tab && { siteUrl: senderSite(), runs: message.runs });
      case 'match-runs':
        return handleMatchRuns(message);
      case 'site-status':
        return handleSiteStatus(senderSite());
      case 'page-site-status':
        return handleSiteStatus(message.url);
      case 'numbers-found':
        return handleNumbersFound(message.count, sender.tab?.id, sender.frameId ?? 0);
    }
  });
});
