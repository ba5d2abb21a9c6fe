/**
 * A dial string (or its tel: URI) as a person reads it out, for accessible names: "#" and "*"
 * rather than "%23", one digit at a time (a screen reader reads "1234" as a quantity), pauses
 * and waits as words. Pure: the words come from the caller (utils/i18n.ts in the UI).
 */

export interface DialWords {
  /** For "," and "p": a pause of about two seconds. */
  pause: string;
  /** For ";" and "w": wait for the user to continue. */
  wait: string;
}

export const ENGLISH_DIAL_WORDS: DialWords = { pause: 'pause', wait: 'wait' };

/** `tel:+1555%2312#` or `+1 555-123,,12#` -> `+1 5 5 5 1 2 3, pause, pause, 1 2 #`. */
export function spokenDialString(dialStringOrTelUri: string, words: DialWords = ENGLISH_DIAL_WORDS): string {
  let text = dialStringOrTelUri.trim().replace(/^tel:/i, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A lone "%" is text, not an escape: leave it as written.
  }
  let spoken = '';
  let afterWord = false;
  let digits = '';
  const add = (token: string, isWord = false) => {
    spoken += spoken === '' ? token : isWord || afterWord ? `, ${token}` : ` ${token}`;
    afterWord = isWord;
  };
  const flushDigits = () => {
    if (digits) add(digits.split('').join(' '));
    digits = '';
  };
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      continue;
    }
    flushDigits();
    if (ch === ',' || ch === 'p' || ch === 'P') add(words.pause, true);
    else if (ch === ';' || ch === 'w' || ch === 'W') add(words.wait, true);
    else if (ch === '+' || ch === '#' || ch === '*') add(ch);
    // Separators (spaces, dashes, brackets, dots) are not said.
  }
  flushDigits();
  // "+1" is read "plus one".
  return spoken.replace(/^\+ /, '+');
}
