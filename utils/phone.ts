/**
 * A number as the user wrote it -> E.164 (the %targetNumber% value), with country hints from
 * the page and the browser. Full metadata (libphonenumber-js/max) for the best validity check.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type Result } from './result';

export interface ParsedTarget {
  e164: string;
  /** An extension such as "ext. 12"; E.164 has none, so it is kept apart (and not dialed). */
  extension?: string;
}

/** Longer than any phone number with formatting; libphonenumber would refuse it anyway. */
const MAX_INPUT_LENGTH = 250;

/**
 * Parse page or keypad text. Valid numbers are accepted, and so are numbers that are merely
 * possible (right length for the country): the spec's own example +1 (555) 123-1234 is not a
 * valid number, and a provider may route numbers newer than the bundled metadata.
 */
export function parseTarget(input: string, defaultCountry?: string): Result<ParsedTarget> {
  const refuse = () => fail<ParsedTarget>(`“${shown(input)}” is not a phone number ThruDial can call.`);
  try {
    if (typeof input !== 'string') return refuse();
    // NFKC turns full-width digits and plus (＋１) into ASCII, which the parser expects at the start.
    const text = input.normalize('NFKC').trim();
    if (text === '' || text.length > MAX_INPUT_LENGTH) return refuse();
    const country = normalizeCountry(defaultCountry);
    const number = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined);
    if (!number || !(number.isValid() || number.isPossible())) return refuse();
    const parsed: ParsedTarget = { e164: number.number };
    if (number.ext) parsed.extension = number.ext;
    return ok(parsed);
  } catch {
    return refuse();
  }
}

/** `+1 (555) 123-1234` -> `+15551231234`. */
export function toE164(input: string, defaultCountry?: string): Result<string> {
  const parsed = parseTarget(input, defaultCountry);
  return parsed.ok ? ok(parsed.value.e164) : parsed;
}

/** A supported ISO 3166-1 alpha-2 code, uppercased, or undefined. */
export function normalizeCountry(code: string | null | undefined): CountryCode | undefined {
  if (typeof code !== 'string') return undefined;
  let upper = code.trim().toUpperCase();
  if (upper === 'UK') upper = 'GB'; // the .uk TLD and a common slip for the United Kingdom
  return /^[A-Z]{2}$/.test(upper) && isSupportedCountry(upper) ? (upper as CountryCode) : undefined;
}

/** Region of a BCP 47 tag: `de-DE` -> DE, `zh-Hant-TW` -> TW, `pt_BR` -> BR, bare `de` -> undefined. */
export function countryFromLocale(locale: string | null | undefined): string | undefined {
  if (typeof locale !== 'string') return undefined;
  const subtags = locale.trim().split(/[-_]/);
  // The region is the first two-letter subtag after the language; stop at extensions (-u-, -x-).
  for (const subtag of subtags.slice(1)) {
    if (subtag.length === 1) break;
    if (/^[A-Za-z]{2}$/.test(subtag)) return normalizeCountry(subtag);
  }
  return undefined;
}

/**
 * ccTLDs that are mostly used as generic domains (.io, .co, .tv, ...); they say nothing about
 * where a page's numbers are, unless under a national second level such as .com.co.
 */
const GENERIC_CCTLDS = new Set(['ac', 'ai', 'am', 'cc', 'co', 'fm', 'gg', 'im', 'io', 'la', 'ly', 'me', 'nu', 'sh', 'so', 'to', 'tv', 'vc', 'ws']);
const NATIONAL_SECOND_LEVELS = new Set(['com', 'net', 'org', 'gov', 'edu', 'gob', 'ac', 'co', 'or', 'ne', 'go', 'mil', 'nom']);

/** The country a page's numbers are most likely written for: `<html lang>` region, then the ccTLD. */
export function countryFromPage(lang: string | null | undefined, hostname: string): string | undefined {
  const fromLang = countryFromLocale(lang);
  if (fromLang) return fromLang;
  if (typeof hostname !== 'string') return undefined;
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host === '' || host.includes(':') || /^[\d.]+$/.test(host) || !host.includes('.')) return undefined;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2}$/.test(tld)) return undefined;
  if (GENERIC_CCTLDS.has(tld) && !NATIONAL_SECOND_LEVELS.has(labels[labels.length - 2] ?? '')) return undefined;
  return normalizeCountry(tld);
}

function shown(input: unknown): string {
  const text = typeof input === 'string' ? input.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim() : '';
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
