import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/**
 * The popup, as a user would open it over `site`: in its own (non-normal) window, so the
 * browsing window with `site` stays the last focused normal window and `site` the current tab.
 */
/** `readyTestId`: an element of the popup to wait for (the popup renders after its load event). */
export async function openPopupOver(h: Harness, site: Page, readyTestId?: string): Promise<Page> {
  await site.bringToFront();
  const opened = h.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
  await (await h.worker()).evaluate(
    (url) => (globalThis as any).chrome.windows.create({ url, type: 'popup', focused: false, width: 400, height: 600 }),
    `chrome-extension://${h.extensionId}/popup.html`,
  );
  const popup = await opened;
  await popup.waitForLoadState();
  if (readyTestId) await popup.getByTestId(readyTestId).waitFor();
  return popup;
}
