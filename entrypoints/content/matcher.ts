/**
 * Matcher: page text -> phone number matches. Pure: no DOM, no browser APIs.
 * libphonenumber-js does the real work (leniency VALID); the guards below drop the shapes it
 * still accepts that a reader would never take for a phone number (dates, IPs, versions, prices).
 */
import { findPhoneNumbersInText, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { countryFromLocale, normalizeCountry } from '@/utils/phone';

export interface NumberMatch {
  /** UTF-16 offsets into the text given to findNumberMatches, end exclusive. */
  start: number;
  end: number;
  /** The text as it appears on the page (not normalized). */
  text: string;
}

/**
 * Text as libphonenumber-js should see it: every kind of space (no-break, thin, narrow,
 * line breaks) -> one ' ' per run, as the page renders it; full-width digits and signs -> ASCII.
 * libphonenumber-js knows some of these, not all, and allows only a few separators in a row.
 * `origin[i]` is the index in the page text of character i.
 */
export function normalizeForMatching(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (SPACE.test(text[i]!)) {
      if (!inSpace) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : text[i];
    origin.push(i);
  }
  return { text: out, origin };
}

const SPACE = /[\s\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const CURRENCY = /\p{Sc}/u;

/** ISO dates and day/month/year or month/day/year dates with plausible parts. */
function isDateShaped(s: string): boolean {
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

function plausibleYear(y: string): boolean {
  const n = Number(y);
  return n >= 1900 && n <= 2199;
}

/** Shapes that are never dialled: dotted quads (IPs), three or more dot groups after a leading 1-3 digit group without a trunk zero. */
function isTechnicalShape(s: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) return true; // IPv4
  if (/^\d+(\.\d+)+$/.test(s) && !/^[0+]/.test(s) && s.split('.').some((g) => g.length > 4)) return true; // 10.0.19041.1234
  return false;
}

/**
 * A number in national format is written with its trunk prefix where the country writes one:
 * "030 12345678" is a Berlin number, a bare "3012345678" is more likely an order number.
 * Numbers with +CC or an international prefix are taken as they are.
 */
function writtenLikeItsCountry(shape: string, number: PhoneNumber): boolean {
  if (shape.startsWith('+')) return true;
  const digits = shape.replace(/\D/g, '');
  if (!digits.endsWith(number.nationalNumber)) return true;
  const before = digits.slice(0, digits.length - number.nationalNumber.length);
  if (before !== '' && before.endsWith(number.countryCallingCode)) return true; // 00 49 ..., 011 44 ...
  const trunk = number.formatNational().replace(/\D/g, '').slice(0, -number.nationalNumber.length);
  return trunk === '' || before === trunk;
}

/** Why a candidate is rejected by its neighbours: glued to a word, a path, a decimal, a time or an amount. */
function hasBadNeighbours(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  if (LETTER_OR_DIGIT.test(before) || LETTER_OR_DIGIT.test(after)) return true;
  if (before === '/' || after === '/' || before === '\\' || after === '\\') return true;
  if (/[.,:]/.test(before) && DIGIT.test(before2)) return true;
  if (/[.,:]/.test(after) && DIGIT.test(after2)) return true;
  if (before === '@' || after === '@' || before === '#' || before === '_' || after === '_') return true;
  if (before === '-' && DIGIT.test(before2)) return true;
  if (after === '-' && DIGIT.test(after2)) return true;
  if (after === '%') return true;
  // Amounts: "$ 1 234 567", "1 234 567 €".
  const lead = text.slice(Math.max(0, start - 2), start).trim();
  const trail = text.slice(end, end + 2).trim();
  if ((lead && CURRENCY.test(lead.slice(-1))) || (trail && CURRENCY.test(trail[0]!))) return true;
  return false;
}

/**
 * All phone numbers in `text`, for a page whose numbers in national format belong to
 * `defaultCountry` (ISO 3166-1 alpha-2; numbers with +CC are found regardless).
 */
export function findNumberMatches(text: string, defaultCountry?: string): NumberMatch[] {
  // Cheap exit: a phone number needs at least 7 digits (ASCII or full-width).
  if (!/(?:[0-9\uFF10-\uFF19][^0-9\uFF10-\uFF19]{0,3}){7}/.test(text)) return [];
  const { text: normalized, origin } = normalizeForMatching(text);
  const found = findPhoneNumbersInText(normalized, { defaultCountry: normalizeCountry(defaultCountry) as CountryCode | undefined });
  const matches: NumberMatch[] = [];
  for (const { startsAt, endsAt, number } of found) {
    const shape = normalized.slice(startsAt, endsAt).trim();
    if (isDateShaped(shape) || isTechnicalShape(shape)) continue;
    if (!writtenLikeItsCountry(shape, number)) continue;
    if (hasBadNeighbours(normalized, startsAt, endsAt)) continue;
    const start = origin[startsAt]!;
    const end = origin[endsAt - 1]! + 1;
    matches.push({ start, end, text: text.slice(start, end) });
  }
  return matches;
}

/**
 * The country for numbers written in national format: the page's own hint
 * (countryFromPage), then the user's setting, then the browser's region.
 */
export function resolveDefaultCountry(
  pageCountry: string | undefined,
  settingsCountry: string | undefined,
  browserLanguage: string | undefined,
): string | undefined {
  return normalizeCountry(pageCountry) ?? normalizeCountry(settingsCountry) ?? countryFromLocale(browserLanguage);
}
