/**
 * Matching in the background: the content script carries no phone-number metadata
 * (libphonenumber-js and its `max` metadata were two thirds of content.js and most of its
 * evaluation time), and the page's main thread no longer pays for matching, only for reading
 * its text. Runs go in batches, one batch in flight per frame, so a click's own message waits
 * behind one batch at most. A run whose candidates need what the page says around it (labels,
 * headers, visibility) is answered NEEDS_AROUND, read again with its surroundings and sent first
 * in the next batch (utils/matcher/run-query.ts).
 */
import type { NumberMatch } from '@/utils/matcher';
import { NEEDS_AROUND, type RunAnswer, type RunQuery } from '@/utils/matcher/run-query';
import { worthMatching } from '@/utils/matcher/worth-matching';
import { elementEdges, runQueryOf, surroundingsOf } from './tracker/match-context';
import type { Run } from './tracker/runs';

/** Text per batch: a few ms of matching in the background, well under the guard's limit. */
const BATCH_CHARS = 64_000;
/** Runs per batch at most. */
const BATCH_RUNS = 400;

interface Pending {
  run: Run;
  query: RunQuery;
  resolve(matches: NumberMatch[]): void;
  reject(error: unknown): void;
}

export function matchInBackground(
  ask: (runs: RunQuery[]) => Promise<RunAnswer[] | undefined>,
  ignore?: (element: Element) => boolean,
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

  function answered(batch: Pending[], answers: RunAnswer[] | undefined): void {
    const again: Pending[] = [];
    batch.forEach((p, i) => {
      const answer = answers?.[i];
      if (answer === NEEDS_AROUND && !p.query.around) {
        p.query = { ...p.query, around: surroundingsOf(p.run, ignore) };
        again.push(p);
      } else p.resolve(Array.isArray(answer) ? answer : []);
    });
    // Runs with candidates first: they are the ones that will show an underline.
    queue.unshift(...again);
  }

  function send(): void {
    if (inFlight || !queue.length) return;
    const batch = nextBatch();
    inFlight = true;
    ask(batch.map((p) => p.query))
      .then(
        (answers) => answered(batch, answers),
        (error: unknown) => batch.forEach((p) => p.reject(error)),
      )
      .finally(() => {
        inFlight = false;
        send();
      });
  }

  return (run) => {
    const edges = elementEdges(run);
    // Most runs with digits hold dates, prices or ids only: answered here, at once, as the matcher would.
    if (!worthMatching(run.text, edges)) return [];
    return new Promise<NumberMatch[]>((resolve, reject) => {
      queue.push({ run, query: runQueryOf(run, edges), resolve, reject });
      // Runs read in the same slice go together.
      if (queue.length === 1) queueMicrotask(send);
    });
  };
}
