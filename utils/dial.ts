/**
 * The service's dial string -> the final dial string and its tel: URI, or a clear refusal.
 */
import { fail, ok, type Result } from './result';
import { expandTemplate, type TemplateContext } from './template';

/**
 * Fill in the dial string's own placeholders (+15551231234,,%account[x-cth-pin]%#12345678#).
 * No escaping, and the real values even when the request went over http: the dial string is
 * never sent to the server, it goes to the user's own dialer (so secureTransport is forced on).
 */
export function expandDialString(dialString: string, ctx: TemplateContext): Promise<Result<string>> {
  return expandTemplate(dialString, { ...ctx, secureTransport: true }, 'raw');
}

// Whitespace (incl. NBSP, tabs) and the usual visual separators, Unicode dashes included.
const SEPARATORS = /[\s\-.()/\u2010-\u2015\u2212]/g;
const DIALABLE = /[0-9+*#,;pwPW]/;

/** Remove separators, check only dialable characters remain, and build `tel:` with # as %23. */
export function toTelUri(dialString: string): Result<{ dialString: string; telUri: string }> {
  try {
    if (typeof dialString !== 'string') return fail('The dial string is missing.');
    const cleaned = dialString.replace(SEPARATORS, '');
    if (cleaned === '') return fail('The dial string is empty, so there is nothing to dial.');
    for (const [index, ch] of Array.from(cleaned).entries()) {
      if (!DIALABLE.test(ch)) {
        return fail(`The dial string contains ${describeChar(ch)}, which a phone cannot dial.`);
      }
      if (ch === '+' && index > 0) {
        return fail('The dial string has a “+” after its first character; + may only start a number.');
      }
    }
    if (!/[0-9]/.test(cleaned)) return fail('The dial string has no digits, so there is nothing to dial.');
    // An unencoded # would start a URI fragment and be lost.
    return ok({ dialString: cleaned, telUri: `tel:${cleaned.replace(/#/g, '%23')}` });
  } catch {
    return fail('The dial string could not be read.');
  }
}

/** A character as the user can see it; invisible ones by code point. */
function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch)) return `“${ch}” (${hex})`;
  return `the invisible character ${hex}`;
}
