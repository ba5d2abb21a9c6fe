/**
 * Matcher: page text -> phone number matches. Pure: no DOM, no browser APIs.
 * libphonenumber-js finds the candidates (leniency VALID); the guards below drop the shapes it
 * still accepts that a reader would never take for a phone number (dates, IPs, versions, prices,
 * references, fax lines), reading the candidate's shape, its neighbours and its label.
 * One concern a file: normalize, prefilter, candidates (+ extension), shapes, labels, grouping.
 */
import { candidatesIn } from './candidates';
import { countriesOf } from './countries';
import { groupingFits, isNationalForm, plausibleGrouping, shortWithTrunk, writtenLikeItsCountry } from './grouping';
import { LABEL_REACH, LABEL_RIGHT_BEFORE, LABEL_STOP, LABEL_WORDS, PHONE_SYMBOL, labelOf, labelOfCell } from './labels';
import { mayHoldNumber, normalize } from './normalize';
import { mayGiveCandidate } from './prefilter';
import { hasBadNeighbours, insideIdentifier, isAmount, isDateRange, isDateShaped, isTechnicalShape } from './shapes';

export interface NumberMatch {
  /** UTF-16 offsets into the text given to findNumberMatches, end exclusive. */
  start: number;
  end: number;
  /** The text as it appears on the page (not normalized). */
  text: string;
  /** The country the number was read for, when it is written in national format. */
  country?: string;
}

/** What the page says around a run of text, for labels the run itself does not hold. */
export interface MatchContext {
  /** The text just before the run: the previous table cell, the <dt> of a <dd>, a label element. */
  labelBefore?: () => string;
  /** Whether the page text [start, end) lies inside a tel: link. */
  inTelLink?: (start: number, end: number) => boolean;
}

/** Digits a number in national form has at least, trunk prefix left out. */
const MIN_NATIONAL_DIGITS = 7;

/**
 * All phone numbers in `text`, for a page whose numbers in national format belong to
 * `defaultCountry` (ISO 3166-1 alpha-2; numbers with +CC are found regardless). A list of
 * countries is tried in order: a national number not valid for the first is read for the next.
 */
export function findNumberMatches(
  text: string,
  defaultCountry?: string | readonly (string | undefined)[],
  context: MatchContext = {},
): NumberMatch[] {
  if (!mayHoldNumber(text)) return [];
  const countries = countriesOf(defaultCountry);
  const { text: normalized, origin } = normalize(text);
  if (!mayGiveCandidate(normalized)) return [];
  const matches: NumberMatch[] = [];
  let previousEnd = 0;
  for (const { startsAt, endsAt, mainEndsAt, number, country, fallback } of candidatesIn(normalized, countries)) {
    const segmentStart = previousEnd;
    previousEnd = endsAt;
    const shape = normalized.slice(startsAt, endsAt).trim();
    const mainShape = normalized.slice(startsAt, mainEndsAt).trim();
    if (isDateShaped(shape) || isDateRange(shape) || isTechnicalShape(shape)) continue;
    if (hasBadNeighbours(normalized, startsAt, endsAt) || insideIdentifier(normalized, startsAt, endsAt)) continue;
    if (isAmount(normalized, startsAt, endsAt)) continue;

    const start = origin ? origin[startsAt]! : startsAt;
    const end = (origin ? origin[endsAt - 1]! : endsAt - 1) + 1;
    let segment = normalized.slice(Math.max(segmentStart, startsAt - LABEL_REACH), startsAt);
    const stop = LABEL_STOP.exec(segment);
    if (stop) segment = segment.slice(stop.index + 1);
    let label = labelOf(segment, LABEL_WORDS);
    // Nothing before the number in its own run: the previous cell, <dt> or label element speaks for it.
    if (label === undefined && segmentStart === 0 && !/[\p{L}\p{N}]/u.test(segment) && context.labelBefore)
      label = labelOfCell(context.labelBefore().slice(-LABEL_REACH));
    if (label === 'fax' || label === 'reference') continue;
    const phoneCue =
      label === 'phone' || PHONE_SYMBOL.test(segment) || (context.inTelLink?.(start, end) ?? false);
    const labelRightBefore =
      phoneCue && (label !== 'phone' || (LABEL_RIGHT_BEFORE.test(segment) && labelOf(segment, 1) === 'phone'));

    const national = isNationalForm(mainShape, number);
    // Without +CC or an international prefix, a number has at least 7 digits after its trunk
    // prefix: shorter valid ones are service and short codes ("14 030"), not numbers to dial here.
    // Taken only with both the country's trunk prefix and a phone label right before it:
    // "Service-Nummer 030 2970", "vaihde (09) 4711".
    if (national && number.nationalNumber.length < MIN_NATIONAL_DIGITS && !(label === 'phone' && labelRightBefore && shortWithTrunk(mainShape, number)))
      continue;
    // An unbroken digit run is an id more often than a phone number, unless a label says otherwise.
    if (/^\d+$/.test(mainShape) && !phoneCue) continue;
    if (!writtenLikeItsCountry(mainShape, number, phoneCue)) continue;
    // A number read only for the page language's country must be grouped as that country writes it.
    // A phone label right before it vouches for other customary groupings of the same digits.
    if (national && !groupingFits(mainShape, number, fallback ? 0 : 1) && !(labelRightBefore && plausibleGrouping(mainShape, number)))
      continue;

    matches.push({ start, end, text: text.slice(start, end), ...(national && country ? { country } : {}) });
  }
  return matches;
}

