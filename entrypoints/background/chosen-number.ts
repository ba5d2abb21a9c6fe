/**
 * A number the user chose in the browser's own UI (context menu, keyboard shortcut) -> a call,
 * with the outcome made visible: there is no page widget or popup to show it in.
 * Failures: a red "!" badge with the reason as the toolbar button's title, an entry in Recent
 * calls, and the popup opened where the browser allows it (it shows Recent calls).
 */
import { browser } from 'wxt/browser';
import { countryFromPage, resolveDefaultCountry } from '@/utils/protocol/country';
import { failureText, t } from '@/utils/i18n';
import { quotedSelection } from '@/utils/menu-target';
import type { Result } from '@/utils/protocol/result';
import { addHistory, loadSettings } from '@/utils/settings/store';
import { handleCall } from './handlers';

/** The country for numbers written in national format, as the content script would pick it (minus <html lang>). */
export async function countryForPage(pageUrl: string | undefined, lang?: string): Promise<string | undefined> {
  let hostname = '';
  try {
    hostname = pageUrl ? new URL(pageUrl).hostname : '';
  } catch {
    // not a URL: no hint from it
  }
  const settings = await loadSettings();
  return resolveDefaultCountry(countryFromPage(lang, hostname), settings.defaultCountry, globalThis.navigator?.language);
}

/**
 * Calls `target` (already extracted and parsed) from `tabId`; `mode: 'qr'` forces QR mode.
 * `chosenText` is what the user picked, recorded when no number could be taken from it.
 */
export async function callChosenNumber(
  target: Result<string>,
  tabId: number | undefined,
  options: { chosenText: string; mode?: 'qr' },
): Promise<void> {
  if (!target.ok) {
    const reason = failureText(target);
    await addHistory({ number: quotedSelection(options.chosenText) || t('selectedText'), time: Date.now(), outcome: 'error', detail: reason });
    await showNotice(tabId, reason);
    return;
  }
  const outcome = await handleCall({ type: 'call', number: target.value, ...(options.mode ? { mode: options.mode } : {}) }, tabId);
  if (outcome.kind === 'message' || outcome.kind === 'error') {
    await showNotice(tabId, outcome.message);
    return;
  }
  await clearNotice(tabId);
  // A QR code is only useful on screen: the popup shows the newest dial string's QR.
  if (outcome.kind === 'dialed' && outcome.mode === 'qr') await showPopup({ fallbackToTab: true });
}

/** The popup (Chrome 127+, Firefox within a user action); it fails without a focused window. */
async function showPopup(options: { fallbackToTab: boolean }): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    if (options.fallbackToTab) await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

const NOTICE_COLOR = '#b3261e';
const NOTICE_BADGE = '!';

/**
 * The badge otherwise counts the numbers on the page (site-control.ts); the "!" stands in for the
 * count until the page reports numbers again, the tab navigates, or a call from it succeeds.
 */
async function showNotice(tabId: number | undefined, message: string): Promise<void> {
  if (tabId === undefined) {
    await showPopup({ fallbackToTab: true }); // no tab to mark: the reason is in Recent calls
    return;
  }
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: NOTICE_BADGE }),
    browser.action.setBadgeBackgroundColor({ tabId, color: NOTICE_COLOR }),
    browser.action.setTitle({ tabId, title: t('noticeTitle', message) }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
  // The reason is also at the top of Recent calls in the popup.
  await showPopup({ fallbackToTab: false });
}

/** Takes back this module's own notice only; a number count on the badge stays. */
async function clearNotice(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  try {
    // Chrome keeps '' as this tab's title, so put back the manifest's own (__MSG_actionTitle__).
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
    if ((await browser.action.getBadgeText({ tabId })) === NOTICE_BADGE) await browser.action.setBadgeText({ tabId, text: '' });
  } catch {
    // the tab closed meanwhile
  }
}

/**
 * Puts the listeners' own functions on the service worker's global scope, for the real-browser
 * tests (automation can open neither the native context menu nor fire a browser shortcut).
 * Harmless in production: no web page or content script can reach this scope, only this
 * extension's worker itself and a debugger attached to it, which could call anything anyway.
 */
export function exposeForTests(functions: Record<string, unknown>): void {
  const scope = globalThis as { __thrudialTest?: Record<string, unknown> };
  scope.__thrudialTest = { ...scope.__thrudialTest, ...functions };
}
