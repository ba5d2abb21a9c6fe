/** How the digits are written: national or international form, trunk prefix, digit groups as the country writes them. */
import { Metadata, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * The shape as its digits are read: a plus in brackets ("(+55)(15) …") is a plus, and a trunk
 * "(0)" after a country code ("0049 (0)89 …") is not dialled.
 */
export function dialledShape(shape: string): string {
  return shape.replace(/^[(\[\s]+(?=\+)/, '').replace(/^\+\+/, '+').replace(/(\d\D*)\(0\)/, '$1');
}

/** Written without the international form: no '+', no 00/011 prefix before the country code. */
export function isNationalForm(written: string, number: PhoneNumber): boolean {
  const shape = dialledShape(written);
  if (shape.startsWith('+')) return false;
  const digits = shape.replace(/\D/g, '');
  const at = digits.indexOf(number.nationalNumber);
  const before = at > 0 ? digits.slice(0, at) : '';
  return !(before !== '' && before.replace(/0$/, '').endsWith(number.countryCallingCode) && /^(?:00|011)/.test(before));
}

// ---- how the digits are written ----------------------------------------------------------

/** The parts of libphonenumber-js's metadata format objects used here (not in its typings). */
interface NumberFormat {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean;
}
/** Created on first use: building it reads the whole metadata (see wxt.config.ts). */
let metadataInstance: Metadata | undefined;
const metadataOf = (): Metadata => (metadataInstance ??= new Metadata());
const compiled = new Map<string, RegExp>();
const regExpOf = (source: string) => compiled.get(source) ?? compiled.set(source, new RegExp(source)).get(source)!;

/** The national-number format libphonenumber-js would use for this number, if any. */
export function formatOf(number: PhoneNumber): NumberFormat | undefined {
  const country = number.country;
  if (!country) return undefined;
  metadataOf().selectNumberingPlan(country);
  const nn = number.nationalNumber;
  const plan = metadataOf().numberingPlan as unknown as { formats(): NumberFormat[] } | undefined;
  for (const format of plan?.formats() ?? []) {
    const leading = format.leadingDigitsPatterns();
    if (leading.length && !regExpOf(`^(?:${leading[leading.length - 1]})`).test(nn)) continue;
    if (regExpOf(`^(?:${format.pattern()})$`).test(nn)) return format;
  }
  return undefined;
}

/**
 * A number in national format is written with its trunk prefix where the country writes one:
 * "030 12345678" is a Berlin number, a bare "3012345678" is more likely an order number.
 * The trunk may be left out where the country's own format says it is optional (India's
 * "98765 43210"), or next to a phone label. A number the country has no national format for
 * (German "164 07 57") needs the country's trunk prefix, label or not. Numbers with +CC or an
 * international prefix are taken as they are.
 */
export function writtenLikeItsCountry(written: string, number: PhoneNumber, hasPhoneCue: boolean): boolean {
  const shape = dialledShape(written);
  if (shape.startsWith('+')) return true;
  const digits = shape.replace(/\D/g, '');
  if (!digits.endsWith(number.nationalNumber)) return true;
  const before = digits.slice(0, digits.length - number.nationalNumber.length);
  if (before !== '' && before.endsWith(number.countryCallingCode)) return true; // 00 49 ..., 011 44 ...
  const formatted = number.formatNational().replace(/\D/g, '');
  const trunk = formatted.slice(0, formatted.length - (number.ext?.length ?? 0) - number.nationalNumber.length);
  if (trunk !== '') {
    if (before === trunk) return true;
    if (before !== '') return false;
    return hasPhoneCue || formatOf(number)?.nationalPrefixIsOptionalWhenFormattingInNationalFormat() === true;
  }
  // Formatted without a trunk by the country itself (Australia's 1300, India's 1800): as written.
  if (formatOf(number)) return true;
  // No national format at all (German pagers "164…", Dutch "14 030"): the country's own trunk
  // prefix is the only sign the digits are a number to call, label or not.
  const prefix = countryNationalPrefix(number);
  return prefix === undefined || before === prefix;
}

/** The trunk prefix of the number's country (0 in most of Europe, 1 in the US), if it has one. */
export function countryNationalPrefix(number: PhoneNumber): string | undefined {
  if (!number.country) return undefined;
  metadataOf().selectNumberingPlan(number.country);
  const plan = metadataOf().numberingPlan as unknown as { nationalPrefix(): string | undefined } | undefined;
  return plan?.nationalPrefix() || undefined;
}

/**
 * Where the written digit groups break, in national-number positions (the trunk and country
 * code are left out), for the part before any extension.
 */
export function writtenBreaks(shape: string, nationalNumber: string): number[] | undefined {
  const breaks: number[] = [];
  let digits = '';
  let gap = false;
  for (const ch of shape) {
    if (ch >= '0' && ch <= '9') {
      if (gap && digits) breaks.push(digits.length);
      gap = false;
      digits += ch;
      if (digits.endsWith(nationalNumber)) {
        const offset = digits.length - nationalNumber.length;
        return breaks.map((b) => b - offset).filter((b) => b > 0);
      }
    } else gap = true;
  }
  return undefined;
}

/**
 * The written groups fit the way the number is formatted (a tolerant STRICT_GROUPING):
 * "Model 2133-7342-53" and "124.0.6367.207" break the area code or exchange apart. Allowed:
 * - the area code (the first formatted group) written on its own, then groups of 2 to 4 digits:
 *   Dutch "030 231 45 67" and "0318 12 34 56", Belgian "02 512 34 56";
 * - any split of a formatted group of five or more digits (German and Austrian subscriber
 *   numbers, India's 5-5 mobiles written 3-3-4);
 * - up to `nearMissesAllowed` breaks a digit away from the formatted ones
 *   (UK "0207 946 0958", French "0 800 123 456").
 */
export function groupingFits(shape: string, number: PhoneNumber, nearMissesAllowed = 1): boolean {
  const written = writtenBreaks(shape, number.nationalNumber);
  if (!written || written.length === 0) return true;
  const groups = number
    .formatInternational()
    .replace(/^\+\d+\s*/, '')
    .replace(/\s*ext\..*$/, '')
    .split(/\D+/)
    .filter(Boolean);
  const ends: number[] = [];
  let at = 0;
  for (const g of groups) ends.push((at += g.length));
  const total = number.nationalNumber.length;
  if (written[0] === ends[0] && written.every((b, i) => {
    const size = (i + 1 < written.length ? written[i + 1]! : total) - b;
    return size >= 2 && size <= 4;
  }))
    return true;
  let nearMisses = 0;
  for (const b of written) {
    if (ends.includes(b)) continue;
    let start = 0;
    const free = ends.some((end) => {
      const inside = b > start && b < end && end - start >= 5;
      start = end;
      return inside;
    });
    if (free) continue;
    if (ends.some((end) => Math.abs(end - b) === 1) && ++nearMisses <= nearMissesAllowed) continue;
    return false;
  }
  return true;
}

/**
 * A customary grouping the country's own format does not use, taken when a phone label stands
 * right before the number: Norwegian "412 34 567", Portuguese "213 456 789". The written groups
 * (national number, trunk left out) are at most five, the first 1 to 4 digits, the others 2 to 4.
 */
export function plausibleGrouping(shape: string, number: PhoneNumber): boolean {
  const written = writtenBreaks(shape, number.nationalNumber);
  if (!written) return false;
  const bounds = [0, ...written, number.nationalNumber.length];
  if (bounds.length - 1 > 5) return false;
  for (let i = 1; i < bounds.length; i++) {
    const size = bounds[i]! - bounds[i - 1]!;
    if (size > 4 || size < (i === 1 ? 1 : 2)) return false;
  }
  return true;
}

/** Digits a short number in national form has at least, with a trunk prefix and a label. */
export const MIN_SHORT_DIGITS = 5;

/**
 * A short national number written as its country writes it: with the trunk prefix, or, where the
 * country's own format has none, as formatted (Australia's "13 22 11").
 */
export function shortAsWritten(shape: string, number: PhoneNumber): boolean {
  if (shortWithTrunk(shape, number)) return true;
  if (number.nationalNumber.length < MIN_SHORT_DIGITS || !/\D/.test(shape)) return false;
  const formatted = number.formatNational();
  return formatOf(number) !== undefined && formatted.replace(/\D/g, '') === number.nationalNumber && formatted === shape;
}

export function shortWithTrunk(shape: string, number: PhoneNumber): boolean {
  if (number.nationalNumber.length < MIN_SHORT_DIGITS || !/\D/.test(shape)) return false;
  const digits = shape.replace(/\D/g, '');
  const prefix = countryNationalPrefix(number);
  return prefix !== undefined && digits === prefix + number.nationalNumber;
}

/** Digits a short service number written without a trunk prefix has at least ("13 22 11"; the Dutch "14 030" has 5). */
export const MIN_SHORT_SERVICE_DIGITS = 6;
/** Number types of national service lines, as libphonenumber-js names them. */
const SERVICE_TYPES: ReadonlySet<string> = new Set(['TOLL_FREE', 'SHARED_COST', 'UAN']);

/**
 * A short national service number, dialled as written without any trunk prefix: Australia's
 * shared-cost "13 22 11", Italy's toll-free "803 116". The metadata
 * must call it toll-free, shared-cost or a universal access number, and the page must write it
 * in customary groups (never an unbroken run, which is more often an id or a postcode).
 */
export function shortServiceAsWritten(shape: string, number: PhoneNumber): boolean {
  if (number.nationalNumber.length < MIN_SHORT_SERVICE_DIGITS) return false;
  if (dialledShape(shape).replace(/\D/g, '') !== number.nationalNumber) return false;
  const breaks = writtenBreaks(shape, number.nationalNumber);
  if (!breaks?.length || !plausibleGrouping(shape, number)) return false;
  return SERVICE_TYPES.has(number.getType() ?? '');
}
