/** Where a number's own digits end, and the extension after them as the page means it. */
import type { PhoneNumber } from 'libphonenumber-js/max';

/** Where the digits of `number` (up to its national number) end in text[startsAt, endsAt). */
export function mainEnd(text: string, startsAt: number, endsAt: number, number: PhoneNumber): number {
  const nn = number.nationalNumber;
  let digits = '';
  for (let i = startsAt; i < endsAt; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    digits += text[i];
    if (digits.length >= nn.length && digits.endsWith(nn)) return i + 1;
  }
  return endsAt;
}

/**
 * An extension libphonenumber-js read from a bare comma or semicolon counts only when the
 * separator touches both the number and the digits ("212-555-0186,,7", "…0186;7"):
 * "call 0800 123 4567, 24 hours a day" is punctuation.
 */
const PAUSE_ONLY_EXTENSION = /^[ \t]*[,;][,;:. \t-]*\d+#?$/;
const TOUCHING_PAUSE = /^(?:,+|;)\d+#?$/;
/**
 * An extension in brackets after the number, with one of libphonenumber-js's extension words
 * (its explicit labels ext/extn/extension/extensión/anexo/доб, and x, #, ~, int):
 * "01273 224300 (extn 212)", "(312) 555-0163 [x 42]". Groups 1 and 2 are the brackets.
 */
const BRACKETED_EXTENSION =
  /^[ \t]?([([])[ \t]*(?:e?xt(?:ensi(?:o\u0301?|\xF3))?n?|\u0434\u043E\u0431|anexo|x|#|~|int)[:.]?[ \t,-]*\d{1,9}#?[ \t]*([)\]])/i;

/** The candidate's end once its extension is read as the page means it. */
export function withExtension(text: string, startsAt: number, endsAt: number, number: PhoneNumber): { endsAt: number; mainEndsAt: number } {
  const mainEndsAt = mainEnd(text, startsAt, endsAt, number);
  if (number.ext) {
    const tail = text.slice(mainEndsAt, endsAt);
    if (PAUSE_ONLY_EXTENSION.test(tail) && !TOUCHING_PAUSE.test(tail)) return { endsAt: mainEndsAt, mainEndsAt };
    return { endsAt, mainEndsAt };
  }
  const next = text.charCodeAt(endsAt);
  if (next === 0x20 || next === 0x28 || next === 0x5b) {
    const m = BRACKETED_EXTENSION.exec(text.slice(endsAt, endsAt + 40));
    if (m && (m[1] === '(') === (m[2] === ')')) return { endsAt: endsAt + m[0].length, mainEndsAt };
  }
  return { endsAt, mainEndsAt };
}
