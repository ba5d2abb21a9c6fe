/**
 * The popup's "Numbers on this page" across the messaging boundary: who may ask a content script
 * for the numbers its page shows, and the shape of the answer the popup accepts (page-derived data).
 */
import { fromOwnPage, isString, MAX_COUNT, MAX_NUMBER_LENGTH, type SenderInfo } from './guard-basics';
import type { PageNumber, PageNumbers } from './messages';

/** Only our own pages (the popup, also when opened in a tab) may read the numbers a page shows. */
export function isPageNumbersRequest(raw: unknown, sender: SenderInfo, ownId: string, ownBaseUrl: string): boolean {
  return sender.id === ownId && (raw as { type?: unknown } | null)?.type === 'page-numbers' && fromOwnPage(sender, ownBaseUrl);
}

/** How many numbers a 'page-numbers' answer lists at most (the rest are counted in `total`). */
export const MAX_PAGE_NUMBERS = 200;
/** Longest label kept ("Customer service, weekdays"); longer page text is cut. */
export const MAX_LABEL_LENGTH = 60;

/**
 * The content script's answer to 'page-numbers', checked by the popup: it is page-derived data.
 * Anything malformed gives undefined; well-formed entries are copied field by field.
 */
export function acceptPageNumbers(raw: unknown): PageNumbers | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const answer = raw as Record<string, unknown>;
  if (!Array.isArray(answer.numbers) || answer.numbers.length > MAX_PAGE_NUMBERS) return undefined;
  if (!Number.isSafeInteger(answer.total) || (answer.total as number) < answer.numbers.length || (answer.total as number) > MAX_COUNT)
    return undefined;
  const numbers: PageNumber[] = [];
  for (const entry of answer.numbers as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const e = entry as Record<string, unknown>;
    if (!isString(e.text, MAX_NUMBER_LENGTH) || e.text.trim() === '') return undefined;
    if (e.country !== undefined && !(isString(e.country, 2) && /^[A-Z]{2}$/.test(e.country))) return undefined;
    if (e.label !== undefined && !(isString(e.label, MAX_LABEL_LENGTH) && e.label.trim() !== '')) return undefined;
    numbers.push({
      text: e.text,
      ...(e.country !== undefined ? { country: e.country as string } : {}),
      ...(e.label !== undefined ? { label: e.label as string } : {}),
    });
  }
  return { numbers, total: answer.total as number };
}
