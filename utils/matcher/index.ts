/**
 * Matcher: page text -> phone number matches. Pure: no DOM, no browser APIs.
 * libphonenumber-js finds the candidates (leniency VALID); the guards below drop the shapes it
 * still accepts that a reader would never take for a phone number (dates, IPs, versions, prices,
 * references, fax lines), reading the candidate's shape, its neighbours and its label.
 * One concern a file: normalize, prefilter, candidates (+ extension), shapes, labels, grouping,
 * element-breaks and glued-edges (digits of two elements written against each other); worth-matching
 * (the matcher's first exits, for the content script).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { candidatesIn } from './candidates';
import { reconcileReadings, spacedAt, withoutCutNumbers } from './element-breaks';
import { gluedEdges } from './glued-edges';
import { countryOfLang, withLabelledCountries } from './number-country';
import { vanityNumbersIn } from './vanity';
import { countriesOf } from './countries';
import { groupingFits, isNationalForm, plausibleGrouping, shortAsWritten, shortServiceAsWritten, writtenLikeItsCountry } from './grouping';
import {
  LABEL_REACH, LABEL_RIGHT_BEFORE, LABEL_STOP, LABEL_WORDS, PHONE_SYMBOL, isGluedLabel, labelAfter, labelOf, labelOfCell,
  lowerCaseFaxBefore, namesPhoneDirectly, serialMarkBefore, type Label,
} from './labels';
import { mayHoldNumber, normalize } from './normalize';
import { mayGiveCandidate } from './prefilter';
import { contextOfQuery, type RunQuery } from './run-query';
import { hasBadNeighbours, insideIdentifier, type GlueAllowed, isAmount, isDateRange, isDateShaped, isTechnicalShape } from './shapes';

export interface NumberMatch {
  /** UTF-16 offsets into the text given to findNumberMatches, end exclusive. */
  start: number;
  end: number;
  /** The text as it appears on the page (not normalized). */
  text: string;
  /** The country the number was read for, when it is written in national format. */
  country?: string;
  /**
   * What to dial when it differs from `text`: a vanity number's keypad digits ("1-800-3569377"
   * for "1-800-FLOWERS"); `text` keeps the letters as the page shows them.
   */
  dial?: string;
}

/** What the page says around a run of text, for labels the run itself does not hold. */
export interface MatchContext {
  /** The text just before the run: the previous table cell, the <dt> of a <dd>, a label element. */
  labelBefore?: () => string;
  /** Whether the page text [start, end) lies inside a tel: link. */
  inTelLink?: (start: number, end: number) => boolean;
  /** The `lang` of the nearest element around the run that has one, below <html>: a section in another language. */
  sectionLang?: () => string | undefined;
  /** The header cell text of the run's table column (Phone, Fax, Telefax ...), '' when none. */
  columnHeader?: () => string;
  /** The nearest heading before the run's block ("Fax:" over a list of numbers), '' when none. */
  headingAbove?: () => string;
  /** Whether the page text [start, end) is laid out but not drawn (visibility: hidden). */
  isInvisible?: (start: number, end: number) => boolean;
  /** Offsets in the run's text where an element starts or ends between two of its text nodes ("0190|<time>09:32"). */
  elementEdges?: () => readonly number[];
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
  const joined = matchesIn(text, defaultCountry, context);
  // Digits of two elements written against each other: read again with a space between them (see element-breaks).
  const edges = gluedEdges(text, context.elementEdges?.());
  if (!edges.length) return joined;
  const { text: spacedText, toText } = spacedAt(text, edges);
  const spacedContext: MatchContext = {
    ...context,
    inTelLink: context.inTelLink && ((start, end) => context.inTelLink!(toText(start), toText(end))),
    isInvisible: context.isInvisible && ((start, end) => context.isInvisible!(toText(start), toText(end))),
  };
  const spaced = matchesIn(spacedText, defaultCountry, spacedContext).map((m) => {
    const start = toText(m.start);
    const end = toText(m.end);
    return { ...m, start, end, text: text.slice(start, end) };
  });
  const countries = countriesOf(defaultCountry);
  const readsAsOne = (part: string) => {
    const { text: normalizedPart } = normalize(part);
    // Each country alone: a later country's reading is not hidden behind an earlier one's shorter number.
    return countries.some((country) => candidatesIn(normalizedPart, [country]).some((c) => c.startsAt === 0 && c.mainEndsAt >= normalizedPart.length));
  };
  return reconcileReadings(text, joined, withoutCutNumbers(text, spaced, edges, readsAsOne), edges);
}

