/**
 * Keyboard shortcuts (manifest `commands`): `call-selection` calls the number selected on the
 * page; `_execute_action` (opening the dialer popup) is handled by the browser itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { MAX_SELECTION_LENGTH, numberFromSelection } from '@/utils/menu-target';
import { t } from '@/utils/i18n';
import { fail } from '@/utils/protocol/result';
import { callChosenNumber, countryForPage, exposeForTests } from './chosen-number';

export const CALL_SELECTION = 'call-selection';

interface PageSelection {
  text: string;
  lang: string;
}

/**
 * The selection in the tab's top frame, read with the activeTab grant the shortcut gives.
 * Runs in the isolated world; what it returns is still page-controlled text, checked below.
 */
async function readSelection(tabId: number): Promise<PageSelection | undefined> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => ({ text: getSelection()?.toString() ?? '', lang: document.documentElement.lang }),
    });
    const result = frame?.result as Partial<PageSelection> | undefined;
    return {
      text: typeof result?.text === 'string' ? result.text.slice(0, MAX_SELECTION_LENGTH + 1) : '',
      lang: typeof result?.lang === 'string' ? result.lang.slice(0, 35) : '',
    };
  } catch {
    return undefined; // browser pages (chrome://, the web store) and closed tabs
  }
}

export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== CALL_SELECTION) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (tabId === undefined) return callChosenNumber(fail(t('errNoTab')), undefined, { chosenText: '' });
  const selection = await readSelection(tabId);
  if (!selection)
    return callChosenNumber(fail(t('errCannotReadSelection')), tabId, { chosenText: '' });
  const country = await countryForPage(tab?.url, selection.lang);
  return callChosenNumber(numberFromSelection(selection.text, country), tabId, { chosenText: selection.text });
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  exposeForTests({ onCommand });
}
