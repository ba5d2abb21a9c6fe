/** Shapes and neighbours that make a digit run something other than a phone number: dates, IPs, versions, amounts, ids. */
import { lazyRegExp } from '@/utils/lazy-regexp';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const CURRENCY = /\p{Sc}/u;

// ---- shapes ------------------------------------------------------------------------------

/** ISO dates and day/month/year or month/day/year dates with plausible parts. */
export function isDateShaped(s: string): boolean {
  let m = /^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})$/.exec(s);
  if (m) return plausibleYear(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
  m = /^(\d{1,2})([-./])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    // Two-digit years are only taken with '/', '-' or four-digit years: 01.23.45 is a French fragment, not a date.
    return (dayMonth || monthDay) && (m[4]!.length === 4 ? plausibleYear(m[4]!) : m[2] !== '.');
  }
  return false;
}

/** One end of a date range: a date, a month (03/2016, 2016-03) or a bare year. */
export function isDatePart(s: string): boolean {
  if (isDateShaped(s)) return true;
  let m = /^(\d{1,2})[-./](\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 && plausibleYear(m[2]!);
  m = /^(\d{4})[-./](\d{1,2})$/.exec(s);
  if (m) return plausibleYear(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return /^\d{4}$/.test(s) && plausibleYear(s);
}

/** Ranges are split at en/em dashes and spaced hyphens: `2015 – 03/2016`, `03/2015 - 11/2016`. */
const RANGE_SEPARATOR = /\s*[\u2013\u2014]\s*|\s+[-\u2212]\s+/;

export function isDateRange(s: string): boolean {
  const parts = s.split(RANGE_SEPARATOR);
  return parts.length > 1 && parts.some(isDatePart);
}

export function plausibleYear(y: string): boolean {
  const n = Number(y);
  return n >= 1900 && n <= 2199;
}

/** Shapes that are never dialled: dotted quads (IPs), three or more dot groups after a leading 1-3 digit group without a trunk zero. */
export function isTechnicalShape(s: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) return true; // IPv4
  if (/^\d+(\.\d+)+$/.test(s) && !/^[0+]/.test(s) && s.split('.').some((g) => g.length > 4)) return true; // 10.0.19041.1234
  if (/\d,\d{1,2}$/.test(s)) return true; // 2 133 734,25: a decimal amount
  return false;
}

// ---- neighbours --------------------------------------------------------------------------

/** ISO 4217 codes and currency words that mark an amount when written next to the digits. */
const CURRENCY_WORDS = new Set(
  ('USD EUR GBP CHF JPY CNY RMB INR BRL CAD AUD NZD MXN CZK PLN SEK NOK DKK HUF RON BGN RUB UAH TRY ZAR KRW HKD SGD TWD ' +
    'THB IDR MYR PHP VND ILS AED SAR QAR KWD EGP NGN KES ARS CLP COP PEN ISK RSD Kč zł kr Ft lei Rs Rp ' +
    'euro euros dollar dollars yen yuan rupees reais francs pounds').split(' '),
);
const WORD_BEFORE = /([\p{L}$]+)[\s.:]*$/u;
const WORD_AFTER = /^[\s.]*([\p{L}]+)/u;

export function isAmount(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (before && (CURRENCY_WORDS.has(before[1]!) || /^[A-Z]{0,2}\$$/.test(before[1]!))) return true;
  const after = WORD_AFTER.exec(text.slice(end, end + 10));
  return Boolean(after && CURRENCY_WORDS.has(after[1]!));
}

/**
 * Letters of scripts written without spaces between words: a number touching them is not glued
 * to a word ("お電話は03-1234-5678まで", "电话010-12345678").
 */
export const UNSPACED_LETTER = lazyRegExp(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`, 'u');

/** Which neighbours of a candidate are known not to glue it to a word (a label written against it). */
export interface GlueAllowed {
  before?: boolean;
  after?: boolean;
}

/** Why a candidate is rejected by its neighbours: glued to a word, a path, a decimal, a time or an amount. */
export function hasBadNeighbours(text: string, start: number, end: number, allowed: GlueAllowed = {}): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  if (LETTER_OR_DIGIT.test(before) && !allowed.before && !UNSPACED_LETTER().test(before)) return true;
  if (LETTER_OR_DIGIT.test(after) && !allowed.after && !UNSPACED_LETTER().test(after)) return true;
  if ((before === '/' && !allowed.before) || (after === '/' && !allowed.after) || before === '\\' || after === '\\') return true;
  if (/[.,:]/.test(before) && DIGIT.test(before2)) return true;
  if (/[.,:]/.test(after) && DIGIT.test(after2)) return true;
  if (before === '@' || after === '@' || before === '#') return true;
  // One underscore glues an identifier (id_2125550147); a run of them pads a form line ("___(617) 555-0147___").
  if ((before === '_' && before2 !== '_') || (after === '_' && after2 !== '_')) return true;
  if (before === '=' || before === '?' || before === '&') return true;
  // Glued by a hyphen to a word or more digits: SKU AB-2133734253, element-0201234567-wrapper.
  if (before === '-' && LETTER_OR_DIGIT.test(before2)) return true;
  if (after === '-' && LETTER_OR_DIGIT.test(after2)) return true;
  if (after === '%') return true;
  // Amounts: "$ 1 234 567", "1 234 567 €".
  const lead = text.slice(Math.max(0, start - 2), start).trim();
  const trail = text.slice(end, end + 2).trim();
  if ((lead && CURRENCY.test(lead.slice(-1))) || (trail && CURRENCY.test(trail[0]!))) return true;
  return false;
}

/** Inside a URL, an e-mail address or an identifier: the whitespace-delimited token says so. */
const IDENTIFIER_MARK = /:\/\/|www\.|[@=?&_#]|[\p{L}.]\//u;

export function insideIdentifier(text: string, start: number, end: number): boolean {
  // A token ends at a space, or at CJK letters, which stand for the spaces those scripts do not write.
  const boundary = (c: string) => c === ' ' || UNSPACED_LETTER().test(c);
  let a = start;
  while (a > 0 && a > start - 200 && !boundary(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b < end + 200 && !boundary(text[b]!)) b++;
  // Underscore runs are padding, not part of an identifier.
  const unpadded = (s: string) => s.replace(/_{2,}/g, ' ');
  return IDENTIFIER_MARK.test(unpadded(text.slice(a, start))) || IDENTIFIER_MARK.test(unpadded(text.slice(end, b)));
}
