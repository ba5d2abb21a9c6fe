/**
 * The pending work, most urgent first: nodes a mutation touched (the run around each is read
 * again), then subtrees to walk (the page's body, added blocks, shadow roots, elements defined or
 * drawn again), one at a time through the walk's generator, which is taken up again step by step.
 */
import { excludedByAncestor } from './dom';
import type { Run } from './runs';
import { runAround, runsIn, type WalkOptions } from './walk';

export interface WorkQueue {
  /** Reads again the run around a text node or an inline element. */
  touch(node: Node): void;
  /** Walks a subtree afresh. */
  walk(root: Node): void;
  /** Walks `root` from its start again, and drops the walk in progress (begun while the page was parsed). */
  walkAgain(root: Node): void;
  /** The page removed nodes: the next slice sweeps out what they held. */
  sweepNext(): void;
  /** Whether a sweep is due; asking clears it. */
  takeSweep(): boolean;
  /** One step of the most urgent work; false when there is none. */
  step(): boolean;
  /** Whether any work is left, a sweep included. */
  readonly pending: boolean;
  /** Whether subtrees wait to be walked. */
  readonly walksWaiting: boolean;
}

/** `walk` says how subtrees are walked (the queue itself takes back a subtree the walk was cut off from); `read` reads each run. */
export function createWorkQueue(walk: Omit<WalkOptions, 'onCutOff'>, read: (run: Run) => void): WorkQueue {
  const { ignore, mayMatch, onShadowRoot, onUndefined, wasTracked } = walk;
  const touched = new Set<Node>();
  const subtrees = new Set<Node>();
  let current: Generator<Run | null> | undefined;
  let currentRoot: Node | undefined;
  let sweep = false;
  const walkOptions: WalkOptions = { ignore, mayMatch, onShadowRoot, onUndefined, wasTracked, onCutOff: (root) => void subtrees.add(root) };

  function step(): boolean {
    const node = next(touched);
    if (node) {
      if (node.isConnected && !excludedByAncestor(node, ignore)) {
        const run = runAround(node, ignore);
        if (run) {
          run.candidate = mayMatch(run) || wasTracked(run.nodes);
          read(run);
        }
      }
      return true;
    }
    if (!current) {
      const root = next(subtrees);
      if (root) {
        if (root.isConnected && !excludedByAncestor(root, ignore)) {
          current = runsIn(root, walkOptions);
          currentRoot = root;
        }
        return true;
      }
    }
    if (current) {
      const run = current.next();
      if (run.done) current = undefined;
      else if (run.value) read(run.value);
      return true;
    }
    return false;
  }

  return {
    touch: (node) => void touched.add(node),
    walk: (root) => void subtrees.add(root),
    walkAgain(root) {
      if (currentRoot === root) current = undefined;
      subtrees.delete(root);
      subtrees.add(root);
    },
    sweepNext() {
      sweep = true;
    },
    takeSweep() {
      const due = sweep;
      sweep = false;
      return due;
    },
    step,
    get pending() {
      return touched.size > 0 || subtrees.size > 0 || current !== undefined || sweep;
    },
    get walksWaiting() {
      return subtrees.size > 0;
    },
  };
}

function next<T>(set: Set<T>): T | undefined {
  const first = set.values().next();
  if (first.done) return undefined;
  set.delete(first.value);
  return first.value;
}
