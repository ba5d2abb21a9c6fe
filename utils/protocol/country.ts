/**
 * Which country a page's national-format numbers belong to: `<html lang>`, the host's ccTLD,
 * the browser locale, and the language's main country as a last hint.
 */
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

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

/**
 * The main country of a bare language tag (`de` -> DE), for pages that name only their language.
 * Decision: this is the LAST hint, after the lang region, the ccTLD, the user's setting and the
 * browser region; the matcher tries it only for national numbers that are not valid for the
 * earlier country. Languages spoken in many countries (en, es, pt, ar, zh, ru, ...) have no entry.
 */
const MAIN_COUNTRY: Record<string, CountryCode> = {
  de: 'DE', fr: 'FR', it: 'IT', ja: 'JP', cs: 'CZ', nl: 'NL', pl: 'PL', sv: 'SE', da: 'DK', fi: 'FI', nb: 'NO',
  nn: 'NO', no: 'NO', is: 'IS', hu: 'HU', sk: 'SK', sl: 'SI', hr: 'HR', ro: 'RO', bg: 'BG', el: 'GR', et: 'EE',
  lv: 'LV', lt: 'LT', uk: 'UA', tr: 'TR', he: 'IL', ko: 'KR', th: 'TH', vi: 'VN', id: 'ID', ga: 'IE', ca: 'ES',
  eu: 'ES', gl: 'ES', cy: 'GB',
};

export function countryFromLanguage(lang: string | null | undefined): CountryCode | undefined {
  if (typeof lang !== 'string') return undefined;
  // A tag that names its region (fr-BE) has said where the page is: no language guess on top.
  if (countryFromLocale(lang) !== undefined) return undefined;
  return MAIN_COUNTRY[lang.trim().split(/[-_]/)[0]!.toLowerCase()];
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

/**
 * The browser's own country, for a fresh install's default: the first of the browser's language
 * tags (most preferred first) that names one, by its region (`nl-BE` -> BE) or, for a bare
 * language, that language's main country (`nl` -> NL). undefined when none does (`en` alone).
 */
export function countryFromBrowser(tags: readonly (string | undefined)[]): CountryCode | undefined {
  for (const tag of tags) {
    const found = countryFromLocale(tag) ?? countryFromLanguage(tag);
    if (found) return found as CountryCode;
  }
  return undefined;
}

/** What a page says of its country: its `<html lang>` and host, and its top page's when a frame may read them. */
export interface PageHints {
  lang?: string;
  hostname?: string;
  topLang?: string;
  topHostname?: string;
}

/**
 * The country of a page's national numbers and the countries they are read for, in order: the
 * page's own hint, else its top page's (a frame), else the tab address's, then the user's
 * setting, then the browser's region; a page that names only its language (lang="de") gets that
 * language's main country as a last hint, tried only for national numbers not valid for the first.
 */
export function pageCountries(
  hints: PageHints,
  tabCountry: string | undefined,
  settingsCountry: string | undefined,
  browserLanguage: string | undefined,
): { pageCountry?: string; countries: string[] } {
  const own = countryFromPage(hints.lang, hints.hostname ?? '');
  const top = hints.topLang !== undefined || hints.topHostname !== undefined ? countryFromPage(hints.topLang, hints.topHostname ?? '') : undefined;
  const pageCountry = resolveDefaultCountry(own ?? top ?? tabCountry, settingsCountry, browserLanguage);
  const countries = [...new Set([pageCountry, countryFromLanguage(hints.lang)].filter((c): c is string => c !== undefined))];
  return { ...(pageCountry ? { pageCountry } : {}), countries };
}
