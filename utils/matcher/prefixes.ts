/**
 * International prefixes written in forms libphonenumber-js reads only for some countries, or not
 * at all: "0049 89 …" on a US page (00 is not the US prefix, yet the page wrote it), "++44 …",
 * "(+55)(15) …". They are rewritten, same length, to a plain "+CC" for the library, and a
 * candidate that starts at the rewritten plus starts where the page's prefix starts.
 */

/**
 * 00 before a country code where a number starts ("0049 (0)89", "0031-20"), not inside one
 * ("… 020 7946 0018": no digit group just before it).
 */
const DOUBLE_ZERO = /(?<![\p{Nd}+][ \u00A0.\-/()]{0,3})00(?=[1-9]\d{0,2}[ \u00A0(.\-/])/gu;
const DOUBLE_PLUS = /(?<![\p{Nd}+])\+\+(?=\d)/gu;
/** A country code in brackets before the rest: "(+55)(15) 3702-7523", "(+44) 20 …". */
const BRACKETED_CODE = /(?<![\p{Nd}])\(\+(\d{1,3})\)/gu;

export interface PrefixedText {
  text: string;
  /** Rewritten plus position -> where the page's prefix starts. */
  startOf: Map<number, number>;
}

export function rewriteInternationalPrefixes(text: string): PrefixedText {
  const startOf = new Map<number, number>();
  if (!/00|\+\+|\(\+/.test(text)) return { text, startOf };
  let out = text.replace(DOUBLE_ZERO, (_m, at: number) => {
    startOf.set(at + 1, at);
    return ' +';
  });
  out = out.replace(DOUBLE_PLUS, (_m, at: number) => {
    startOf.set(at + 1, at);
    return ' +';
  });
  out = out.replace(BRACKETED_CODE, (_m, code: string, at: number) => {
    startOf.set(at + 1, at);
    return ` +${code} `;
  });
  return { text: out, startOf };
}
