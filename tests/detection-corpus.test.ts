import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
  detectionCorpus,
  ISSUE_CLASSES,
  isNegativeCategory,
  LANG_FOR_COUNTRY,
  NEGATIVE_CATEGORIES,
  POSITIVE_CATEGORIES,
} from './detection-corpus';

const positives = detectionCorpus.filter((c) => c.expected.length > 0);

/** Phone keypad letters, for vanity numbers (1-800-FLOWERS). */
const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) => [...letters].map((l) => [l, String(i + 2)])),
);

/** The snippet's visible text, as a reader sees it (tags gone, full width folded). */
function textOf(html: string): string {
  return html
    .replace(/<(input|textarea|select|script|style)\b[\s\S]*?(<\/\1>|>)/gi, ' ')
    .replace(/<wbr>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&thinsp;|&#\d+;/g, ' ')
    .normalize('NFKC');
}

/** The snippet's visible digits (separators gone), and the same with capital letters read on the keypad. */
function digitsOf(html: string): string[] {
  const text = textOf(html);
  return [text.replace(/\D/g, ''), text.replace(/[A-Z]/g, (l) => KEYPAD[l]!).replace(/\D/g, '')];
}

const pages = detectionCorpus.filter((c) => c.id.startsWith('page-'));

describe('the detection corpus', () => {
  it('has at least 300 cases from at least 10 countries', () => {
    expect(detectionCorpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(detectionCorpus.map((c) => c.country)).size).toBeGreaterThanOrEqual(10);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = detectionCorpus.map((c) => c.id).filter((id) => seen.size === seen.add(id).size);
    expect(duplicates).toEqual([]);
  });

  it('has both positives and hard negatives, in every category it declares', () => {
    const used = new Set(detectionCorpus.map((c) => c.category));
    expect([...POSITIVE_CATEGORIES, ...NEGATIVE_CATEGORIES].filter((c) => !used.has(c))).toEqual([]);
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(detectionCorpus.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(150);
  });

  it('every case of a positive category expects a number, and only fax cases of the negative ones do', () => {
    const wrong = detectionCorpus.filter((c) =>
      isNegativeCategory(c.category) ? c.expected.length > 0 && c.category !== 'fax' : c.expected.length === 0,
    );
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  it('every country has a usual lang tag, or the case names its own', () => {
    expect(detectionCorpus.filter((c) => c.lang === undefined && !LANG_FOR_COUNTRY[c.country]).map((c) => c.id)).toEqual([]);
  });

  it.each(positives.map((c) => [c.id, c] as const))('%s: expected numbers are valid E.164 (max metadata)', (_, c) => {
    for (const expected of c.expected) {
      const [e164, ext, ...rest] = expected.split(';ext=');
      expect(rest, expected).toEqual([]);
      expect(e164, expected).toMatch(/^\+[1-9]\d{6,14}$/);
      if (ext !== undefined) expect(ext, expected).toMatch(/^\d{1,7}$/);
      expect(isValidPhoneNumber(e164!), expected).toBe(true);
      // Written in its one standard E.164 form, so a comparison with what was detected is fair.
      expect(parsePhoneNumberFromString(e164!)!.number, expected).toBe(e164);
      // ...and the snippet really shows that number's digits, in one piece.
      const national = parsePhoneNumberFromString(e164!)!.nationalNumber;
      expect(digitsOf(c.html).some((d) => d.includes(national)), `${expected} in ${c.html}`).toBe(true);
    }
  });

  it.each(detectionCorpus.filter((c) => c.faxes?.length).map((c) => [c.id, c] as const))('%s: listed faxes are valid E.164 shown on the page, and none is expected', (_, c) => {
    for (const fax of c.faxes!) {
      expect(isValidPhoneNumber(fax), fax).toBe(true);
      expect(parsePhoneNumberFromString(fax)!.number, fax).toBe(fax);
      expect(digitsOf(c.html)[0], `${fax} in ${c.html}`).toContain(parsePhoneNumberFromString(fax)!.nationalNumber);
      expect(c.expected, fax).not.toContain(fax);
    }
  });

  it('has at least 60 whole pages, together covering every class of issue 11', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    const classes = Object.keys(ISSUE_CLASSES).map(Number);
    expect(classes.filter((k) => pages.filter((c) => c.classes?.includes(k as never)).length < 3)).toEqual([]);
    expect(detectionCorpus.flatMap((c) => c.classes ?? []).filter((k) => !(k in ISSUE_CLASSES))).toEqual([]);
  });
});
