/** Builds the whole-page cases (pages-*.ts): every number on the page is labelled phone or fax. */
import type { Category, DetectionCase, IssueClass } from './types';

export interface PageNumbers {
  /** Numbers a reader would call, in page order, as E.164 (vanity numbers: keypad digits). */
  phones?: string[];
  /** Fax lines on the page, as E.164: none may be underlined. */
  faxes?: string[];
}

/**
 * `page('US', 'contact-law-firm', [1, 7], html, { phones, faxes })`. The category is `page` when
 * the page holds a number to call, else `fax` (faxes only) or `reference` (ids only).
 */
export function page(
  country: string,
  id: string,
  classes: IssueClass[],
  html: string,
  { phones = [], faxes = [] }: PageNumbers,
  extra: { lang?: string; note?: string; category?: Category } = {},
): DetectionCase {
  const category = extra.category ?? (phones.length ? 'page' : faxes.length ? 'fax' : 'reference');
  return {
    id: `page-${country.toLowerCase()}-${id}`,
    category,
    country,
    html,
    ...(extra.lang ? { lang: extra.lang } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    expected: phones,
    ...(faxes.length ? { faxes } : {}),
    classes,
  };
}
