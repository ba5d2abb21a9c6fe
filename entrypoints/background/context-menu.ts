/**
 * Context menu: "Call “%s” with ThruDial" on selected text, "Call with ThruDial" and
 * "Show QR code" on tel: and callto: links.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { numberFromLink, numberFromSelection } from '@/utils/menu-target';
import { callChosenNumber, countryForPage, exposeForTests } from './chosen-number';

export const MENU = {
  callSelection: 'call-selection',
  callLink: 'call-link',
  qrLink: 'qr-link',
} as const;

const PHONE_LINKS = ['tel:*', 'callto:*'];

/** Menus persist across service-worker restarts, so they are made once per install or update. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const report = () => {
    const error = browser.runtime.lastError;
    if (error) console.error('ThruDial could not create a context menu item:', error.message);
  };
  browser.contextMenus.create({ id: MENU.callSelection, title: t('menuCallSelection'), contexts: ['selection'] }, report);
  browser.contextMenus.create({ id: MENU.callLink, title: t('menuCallLink'), contexts: ['link'], targetUrlPatterns: PHONE_LINKS }, report);
  browser.contextMenus.create({ id: MENU.qrLink, title: t('menuQrLink'), contexts: ['link'], targetUrlPatterns: PHONE_LINKS }, report);
}

export async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  // TAB_ID_NONE (-1) when the menu was not opened in a tab.
  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
  const country = await countryForPage(info.pageUrl ?? tab?.url);
  switch (info.menuItemId) {
    case MENU.callSelection: {
      const text = info.selectionText ?? '';
      return callChosenNumber(numberFromSelection(text, country), tabId, { chosenText: text });
    }
    case MENU.callLink:
      return callChosenNumber(numberFromLink(info.linkUrl, country), tabId, { chosenText: info.linkUrl ?? '' });
    case MENU.qrLink:
      return callChosenNumber(numberFromLink(info.linkUrl, country), tabId, { chosenText: info.linkUrl ?? '', mode: 'qr' });
  }
}

/** Call synchronously from the background's main: MV3 only wakes a worker for listeners added at startup. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  exposeForTests({ onMenuClick, createMenus });
}
