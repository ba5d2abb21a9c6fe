/**
 * A number as the user wrote it -> E.164 (the %targetNumber% value). Full metadata
 * (libphonenumber-js/max) for the best validity check; country hints live in country.ts.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalizeCountry } from './country';
import { failWith, ok, type Result } from './result';

export interface ParsedTarget {
  e164: string;
  /** An extension such as "ext. 12"; E.164 has none, so it is kept apart (and not dialed). */
  extension?: string;
}

/** Longer than any phone number with formatting; libphonenumber would refuse it anyway. */
const MAX_INPUT_LENGTH = 250;

/**
 * Parse page or keypad text. Valid numbers are accepted, and so are numbers that are merely
 * possible (right length for the country): the spec's own example +1 (555) 123-1234 is not a
 * valid number, and a provider may route numbers newer than the bundled metadata.
 */
export function parseTarget(input: string, defaultCountry?: string): Result<ParsedTarget> {
  const refuse = () => failWith<ParsedTarget>('errNotPhoneNumber', shown(input));
  try {
    if (typeof input !== 'string') return refuse();
    // NFKC turns full-width digits and plus (＋１) into ASCII, which the parser expects at the start.
    const text = input.normalize('NFKC').trim();
    if (text === '' || text.length > MAX_INPUT_LENGTH) return refuse();
    const country = normalizeCountry(defaultCountry);
    const number = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined);
    if (!number || !(number.isValid() || number.isPossible())) return refuse();
    const parsed: ParsedTarget = { e164: number.number };
    if (number.ext) parsed.extension = number.ext;
    return ok(parsed);
  } catch {
    return refuse();
  }
}

/** `+1 (555) 123-1234` -> `+15551231234`. */
export function toE164(input: string, defaultCountry?: string): Result<string> {
  const parsed = parseTarget(input, defaultCountry);
  return parsed.ok ? ok(parsed.value.e164) : parsed;
}

function shown(input: unknown): string {
  const text = typeof input === 'string' ? input.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim() : '';
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