/**
 * The label the cell (or <dt>, label element) before the run gives it. A reference word there is
 * the row's content, not a label, under a column header that names phones outright: "order
 * invoice | +44 20 7946 0677" under "Phone". A row labelled "Fax (all offices)" stays a fax, and a
 * "Permit #" row under a "Contact" header a reference.
 */
function labelOfBeforeCell(context: MatchContext): Label | undefined {
  const label = labelOfCell(context.labelBefore?.().slice(-LABEL_REACH) ?? '');
  return label === 'reference' && namesPhoneDirectly(context.columnHeader?.() ?? '') ? undefined : label;
}

/** The matches of one reading of the text (findNumberMatches without element edges). */
function matchesIn(text: string, defaultCountry: string | readonly (string | undefined)[] | undefined, context: MatchContext): NumberMatch[] {
  if (!mayHoldNumber(text)) return [];
  const { text: normalized, origin } = normalize(text);
  const vanity = vanityMatchesIn(text, normalized, origin, countriesOf(defaultCountry)[0]);
  if (!mayGiveCandidate(normalized)) return vanity;
  // The nearest `lang` wins: a section in another language reads its national numbers first.
  const sectionCountry = countryOfLang(context.sectionLang?.());
  const pageCountries = countriesOf(defaultCountry);
  const countries = sectionCountry && sectionCountry !== pageCountries[0] ? [sectionCountry, ...pageCountries.filter((c) => c !== sectionCountry)] : pageCountries;
  const matches: NumberMatch[] = [];
  let previousEnd = 0;
  const candidates = withLabelledCountries(normalized, candidatesIn(normalized, countries), countries[0]);
  for (const [index, { startsAt, endsAt, mainEndsAt, number, country, fallback }] of candidates.entries()) {
    const segmentStart = previousEnd;
    previousEnd = endsAt;
    const shape = normalized.slice(startsAt, endsAt).trim();
    const mainShape = normalized.slice(startsAt, mainEndsAt).trim();
    if (isDateShaped(shape) || isDateRange(shape) || isTechnicalShape(shape)) continue;
    const glue = gluedLabels(text, normalized, origin, startsAt, endsAt);
    if (hasBadNeighbours(normalized, startsAt, endsAt, glue) || insideIdentifier(normalized, startsAt, endsAt)) continue;
    if (isAmount(normalized, startsAt, endsAt)) continue;

    const start = origin ? origin[startsAt]! : startsAt;
    const end = (origin ? origin[endsAt - 1]! : endsAt - 1) + 1;
    let segment = normalized.slice(Math.max(segmentStart, startsAt - LABEL_REACH), startsAt);
    const stop = LABEL_STOP.exec(segment);
    if (stop) segment = segment.slice(stop.index + 1);
    let label = labelOf(segment, LABEL_WORDS);
    if (lowerCaseFaxBefore(segment)) label = 'fax';
    if (serialMarkBefore(segment)) label = 'reference';
    // Nothing before the number in its own run: the previous cell, <dt> or label element speaks for it.
    // (Nothing at all before it in the run: "Lyon · 04 …" is labelled by "Lyon", not by the previous line's "(F)".)
    const alone = segmentStart === 0 && !/[\p{L}\p{N}]/u.test(normalized.slice(0, startsAt));
    if (label === undefined && alone && context.labelBefore) label = labelOfBeforeCell(context);
    if (label === 'fax' || label === 'reference') continue;
    // A fax label after the number ("… 0141 fax", "(F)"), over its table column or in a heading above it.
    const nextStart = candidates[index + 1]?.startsAt ?? normalized.length;
    // (Up to the next number's first character: a fax word before it is that number's label.)
    if (labelAfter(normalized.slice(endsAt, Math.min(nextStart + 1, endsAt + LABEL_REACH))) === 'fax') continue;
    const header = label === undefined && alone ? labelOfCell(context.columnHeader?.() ?? '') : undefined;
    if (header === 'fax') continue;
    if (!namesPhoneDirectly(segment) && labelOfCell(context.headingAbove?.() ?? '') === 'fax') continue;
    if (header === 'phone') label = 'phone';
    const phoneCue =
      label === 'phone' || PHONE_SYMBOL.test(segment) || (context.inTelLink?.(start, end) ?? false);
    const labelRightBefore =
      phoneCue && (label !== 'phone' || (LABEL_RIGHT_BEFORE().test(segment) && labelOf(segment, 1) === 'phone'));

    const national = isNationalForm(mainShape, number);
    // Without +CC or an international prefix, a number has at least 7 digits after its trunk
    // prefix: shorter valid ones are service and short codes ("14 030"), not numbers to dial here.
    // Taken only with a phone label right before it and either the country's trunk prefix
    // ("Service-Nummer 030 2970", "vaihde (09) 4711") or, for a service line the country dials
    // without one, its digit groups ("call 13 22 11").
    const short = national && number.nationalNumber.length < MIN_NATIONAL_DIGITS;
    const shortService = short && label === 'phone' && labelRightBefore && shortServiceAsWritten(mainShape, number);
    if (short && !shortService && !(label === 'phone' && labelRightBefore && shortAsWritten(mainShape, number))) continue;
    // An unbroken digit run is an id more often than a phone number, unless a label says otherwise.
    if (/^\d+$/.test(mainShape) && !phoneCue) continue;
    if (!writtenLikeItsCountry(mainShape, number, phoneCue) && !shortService) continue;
    // A number read only for the page language's country must be grouped as that country writes it.
    // A phone label right before it vouches for other customary groupings of the same digits.
    if (national && !groupingFits(mainShape, number, fallback ? 0 : 1) && !(labelRightBefore && plausibleGrouping(mainShape, number)))
      continue;

    // Laid out but not drawn: not on the page for a reader, nor in the badge.
    if (context.isInvisible?.(start, end)) continue;
    matches.push({ start, end, text: text.slice(start, end), ...(national && country ? { country } : {}) });
  }
  if (!vanity.length) return matches;
  return [...matches, ...vanity.filter((v) => !matches.some((m) => m.start < v.end && v.start < m.end))].sort((a, b) => a.start - b.start);
}

