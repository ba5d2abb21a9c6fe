/**
 * Vanity numbers (1-800-FLOWERS, (503) 55-PIZZA): North American numbers whose last seven
 * characters are partly keypad letters. The whole text is underlined as written; the number to
 * dial is the same text with each letter replaced by its keypad digit.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

const KEYPAD: Record<string, string> = {};
['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].forEach((letters, i) => {
  for (const l of letters) KEYPAD[l] = String(i + 2);
});

/**
 * An optional 1 and an area code (in brackets, or followed by a separator), then seven digits
 * and capital letters in up to three groups, not touching other letters or digits.
 */
const VANITY = /(?<![\p{L}\p{N}+-])(?:\+?1[-. \u00A0]?)?(?:\(\d{3}\)[ \u00A0]?|\d{3}[-. \u00A0])[0-9A-Z]+(?:[-.][0-9A-Z]+){0,2}(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;
/** Written by letters: three capitals in a row (the word), so that "555-0100 ON" or "X1" are not. */
const LETTER_WORD = /[A-Z]{3}/;

export interface VanityMatch {
  start: number;
  end: number;
  /** The text with its letters on the keypad: what is dialled. */
  dial: string;
}

/** Vanity numbers in `text` (normalized), read for `country`, which must use country code 1. */
export function vanityNumbersIn(text: string, country: CountryCode | undefined): VanityMatch[] {
  if (!/[A-Z]{3}/.test(text)) return [];
  const out: VanityMatch[] = [];
  VANITY.lastIndex = 0;
  for (let m = VANITY.exec(text); m; m = VANITY.exec(text)) {
    const written = m[0];
    const tail = written.replace(/^(?:\+?1[-. \u00A0]?)?(?:\(\d{3}\)[ \u00A0]?|\d{3}[-. \u00A0])/, '');
    if (tail.replace(/[-.]/g, '').length !== 7 || !LETTER_WORD.test(tail)) continue;
    const dial = written.replace(/[A-Z]/g, (l) => KEYPAD[l]!);
    const number = parsePhoneNumberFromString(dial, country && /^\+?1/.test(dial) ? country : 'US');
    if (!number?.isValid() || number.countryCallingCode !== '1') continue;
    out.push({ start: m.index, end: m.index + written.length, dial });
  }
  return out;
}
