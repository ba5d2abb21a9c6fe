/**
 * Popup: the numbers the current page shows, in page order, each with its label and a Call and a
 * QR button. The popup asks the tab's content script directly (entrypoints/content/page-numbers.ts);
 * a page ThruDial does not run on answers nothing and the list is not shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { acceptPageNumbers } from '../utils/messaging/page-numbers-guard';
import type { Message, PageNumber, PageNumbers as PageNumbersAnswer } from '../utils/messaging/messages';
import { currentTab } from './current-tab';

async function askCurrentPage(): Promise<PageNumbersAnswer | undefined> {
  const tab = await currentTab();
  if (tab?.id === undefined) return undefined;
  try {
    // The top frame only: the page the user sees, not its embedded frames.
    const answer: unknown = await browser.tabs.sendMessage(tab.id, { type: 'page-numbers' } satisfies Message, { frameId: 0 });
    return acceptPageNumbers(answer);
  } catch {
    return undefined; // no content script there (not granted, paused, a browser page)
  }
}

/** `onCall` is ignored by the popup while a call runs; the buttons stay enabled so that focus stays where it is. */
export function PageNumbers({ onCall }: { onCall: (number: PageNumber, mode?: 'qr') => void }) {
  const [answer, setAnswer] = useState<PageNumbersAnswer | undefined>(undefined);
  useEffect(() => {
    void askCurrentPage().then(setAnswer);
  }, []);
  if (!answer) return null;
  const more = answer.total - answer.numbers.length;
  return (
    <section class="page-numbers" aria-labelledby="page-numbers-heading" data-testid="page-numbers">
      <h2 id="page-numbers-heading">{t('pageNumbersHeading')}</h2>
      {answer.numbers.length === 0 ? (
        <p class="muted">{t('pageNumbersNone')}</p>
      ) : (
        <ul class="page-number-list">
          {answer.numbers.map((number, index) => {
            const named = number.label ? t('pageNumberLabelled', number.text, number.label) : number.text;
            return (
              <li key={index} class="page-number">
                <span class="page-number-text">
                  {number.label && <span class="page-number-label" dir="auto">{number.label}</span>}
                  <span class="page-number-digits" dir="ltr">{number.text}</span>
                </span>
                <button type="button" aria-label={t('pageNumberCall', named)} onClick={() => onCall(number)}>
                  {t('popupCall')}
                </button>
                <button type="button" aria-label={t('pageNumberQr', named)} onClick={() => onCall(number, 'qr')}>
                  {t('widgetQr')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {more > 0 && <p class="muted">{t('pageNumbersMore', more)}</p>}
    </section>
  );
}