/**
 * Whether the letters touching a candidate are a label written against it ("TEL03-…",
 * "…-3900Fax:"), and a slash after it a full-width one (CJK text: "…4567／FAX…").
 */
function gluedLabels(text: string, normalized: string, origin: number[] | undefined, startsAt: number, endsAt: number): GlueAllowed {
  const wordBefore = /[\p{L}]+$/u.exec(normalized.slice(Math.max(0, startsAt - 12), startsAt))?.[0] ?? '';
  const wordAfter = /^[\p{L}]+(?:-[\p{L}]+)?/u.exec(normalized.slice(endsAt, endsAt + 12))?.[0] ?? '';
  const fullWidthSlash = (at: number) => normalized[at] === '/' && text[origin ? origin[at]! : at] === '\uFF0F';
  return {
    before: isGluedLabel(wordBefore) || fullWidthSlash(startsAt - 1),
    after: isGluedLabel(wordAfter.replace(/-.*/, '') === 'E' ? 'email' : wordAfter) || fullWidthSlash(endsAt),
  };
}

/** Vanity numbers, as matches over the page text, each with the digits to dial. */
function vanityMatchesIn(text: string, normalized: string, origin: number[] | undefined, country: CountryCode | undefined): NumberMatch[] {
  return vanityNumbersIn(normalized, country)
    .filter((v) => {
      const label = labelOf(normalized.slice(Math.max(0, v.start - LABEL_REACH), v.start), LABEL_WORDS);
      return label !== 'fax' && label !== 'reference';
    })
    .map((v) => {
      const start = origin ? origin[v.start]! : v.start;
      const end = (origin ? origin[v.end - 1]! : v.end - 1) + 1;
      return { start, end, text: text.slice(start, end), country: 'US', dial: v.dial };
    });
}

/** The matches of one run a content script sent (run-query.ts). */
export function answerRunQuery(query: RunQuery, countries: readonly (string | undefined)[]): NumberMatch[] {
  return findNumberMatches(query.text, countries, contextOfQuery(query));
}
