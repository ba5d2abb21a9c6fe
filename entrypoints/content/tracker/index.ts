/**
 * Tracker: keeps a live Range over every phone number in the page's drawn text, in the document
 * and in every shadow root under it, without touching the page's DOM:
 * 1. the walk (walk.ts) reads text and tag names only, in idle slices, in document order (the
 *    top of the page, where a page opens, first), and each run that may hold a number is matched
 *    at once;
 * 2. only the blocks that hold a found number are watched by an IntersectionObserver
 *    (viewport.ts), which tells from the browser's own layout whether they are near the viewport,
 *    far from it, or not drawn (their numbers are then dropped until they are drawn again);
 * 3. only numbers near the viewport are registered with the Highlight (underline.ts), so a page
 *    change re-validates a screenful of ranges, not the whole page's.
 * Mutations re-read only the runs they touch.
 */
import type { NumberMatch } from '@/utils/matcher';
import { createBlocks } from './blocks';
import { createFound } from './found';
import { holdWhileParsed } from './parsing';
import { caretAt, hitByBoxes, rectsContain } from './hit-test';
import { mayGiveNumber } from './match-context';
import { watchMutations } from './mutations';
import { createReader } from './reading';
import type { Run } from './runs';
import { createScheduler } from './scheduler';
import { createShadowTrees } from './shadow-trees';
import { createSlices } from './slice';
import { recheckUndefined } from './undefined-elements';
import { createUnderlines, HIGHLIGHT_NAME } from './underline';
import { watchViewport } from './viewport';
import { createWorkQueue } from './work-queue';

export { HIGHLIGHT_NAME };

export interface TrackedNumber {
  /** The number as written on the page. */
  readonly text: string;
  /** The country it was read for, when it is in national format. */
  readonly country?: string;
  /** Live range over the page's own text nodes (may span several). */
  readonly range: Range;
  /**
   * The text nodes the number was read from, in order: the range's first and last, and those between
   * that were drawn (text a page hides inside a number, against scrapers, is spanned but not read).
   */
  readonly nodes: readonly Text[];
  /** What to dial when it differs from the text: a vanity number's keypad digits. */
  readonly dial?: string;
}

export interface NumberTracker {
  /** How many numbers are tracked now (for the badge). */
  readonly count: number;
  numbers(): TrackedNumber[];
  /** The number drawn at a viewport point, for hover and click. */
  numberAt(clientX: number, clientY: number): TrackedNumber | undefined;
  /** Run all pending work now (tests, and before answering a count query). */
  flush(): void;
  stop(): void;
}

export interface TrackerOptions {
  /**
   * Matches one run of text: at once (matchLocally in match-context.ts) or later (the content
   * script's background-matcher.ts); a late answer for a run the page changed since is dropped.
   */
  match: (run: Run) => NumberMatch[] | Promise<NumberMatch[]>;
  /** Elements whose subtree is never looked at (ThruDial's own host). */
  ignore?: (element: Element) => boolean;
  onChange?: (count: number) => void;
  /**
   * Whether the matcher can find a number in a run (default: mayGiveNumber, exact). Asked by the walk, before
   * anything else is read of the run's page: most runs with digits hold dates, prices or ids only.
   */
  mayMatch?: (run: Run) => boolean;
  /** Longest slice of work before yielding to the page, in ms. */
  budgetMs?: number;
  /**
   * Which numbers are registered with the Highlight: only those near the viewport (default; a
   * page change then re-validates a screenful of ranges, not the whole page's), or all.
   */
  underline?: 'near' | 'all';
}

export function trackNumbers(doc: Document, options: TrackerOptions): NumberTracker {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const { ignore } = options;
  const mayMatch = options.mayMatch ?? mayGiveNumber;
  const underlineAll = options.underline === 'all';
  const budgetMs = options.budgetMs ?? 8;
  let stopped = false;
  const isStopped = () => stopped;
  // Each part gets only what it uses; a part made further down is reached through an arrow, called
  // only once the tracker has started.
  const found = createFound();
  const underlines = createUnderlines(doc);
  const scheduler = createScheduler(view, budgetMs, (budget) => slices.work(budget));
  const viewport = watchViewport(view, (changed) => blocks.onNearness(changed));
  const blocks = createBlocks({ found, underlines, viewport, underlineAll, readAgain: (element) => queue.walk(element), scheduler, stopped: isStopped });
  const readRun = createReader({ doc, match: options.match, mayMatch, found, blocks, underlines, underlineAll, viewport, scheduler, stopped: isStopped, holding: () => parsing.holding });
  const queue = createWorkQueue(
    {
      ignore,
      mayMatch,
      onShadowRoot: (root) => trees.add(root),
      onUndefined: (element) => onUndefined(element),
      wasTracked: (nodes) => found.anyOn(nodes),
    },
    readRun,
  );
  const mutations = watchMutations(view, { ignore, queue, found, blocks, viewport, scheduler });
  const trees = createShadowTrees({ mutations, viewport, walk: (root) => queue.walk(root) });
  const onUndefined = recheckUndefined({ queue, scheduler, stopped: isStopped });
  // On a page still parsed, only the first slice is read until the parser is done (parsing.ts).
  let firstSliceDone = false;
  const slices = createSlices({
    queue, found, blocks, trees, underlines, underlineAll, scheduler, onChange: options.onChange, stopped: isStopped,
    holding: () => firstSliceDone && parsing.holding,
  });
  const parsing = holdWhileParsed(doc, () => {
    mutations.observe(doc.documentElement);
    if (doc.body) queue.walkAgain(doc.body);
    scheduler.later();
  });

  if (!parsing.holding) mutations.observe(doc.documentElement);
  if (doc.body) queue.walk(doc.body);
  // The first slice reads the top of the page now, what the user sees first: its runs go to be
  // matched while the browser lays out and paints the page, not after.
  slices.work(budgetMs);
  firstSliceDone = true;

  return {
    get count() {
      return found.size;
    },
    numbers: () => [...found.all()],
    numberAt(x, y) {
      const caret = caretAt(doc, x, y, [...trees.all()]);
      if (caret) for (const t of found.on(caret.node as Text)) {
        if (t.range.isPointInRange(caret.node, caret.offset) && rectsContain(t.range, x, y)) return t;
      }
      // The caret can land on a neighbouring node at a boundary, or at a shadow host: measure the numbers on screen.
      return hitByBoxes(blocks.near(), x, y, 500);
    },
    flush() {
      if (stopped) return;
      mutations.flush();
      scheduler.caughtUp();
      // At least once: the first slice (run at start) may have read everything already.
      do {
        slices.work(Infinity);
        blocks.askUntold();
      } while (!stopped && queue.pending && !parsing.holding);
      underlines.commit();
      slices.tellCount();
    },
    stop() {
      stopped = true;
      parsing.cancel();
      scheduler.cancel();
      mutations.disconnect();
      viewport.stop();
      underlines.stop();
      found.clear();
      blocks.clear();
    },
  };
}
