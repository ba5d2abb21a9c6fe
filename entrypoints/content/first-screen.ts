/**
 * The first screenful, asked at once: the top of the page's runs are read and sent to be matched
 * in the content script's one start-up message, which also asks for the site's status and the
 * page's countries (start.ts; the background reads the countries from the page's hints, and
 * matches nothing on a site where ThruDial does not run). When the tracker then reads the same
 * runs, their answers are in already, so the first underlines wait for one round trip, not two
 * (background-matcher.ts takes them from `earlyAnswer`).
 * Only reads: nothing of the page changes before the site's status says ThruDial runs.
 */
import type { NumberMatch } from '@/utils/matcher';
import type { RunQuery } from '@/utils/matcher/run-query';
import { questionFor } from './background-matcher';
import { mayGiveNumber } from './tracker/match-context';
import type { TaskScheduler } from './tracker/scheduler';
import { runsIn } from './tracker/walk';

/** As long as the tracker's own first slice: the same runs, no more. */
const FIRST_SCREEN_MS = 8;

/**
 * The first screenful is what the user looks at: its task goes before the page's ordinary ones
 * where the browser orders tasks by priority (scheduler.postTask); a plain task elsewhere.
 */
function firstTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(callback, { priority: 'user-blocking' }).catch(() => undefined);
  else setTimeout(callback, 0);
}

/** A run's question as a key: the same text in the same surroundings gets the same answer. */
const queryKey = (query: RunQuery): string => JSON.stringify(query);

/**
 * Reads the first runs of `doc` (in the next task, not in the script's own evaluation) and asks
 * once, with them in one batch (with none, on a page without any). Returns the early answer for a
 * query, once per query, if it was asked (a promise of undefined when no answer came).
 */
export function askFirstScreen(
  doc: Document,
  ask: (runs: RunQuery[]) => Promise<NumberMatch[][] | undefined>,
  ignore?: (element: Element) => boolean,
  budgetMs = FIRST_SCREEN_MS,
): (query: RunQuery) => Promise<NumberMatch[] | undefined> | undefined {
  const early = new Map<string, Promise<NumberMatch[] | undefined>>();
  firstTask(() => {
    // The question is asked whatever happens here: it also brings the site's status (start.ts).
    let queries: RunQuery[] = [];
    try {
      if (doc.body) queries = firstQueries(doc.body, budgetMs, ignore);
    } catch {
      // A page that fights the walk: asked without runs; the tracker reads the page later, in its own slices.
    }
    // No answer (the background refused or was reloading): undefined, and the tracker asks again.
    const settled = ask(queries).then((all) => all, () => undefined);
    queries.forEach((query, i) => early.set(queryKey(query), settled.then((all) => all?.[i])));
  });
  let hits = 0;
  return (query) => {
    if (!early.size) return undefined;
    const key = queryKey(query);
    const answer = early.get(key);
    // The tracker reads the runs in the same order: past the first screenful, nothing more is kept.
    if (!answer && hits > 0) early.clear();
    else if (answer) hits++;
    early.delete(key);
    return answer;
  };
}

/** The questions for the runs at the top of `body` that may give a number, read for at most `budgetMs`. */
function firstQueries(body: HTMLElement, budgetMs: number, ignore?: (element: Element) => boolean): RunQuery[] {
  const queries: RunQuery[] = [];
  const until = performance.now() + budgetMs;
  const walk = runsIn(body, {
    ignore,
    mayMatch: mayGiveNumber,
    // Shadow roots and custom elements are the tracker's: this reads the document's own first runs.
    onShadowRoot: () => undefined,
    onUndefined: () => undefined,
    wasTracked: () => false,
    onCutOff: () => undefined,
  });
  for (let next = walk.next(); !next.done && performance.now() < until; next = walk.next()) {
    const query = next.value?.candidate ? questionFor(next.value, ignore) : undefined;
    if (query) queries.push(query);
  }
  return queries;
}
