/**
 * One slice of work, at most `budget` ms before the page gets its turn: a sweep when the page
 * removed nodes, then the most urgent work step by step; the underlines are committed, and the
 * count told when it changed.
 */
import type { Blocks } from './blocks';
import type { Found } from './found';
import type { Scheduler } from './scheduler';
import type { ShadowTrees } from './shadow-trees';
import type { Underlines } from './underline';
import type { WorkQueue } from './work-queue';

/** Held-back underline changes are applied at least this often while far work goes on. */
const COMMIT_MS = 500;

export interface SliceDeps {
  queue: Pick<WorkQueue, 'takeSweep' | 'step'>;
  found: Pick<Found, 'size'>;
  blocks: Pick<Blocks, 'sweep'>;
  trees: Pick<ShadowTrees, 'forgetRemoved'>;
  underlines: Pick<Underlines, 'commit'>;
  /** Every number is underlined, near the viewport or not: far ones are committed at most every COMMIT_MS. */
  underlineAll: boolean;
  scheduler: Pick<Scheduler, 'caughtUp' | 'later'>;
  onChange?: (count: number) => void;
  stopped(): boolean;
  /** The page is still parsed (parsing.ts): underlines are committed, but no more is read until it is done. */
  holding(): boolean;
}

export interface Slices {
  work(budget: number): void;
  /** Tells the count when it changed since it was last told. */
  tellCount(): void;
}

export function createSlices(deps: SliceDeps): Slices {
  const { queue, found, underlines, underlineAll, scheduler } = deps;
  let lastCommit = performance.now();
  // The badge starts empty: 0 is never news.
  let lastCount = 0;

  function work(budget: number): void {
    if (deps.stopped()) return;
    if (queue.takeSweep()) {
      deps.blocks.sweep();
      deps.trees.forgetRemoved();
    }
    const until = performance.now() + Math.max(budget, 1);
    const held = deps.holding();
    let more = true;
    while (!held && performance.now() < until && (more = queue.step()));
    if (!more) scheduler.caughtUp();
    // Underlines near the viewport show at once; with underline: 'all', the rest at most every COMMIT_MS.
    const due = !more || !underlineAll || performance.now() - lastCommit >= COMMIT_MS;
    if (due && underlines.commit()) lastCommit = performance.now();
    if (more && !held) scheduler.later();
    tellCount();
  }

  function tellCount(): void {
    if (found.size === lastCount) return;
    lastCount = found.size;
    deps.onChange?.(found.size);
  }

  return { work, tellCount };
}
