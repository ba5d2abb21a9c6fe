/**
 * The page the user is looking at: the active tab of the last focused normal window. The popup
 * itself is not a window, and a popup.html opened in its own window (keyboard users, tests) is
 * not a normal one, so this is the same tab either way.
 */
import { browser } from 'wxt/browser';

export async function currentTab(): Promise<{ id?: number; url?: string } | undefined> {
  try {
    const win = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
    const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
    return tab; // its url is visible with activeTab (the toolbar click) or a granted site
  } catch {
    return undefined;
  }
}
