/**
 * The numbers found so far: each with its live Range and the text nodes it covers, indexed by
 * node (a mutation drops exactly the numbers on the nodes it touched) and by block (the unit the
 * IntersectionObserver reports on).
 */
import type { TrackedNumber } from './index';

export interface Tracked extends TrackedNumber {
  nodes: Text[];
  block: Block;
}

/** A block that holds (or held) found numbers: the element whose box says whether they are drawn and near. */
export interface Block {
  element: Element;
  numbers: Set<Tracked>;
  /** Not drawn at the last report: its numbers were dropped, and it is read again once drawn. */
  undrawn: boolean;
}

export interface Found {
  readonly size: number;
  all(): IterableIterator<Tracked>;
  add(t: Tracked): void;
  /** Forgets a number; false when it was not there. */
  delete(t: Tracked): boolean;
  on(node: Text): Iterable<Tracked>;
  /** Whether any of the nodes carries a found number. */
  anyOn(nodes: Text[]): boolean;
  clear(): void;
}

export function createFound(): Found {
  const all = new Set<Tracked>();
  const byNode = new Map<Text, Set<Tracked>>();
  return {
    get size() {
      return all.size;
    },
    all: () => all.values(),
    add(t) {
      all.add(t);
      t.block.numbers.add(t);
      for (const n of t.nodes) {
        let set = byNode.get(n);
        if (!set) byNode.set(n, (set = new Set()));
        set.add(t);
      }
    },
    delete(t) {
      if (!all.delete(t)) return false;
      t.block.numbers.delete(t);
      for (const n of t.nodes) {
        const set = byNode.get(n);
        set?.delete(t);
        if (set?.size === 0) byNode.delete(n);
      }
      return true;
    },
    on: (node) => byNode.get(node) ?? [],
    anyOn: (nodes) => byNode.size > 0 && nodes.some((n) => byNode.has(n)),
    clear() {
      all.clear();
      byNode.clear();
    },
  };
}
