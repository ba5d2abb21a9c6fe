/**
 * Matching in the background: the content script carries no phone-number metadata
 * (libphonenumber-js and its `max` metadata were four fifths of content.js and most of its
 * evaluation time), and the page's main thread no longer pays for matching, only for reading
 * its text. Runs the matcher would give nothing for are answered here at once (worthMatching);
 * the rest go, with what the page says around them, in batches, one batch in flight per frame,
 * so a click's own message waits behind one batch at most (utils/matcher/run-query.ts).
 */
import type { NumberMatch } from '@/utils/matcher';
import type { RunQuery } from '@/utils/matcher/run-query';
import { worthMatching } from '@/utils/matcher/worth-matching';
import { elementEdges, runQueryOf } from './tracker/match-context';
import type { Run } from './tracker/runs';

/** Text per batch: a few ms of matching in the background, far under the guard's limit. */
const BATCH_CHARS = 64_000;
/** Runs per batch at most. */
const BATCH_RUNS = 400;

interface Pending {
  query: RunQuery;
  resolve(matches: NumberMatch[]): void;
  reject(error: unknown): void;
}

/**
 * What to ask the background about a run, or undefined when the matcher would give nothing for it.
 * The walk already skips such runs (mayGiveNumber); a run that held numbers before is read again
 * whatever it holds now, and is answered here, at once.
 */
export function questionFor(run: Run, ignore?: (element: Element) => boolean): RunQuery | undefined {
  const edges = elementEdges(run);
  return worthMatching(run.text, edges) ? runQueryOf(run, edges, ignore) : undefined;
}

export function matchInBackground(
  ask: (runs: RunQuery[]) => Promise<NumberMatch[][] | undefined>,
  ignore?: (element: Element) => boolean,
  /** An answer asked for before the tracker started (first-screen.ts), if any; undefined inside when none came. */
  earlyAnswer?: (query: RunQuery) => Promise<NumberMatch[] | undefined> | undefined,
): (run: Run) => NumberMatch[] | Promise<NumberMatch[]> {
  const queue: Pending[] = [];
  let inFlight = false;

  function nextBatch(): Pending[] {
    let chars = 0;
    let count = 0;
    // At least one run, however long; then as many as fit.
    while (count < queue.length && count < BATCH_RUNS && (count === 0 || chars + queue[count]!.query.text.length <= BATCH_CHARS))
      chars += queue[count++]!.query.text.length;
    return queue.splice(0, count);
  }

  function send(): void {
    if (inFlight || !queue.length) return;
    const batch = nextBatch();
    inFlight = true;
    ask(batch.map((p) => p.query))
      .then(
        (answers) => batch.forEach((p, i) => p.resolve(answers?.[i] ?? [])),
        (error: unknown) => batch.forEach((p) => p.reject(error)),
      )
      .finally(() => {
        inFlight = false;
        send();
      });
  }

  return (run) => {
    const query = questionFor(run, ignore);
    if (!query) return [];
    const early = earlyAnswer?.(query);
    return early ? early.then((answer) => answer ?? queued(query)) : queued(query);
  };

  function queued(query: RunQuery): Promise<NumberMatch[]> {
    return new Promise<NumberMatch[]>((resolve, reject) => {
      queue.push({ query, resolve, reject });
      // Runs read in the same slice go together.
      if (queue.length === 1) queueMicrotask(send);
    });
  }
}
