import { browser, type Browser } from 'wxt/browser';
import { acceptMessage } from '@/utils/message-guard';
import { installIdItem, loadManagedPolicy, sitePolicyItem } from '@/utils/store';
import { syncContentScript } from './content-registration';
import { forgetTab } from './frame-counts';
import { siteUrlOf } from './sender-site';
import { handleCall, handlePageConfig, handleTestCall } from './handlers';
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
  // Creates %installid% once; storage keeps it across updates.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void installIdItem.getValue();
    // First run: explain which sites ThruDial asks for and why (entrypoints/welcome).
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // The content script runs only where the user granted it; keep its registration in step.
  void syncContentScript();
  // A change re-registers it (and runs it in open tabs newly covered); running scripts re-check their site.
  const onGrantChanged = () => void syncContentScript().then(notifySitePolicyChanged);
  browser.permissions.onAdded.addListener(onGrantChanged);
  browser.permissions.onRemoved.addListener(onGrantChanged);
  sitePolicyItem.watch(() => void notifySitePolicyChanged());

  // Each frame clears its own count on pagehide (site-gate.ts); a closed tab's counts go with it.
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = acceptMessage(
      raw,
      { id: sender.id, url: sender.url, tabId: sender.tab?.id },
      browser.runtime.id,
      browser.runtime.getURL('/'),
    );
    if (!message) return undefined;
    switch (message.type) {
      case 'call':
        return handleCall(message, sender.tab?.id);
      case 'test-call':
        return handleTestCall(message);
      case 'page-config':
        return handlePageConfig(sender.tab?.url);
      case 'site-status':
        return handleSiteStatus(siteUrlOf({ url: sender.url, origin: (sender as { origin?: string }).origin, tabUrl: sender.tab?.url }));
      case 'numbers-found':
        return handleNumbersFound(message.count, sender.tab?.id, sender.frameId ?? 0);
    }
  });
});
