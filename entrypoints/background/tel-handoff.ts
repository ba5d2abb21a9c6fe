/**
 * Hands a tel: URI to the system without navigating the user's page or the popup: an extension
 * tab opens ACTIVE next to the user's tab and navigates to the URI. A browser that asks first
 * ("Open xdg-open?" in Chromium, "Launch application" in Firefox) asks inside that tab, where the
 * user is looking. The dial page reports its focus and visibility over a port; the decision of
 * what that means is tel-handoff-decision.ts. When done, the opener tab is made active again and
 * the dial tab closed.
 */
import { browser, type Browser } from 'wxt/browser';
import { ASKING_LIMIT_MS, DIAL_PORT, QUIET_MS, START, acceptDialPageMessage, decide, type DialPageCommand, type HandoffEvent, type HandoffResult } from './tel-handoff-decision';

export type { HandoffResult } from './tel-handoff-decision';

/** Only ends a wait for a dial page that never comes up (the browser refused to open it). */
const PAGE_LOAD_LIMIT_MS = 30_000;

export async function handTelToSystem(telUri: string, openerTabId?: number): Promise<HandoffResult> {
  // The page's address names this hand-off, so its port is told apart from any other dial tab's.
  const pageUrl = browser.runtime.getURL(`/dial.html?call=${crypto.randomUUID()}`);
  const opener = await openerTab(openerTabId);
  let tabId: number | undefined;
  let windowId: number | undefined;
  let telSent = false;
  let finished = false;
  let port: Browser.runtime.Port | undefined;
  let state = START;
  let settle: (result: HandoffResult) => void = () => undefined;
  const result = new Promise<HandoffResult>((resolve) => (settle = resolve));
  const timers: ReturnType<typeof setTimeout>[] = [];
  const after = (ms: number, event: HandoffEvent) => timers.push(setTimeout(() => apply(event), ms));

  function apply(event: HandoffEvent): void {
    if (finished) return;
    if (tabId === undefined && event.type !== 'tab-closed') return;
    const step = decide(state, event);
    if ('done' in step) return void finish(step.done, event.type !== 'tab-closed');
    if (step.showAsking && state.phase !== 'asking') {
      port?.postMessage({ type: 'asking' } satisfies DialPageCommand);
      after(ASKING_LIMIT_MS, { type: 'deadline' });
    }
    state = step.next;
  }

  async function finish(outcome: HandoffResult, close: boolean): Promise<void> {
    if (finished) return;
    finished = true;
    timers.forEach(clearTimeout);
    browser.runtime.onConnect.removeListener(onConnect);
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.tabs.onActivated.removeListener(onActivated);
    if (close && tabId !== undefined) await closeDialTab(tabId, opener?.id);
    settle(outcome);
  }

  function onConnect(p: Browser.runtime.Port): void {
    if (p.name !== DIAL_PORT || p.sender?.url !== pageUrl || p.sender.tab?.id === undefined) return;
    if (port) return void p.disconnect();
    port = p;
    tabId = p.sender.tab.id;
    windowId ??= p.sender.tab.windowId;
    p.onMessage.addListener((raw: unknown) => {
      const message = acceptDialPageMessage(raw);
      if (message) apply(message);
    });
    // The dial page went away. With the tab still there, something replaced it: in Firefox, the
    // error page for a protocol nothing takes (whose tab keeps reporting the dial page's URL).
    p.onDisconnect.addListener(() => {
      const id = tabId!;
      void browser.tabs.get(id).then(
        () => apply({ type: telSent ? 'error-page' : 'tab-closed' }),
        () => apply({ type: 'tab-closed' }),
      );
    });
    // The dial page is up: hand the URI over from it.
    telSent = true;
    void browser.tabs.update(tabId, { url: telUri }).then(
      () => {
        apply({ type: 'tel-started' });
        after(QUIET_MS, { type: 'quiet-over' });
      },
      () => void finish('no-handler', true),
    );
  }

  function onRemoved(id: number): void {
    if (id === tabId) apply({ type: 'tab-closed' });
  }

  function onActivated(active: Browser.tabs.OnActivatedInfo): void {
    if (tabId !== undefined && active.tabId !== tabId && active.windowId === windowId) apply({ type: 'tab-left' });
  }

  browser.runtime.onConnect.addListener(onConnect);
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onActivated.addListener(onActivated);
  try {
    // Next to the tab the call came from, in its window (an opener must share the new tab's window).
    const placement = opener?.id === undefined ? {} : { openerTabId: opener.id, windowId: opener.windowId, index: opener.index + 1 };
    const tab = await browser.tabs.create({ url: pageUrl, active: true, ...placement });
    tabId ??= tab.id;
    windowId = tab.windowId;
    timers.push(setTimeout(() => { if (!port) void finish('no-handler', true); }, PAGE_LOAD_LIMIT_MS));
  } catch {
    void finish('no-handler', false);
  }
  return result;
}

/** The tab the call came from; for the toolbar popup (not a tab), the tab it was opened over. */
async function openerTab(openerTabId?: number): Promise<Browser.tabs.Tab | undefined> {
  if (openerTabId !== undefined) return browser.tabs.get(openerTabId).catch(() => undefined);
  try {
    const win = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
    const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
    return tab;
  } catch {
    return undefined;
  }
}

/**
 * Gives the user back the tab they came from (when they are still on the dial tab), then closes it.
 * Measured: Chromium 156 shows the tab to the right on close, not the opener; Firefox 153 goes back
 * to the owner (browser.tabs.selectOwnerOnClose). Activating the opener first suits both.
 */
async function closeDialTab(tabId: number, openerId?: number): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return;
  if (tab.active && openerId !== undefined) await browser.tabs.update(openerId, { active: true }).catch(() => undefined);
  await browser.tabs.remove(tabId).catch(() => undefined);
}
