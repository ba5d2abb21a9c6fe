/**
 * Hands a tel: URI to the system without navigating the user's page or the popup: a short-lived,
 * inactive extension tab navigates to the URI and is closed again. The user's page is never the
 * one that navigates, so a browser that shows an error page for an unknown protocol (Firefox's
 * about:neterror?e=unknownProtocolFound) shows it in that tab, where ThruDial notices and closes it.
 */
import { browser, type Browser } from 'wxt/browser';

type Tab = Browser.tabs.Tab;

/**
 * How long the dial tab waits for an error page after the tel: navigation started. Firefox
 * replaces the page within tens of ms when no application takes tel: (measured idle: 31 ms);
 * nothing at all happens when one does, so only a quiet period can say "taken".
 */
export const ERROR_PAGE_WAIT_MS = 1500;

export type HandoffResult = 'handed-off' | 'no-handler';

export async function handTelToSystem(telUri: string, openerTabId?: number): Promise<HandoffResult> {
  const pageUrl = browser.runtime.getURL('/dial.html');
  // Next to the tab the call came from, in that tab's window (an opener must share the new tab's window).
  const opener = openerTabId === undefined ? undefined : await browser.tabs.get(openerTabId).catch(() => undefined);
  const placement = opener?.id === undefined ? {} : { openerTabId: opener.id, windowId: opener.windowId };
  const tab = await browser.tabs.create({ url: pageUrl, active: false, ...placement });
  const tabId = tab.id!;
  const close = () => browser.tabs.remove(tabId).catch(() => undefined);
  const loaded = await untilTab(tabId, (t) => t.status === 'complete');
  if (!loaded) return 'no-handler';
  if (!import.meta.env.FIREFOX) {
    // Chromium shows no error page for a protocol nothing takes, so there is nothing to wait for;
    // the tab stays a moment so the browser can finish handing the URI over.
    await browser.tabs.update(tabId, { url: telUri });
    setTimeout(() => void close(), ERROR_PAGE_WAIT_MS);
    return 'handed-off';
  }
  try {
    const left = untilTab(tabId, (t) => t.url !== pageUrl);
    await browser.tabs.update(tabId, { url: telUri });
    return await Promise.race([left.then((t) => (t ? 'no-handler' : 'handed-off')), quiet(ERROR_PAGE_WAIT_MS).then(() => 'handed-off' as const)]);
  } finally {
    await close();
  }
}

/** Resolves with the tab once `test` holds for it (checked now and on every update), or undefined once it is closed. */
function untilTab(tabId: number, test: (tab: Tab) => boolean): Promise<Tab | undefined> {
  return new Promise((resolve) => {
    const listener = (id: number, _change: unknown, tab: Tab) => {
      if (id === tabId && test(tab)) done(tab);
    };
    const removed = (id: number) => {
      if (id === tabId) finish(() => resolve(undefined));
    };
    const finish = (settle: () => void) => {
      browser.tabs.onUpdated.removeListener(listener);
      browser.tabs.onRemoved.removeListener(removed);
      settle();
    };
    const done = (tab: Tab) => finish(() => resolve(tab));
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.onRemoved.addListener(removed);
    void browser.tabs.get(tabId).then((tab) => { if (test(tab)) done(tab); }, () => undefined);
  });
}

function quiet(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
