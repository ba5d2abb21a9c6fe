/**
 * The detection corpus: labelled HTML snippets that say what ThruDial must (and must not) turn
 * into a callable number. It is the spec of correct behaviour, not a record of what the matcher
 * does today.
 */

export interface DetectionCase {
  /** Unique, stable, kebab-case; `<category>-<country>-<what>` by convention. */
  id: string;
  category: Category;
  /**
   * ISO 3166-1 alpha-2 country the page is written for: numbers in national format belong to it,
   * and the page gets `<html lang>` from LANG_FOR_COUNTRY unless `lang` says otherwise.
   */
  country: string;
  /** Body markup of the snippet; put in its own block container. */
  html: string;
  /** `<html lang>` of the page, when it differs from the country's usual tag (e.g. 'de-AT', bare 'de'). */
  lang?: string;
  /** Markup for the page's `<head>` (e.g. a format-detection meta); such a case gets a page of its own. */
  head?: string;
  /**
   * Every number that must become clickable, in page order, as E.164; an extension is appended
   * RFC 3966 style: `+12133734253;ext=123`. A German direct-dial suffix (`030 12345-22`) is part of
   * the dialled number, so it is simply `+49301234522`. Empty: nothing in the snippet may be detected.
   */
  expected: string[];
  /**
   * Fax numbers the snippet shows, as E.164: none may be underlined. Listed so that an underlined
   * fax is counted as such, apart from other false positives.
   */
  faxes?: string[];
  /** The classes of issue 11 the case exercises (see ISSUE_CLASSES), for per-class scores. */
  classes?: IssueClass[];
  /** Why the case is there, when the html does not say it. */
  note?: string;
}

/**
 * Where real pages put the decisive clue (issue 11). A case names the classes it exercises; a
 * vanity number's expected E.164 is its keypad digits.
 */
export const ISSUE_CLASSES = {
  0: 'nearest lang',
  1: 'fax/phone clue elsewhere',
  2: '00 prefix forms',
  3: 'glued to CJK text',
  4: 'web text habits',
  5: 'vanity numbers',
  6: 'country named by label',
  7: 'too loose',
} as const;
export type IssueClass = keyof typeof ISSUE_CLASSES;

/** Categories whose snippets hold numbers that must be found. */
export const POSITIVE_CATEGORIES = [
  'international', // +CC
  'idd-prefix', // 00CC, 011 CC
  'trunk-zero', // +44 (0)20 …
  'national', // national format, the page's country hint decides
  'lang-hint', // the <html lang> tag decides (region, or language only)
  'extension',
  'spaces', // no-break, narrow, thin and other spaces
  'full-width',
  'split-inline', // one number across <b>/<span>/<a>…
  'structure', // tables, lists, address blocks, footers, several numbers
  'prose', // labels, punctuation and neighbours as found in running text
  'format-detection-yes',
  'page', // a whole page (contact, imprint, directory, letterhead, store locator ...)
] as const;

/** Categories whose snippets must produce no detection at all (fax also holds phone numbers that must be found). */
export const NEGATIVE_CATEGORIES = [
  'date',
  'time',
  'amount',
  'version',
  'bank',
  'card',
  'reference', // order, invoice, customer, case, tracking numbers
  'isbn-ean',
  'postcode',
  'coordinates',
  'ip',
  'national-id', // SSN-like and tax or company ids
  'url-identifier',
  'fax',
  'ignored-element', // input, textarea, code, pre, script, select
  'format-detection-no',
  'statistic', // counts, measures, phone-length digit runs that are not numbers
] as const;

export type Category = (typeof POSITIVE_CATEGORIES)[number] | (typeof NEGATIVE_CATEGORIES)[number];

/** The `<html lang>` a page written for a country usually carries. */
export const LANG_FOR_COUNTRY: Record<string, string> = {
  US: 'en-US', CA: 'en-CA', GB: 'en-GB', IE: 'en-IE', AU: 'en-AU', IN: 'en-IN',
  DE: 'de-DE', AT: 'de-AT', CH: 'de-CH', FR: 'fr-FR', BE: 'fr-BE', NL: 'nl-NL',
  CZ: 'cs-CZ', PL: 'pl-PL', ES: 'es-ES', MX: 'es-MX', IT: 'it-IT', BR: 'pt-BR', JP: 'ja-JP', SE: 'sv-SE',
  CN: 'zh-CN', TW: 'zh-TW', HK: 'zh-HK', KR: 'ko-KR',
};

export function langOf(c: DetectionCase): string {
  return c.lang ?? LANG_FOR_COUNTRY[c.country] ?? '';
}

export function isNegativeCategory(category: string): boolean {
  return (NEGATIVE_CATEGORIES as readonly string[]).includes(category);
}

/** Builds the cases of one file: `at('DE')('id', html, ...expected)`. */
export function casesOf(category: Category) {
  return (country: string, extra: Partial<Pick<DetectionCase, 'lang' | 'head' | 'note'>> = {}) =>
    (id: string, html: string, ...expected: string[]): DetectionCase => ({
      id: `${category}-${country.toLowerCase()}-${id}`,
      category,
      country,
      html,
      ...extra,
      expected,
    });
}
