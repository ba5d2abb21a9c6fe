/**
 * A run of page text as the content script sends it to be matched elsewhere (the background),
 * with what the page says around it as plain data, and the answer. The page is read in two
 * rounds: what every run needs goes with the run; what only some candidates need (labels before
 * the run, the column header, a heading above, visibility) is read from the page only when the
 * matcher asks for it: the answer is then NEEDS_AROUND and the run comes back with `around`.
 * Plain TypeScript, no browser APIs: the same matcher as in-page matching, the same matches.
 */
import { findNumberMatches, type MatchContext, type NumberMatch } from './index';

/** A span [start, end) of a run's text, UTF-16 offsets. */
export type Span = readonly [number, number];

export interface RunQuery {
  text: string;
  /** Offsets where an element starts or ends between two of the run's text nodes. */
  edges?: readonly number[];
  /** The `lang` of the nearest element around the run that has one, below <html>. */
  lang?: string;
  /** The spans of the text that lie inside one tel: link each. */
  telLinks?: readonly Span[];
  /** Read from the page only after a NEEDS_AROUND answer. */
  around?: RunSurroundings;
}

export interface RunSurroundings {
  labelBefore: string;
  columnHeader: string;
  headingAbove: string;
  /** The spans of text nodes that are laid out but not drawn (visibility: hidden or collapse). */
  invisible: readonly Span[];
}

export const NEEDS_AROUND = 'needs-around';
export type RunAnswer = NumberMatch[] | typeof NEEDS_AROUND;

/** Thrown through the matcher when it reads what the query does not carry yet. */
const AROUND_MISSING = Symbol('around missing');

const overlaps = (spans: readonly Span[], start: number, end: number) => spans.some(([a, b]) => a < end && start < b);
const contains = (spans: readonly Span[], start: number, end: number) => spans.some(([a, b]) => a <= start && end <= b);

function contextOf(query: RunQuery): MatchContext {
  const around = (): RunSurroundings => {
    if (!query.around) throw AROUND_MISSING;
    return query.around;
  };
  return {
    labelBefore: () => around().labelBefore,
    columnHeader: () => around().columnHeader,
    headingAbove: () => around().headingAbove,
    isInvisible: (start, end) => overlaps(around().invisible, start, end),
    inTelLink: (start, end) => contains(query.telLinks ?? [], start, end),
    sectionLang: () => query.lang,
    elementEdges: () => query.edges ?? [],
  };
}

/** The matches of one run, or NEEDS_AROUND when the matcher needs what the page says around it. */
export function answerRunQuery(query: RunQuery, countries: readonly (string | undefined)[]): RunAnswer {
  try {
    return findNumberMatches(query.text, countries, contextOf(query));
  } catch (error) {
    if (error === AROUND_MISSING) return NEEDS_AROUND;
    throw error;
  }
}
