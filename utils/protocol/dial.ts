/**
 * The service's dial string -> the final dial string and its tel: URI, or a clear refusal.
 */
import { failWith, ok, type Result } from './result';
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
    if (typeof dialString !== 'string') return failWith('errDialMissing');
    const cleaned = dialString.replace(SEPARATORS, '');
    if (cleaned === '') return failWith('errDialEmpty');
    for (const [index, ch] of Array.from(cleaned).entries()) {
      if (!DIALABLE.test(ch)) {
        return refuseChar(ch);
      }
      if (ch === '+' && index > 0) {
        return failWith('errDialPlus');
      }
    }
    if (!/[0-9]/.test(cleaned)) return failWith('errDialNoDigits');
    // An unencoded # would start a URI fragment and be lost.
    return ok({ dialString: cleaned, telUri: `tel:${cleaned.replace(/#/g, '%23')}` });
  } catch {
    return failWith('errDialUnreadable');
  }
}

/** The refusal naming a character as the user can see it; invisible ones by code point only. */
function refuseChar(ch: string): Result<never> {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch)) return failWith('errDialChar', ch, hex);
  return failWith('errDialInvisibleChar', hex);
}
