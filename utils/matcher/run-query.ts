/**
 * A run of page text as the content script sends it to be matched elsewhere (the background),
 * with what the page says around it as plain data (what the matcher's MatchContext reads from
 * the DOM when it runs in the page), and the answer. Plain TypeScript, no browser APIs: the same
 * matcher as in-page matching, the same matches (answerRunQuery, index.ts). Imports only the matcher's
 * types: the content script reads it, and the matcher itself belongs to the background's bundle.
 */
import type { MatchContext } from './index';

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
  /** The text just before the run (the previous cell, the <dt>, a label element). */
  labelBefore: string;
  /** The header cell text of the run's table column. */
  columnHeader: string;
  /** The nearest heading before the run's block. */
  headingAbove: string;
  /** The spans of text nodes that are laid out but not drawn (visibility: hidden or collapse). */
  invisible?: readonly Span[];
}

const overlaps = (spans: readonly Span[], start: number, end: number) => spans.some(([a, b]) => a < end && start < b);
const contains = (spans: readonly Span[], start: number, end: number) => spans.some(([a, b]) => a <= start && end <= b);

/** The matcher's view of the page around a run, from the run's data. */
export function contextOfQuery(query: RunQuery): MatchContext {
  return {
    labelBefore: () => query.labelBefore,
    columnHeader: () => query.columnHeader,
    headingAbove: () => query.headingAbove,
    isInvisible: (start, end) => overlaps(query.invisible ?? [], start, end),
    inTelLink: (start, end) => contains(query.telLinks ?? [], start, end),
    sectionLang: () => query.lang,
    elementEdges: () => query.edges ?? [],
  };
}

