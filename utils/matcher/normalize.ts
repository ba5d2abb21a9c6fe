/** Page text as libphonenumber-js should see it, and the cheap test whether it can hold a number at all. */

/**
 * Text as libphonenumber-js should see it: every kind of space (no-break, thin, narrow,
 * line breaks) -> one ' ' per run, as the page renders it; full-width digits and signs -> ASCII.
 * libphonenumber-js knows some of these, not all, and allows only a few separators in a row.
 * `origin[i]` is the index in the page text of character i.
 */
export function normalizeForMatching(text: string): { text: string; origin: number[] } {
  const { text: out, origin } = normalize(text);
  return { text: out, origin: origin ?? Array.from({ length: text.length }, (_, i) => i) };
}

/** Anything normalize changes: a character outside printable ASCII, a control or a second space. */
const NEEDS_NORMALIZING = /[^\x21-\x7E ]| {2}/;

export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** normalizeForMatching; `origin` is undefined when the text is unchanged (then origin[i] = i). */
export function normalize(text: string): { text: string; origin?: number[] } {
  if (!NEEDS_NORMALIZING.test(text)) return { text };
  const parts: string[] = [];
  const origin: number[] = [];
  let copyFrom = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (code !== 0x20 || inSpace) {
        parts.push(text.slice(copyFrom, i));
        copyFrom = i + 1;
        if (!inSpace) {
          parts.push(' ');
          origin.push(i);
        }
      } else origin.push(i);
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (code >= 0xff01 && code <= 0xff5e) {
      parts.push(text.slice(copyFrom, i), String.fromCharCode(code - 0xfee0));
      copyFrom = i + 1;
    }
    origin.push(i);
  }
  parts.push(text.slice(copyFrom));
  return { text: parts.join(''), origin };
}

/**
 * Cheap exit before any matching: a phone number needs at least 6 digits (ASCII or full-width;
 * 7 for most, 6 for a short service number such as Australia's "13 22 11"), at most 3 characters
 * apart, and those characters are ones libphonenumber-js accepts between digit groups (its
 * VALID_PUNCTUATION: dashes, slashes, dots, brackets, tildes, spaces; the page's other spaces
 * become ' ' in normalize). "€ 12.345,00", "v1.2 build 345" or "a1b2c3d4e5f6g7" never reach it.
 */
const SIX_DIGITS =
  /[0-9\uFF10-\uFF19](?:[-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E.\s\u00A0\u00AD\u1680\u2000-\u200B\u2060\u202F\u205F\u3000\uFEFF()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E+\uFF0B]{0,3}[0-9\uFF10-\uFF19]){5}/;
/** A North American area code followed by keypad letters: a vanity number (1-800-FLOWERS) has fewer digits. */
const VANITY_HINT = /\d{3}[-. )\u00A0]{1,2}[0-9A-Z]{0,3}[-.]?[A-Z]{3}/;
export function mayHoldNumber(text: string): boolean {
  return SIX_DIGITS.test(text) || VANITY_HINT.test(text);
}
