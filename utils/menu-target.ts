/**
 * The number behind a context-menu click or the call-selection shortcut: selected text or a
 * tel:/callto: link -> E.164. Pure: no browser APIs. The text is user-chosen but still page
 * content, so it is length-limited and parsed here like any other page text.
 */
import { findNumberMatches } from './matcher';
import { parseTarget } from './protocol/phone';
import { failWith, ok, type Result } from './protocol/result';
import { telLinkNumber } from './protocol/tel-link';

/** Far more than a sentence around a number; a longer selection is not "this number". */
export const MAX_SELECTION_LENGTH = 1000;
/** A tel: URI with a long number and a few parameters fits easily. */
export const MAX_LINK_LENGTH = 300;

/** Only digits, separators, an optional leading + and an extension: the whole selection is a number. */
const NUMBER_ONLY = /^\+?[\d\s().\-/\u00A0\u2010-\u2015]+(?:\s*(?:ext\.?|x|#)\s*\d+)?$/i;

/**
 * The one phone number in a selection: the whole selection when it is just a number (then a
 * merely possible number such as +1 (555) 123-1234 is taken, as from the dial pad), else the
 * single number the page matcher finds in it. Two different numbers are refused, not guessed.
 */
export function numberFromSelection(selection: unknown, defaultCountry?: string): Result<string> {
  if (typeof selection !== 'string' || selection.trim() === '') return failWith('errSelectFirst');
  if (selection.length > MAX_SELECTION_LENGTH) return failWith('errSelectionTooLong');
  const text = selection.normalize('NFKC').trim();

  if (NUMBER_ONLY.test(text)) {
    const whole = parseTarget(text, defaultCountry);
    if (whole.ok) return ok(whole.value.e164);
  }

  const found = new Set<string>();
  for (const match of findNumberMatches(text, defaultCountry)) {
    const parsed = parseTarget(match.text, defaultCountry);
    if (parsed.ok) found.add(parsed.value.e164);
  }
  if (found.size === 1) return ok([...found][0]!);
  if (found.size > 1) return failWith('errSelectionSeveral');
  return failWith('errSelectionNoNumber', quotedSelection(selection));
}

/**
 * The number of a tel: or callto: link: `tel:+1-213-373-4253;ext=12` -> +12133734253.
 * Parameters (RFC 3966 `;…`, callto's `?…`) are dropped, except that a global `phone-context`
 * completes a local number.
 */
export function numberFromLink(url: unknown, defaultCountry?: string): Result<string> {
  const refuse = () => failWith<string>('errLinkNotNumber');
  if (typeof url !== 'string' || url.length > MAX_LINK_LENGTH) return refuse();
  const number = telLinkNumber(url);
  if (number === undefined) return refuse();
  const parsed = parseTarget(number, defaultCountry);
  return parsed.ok ? ok(parsed.value.e164) : refuse();
}

/** Selection text as quoted back to the user: one line, short. */
export function quotedSelection(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
