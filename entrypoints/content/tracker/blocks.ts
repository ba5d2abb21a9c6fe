/**
 * The watched blocks: only the blocks that hold found numbers (or held them and are not drawn
 * now) are watched by the IntersectionObserver (viewport.ts), and only the numbers of the blocks
 * it reports near the viewport are registered with the Highlight (underline.ts).
 */
import { blockOf, isDrawn, isElement } from './dom';
import type { Block, Found, Tracked } from './found';
import type { Run } from './runs';
import type { Scheduler } from './scheduler';
import type { Underlines } from './underline';
import type { Nearness, ViewportWatch } from './viewport';

export interface BlocksDeps {
  found: Pick<Found, 'all' | 'delete'>;
  underlines: Pick<Underlines, 'add' | 'delete'>;
  viewport: Pick<ViewportWatch, 'watch' | 'unwatch' | 'nearness'>;
  /** Every number is underlined, near the viewport or not (TrackerOptions.underline 'all'). */
  underlineAll: boolean;
  /** A block drawn again: its subtree is read afresh. */
  readAgain(element: Element): void;
  scheduler: Pick<Scheduler, 'soon'>;
  stopped(): boolean;
}

export interface Blocks {
  /** The block of an element, when it is watched. */
  known(element: Element): Block | undefined;
  /** The block of a number just found; watched from its first number on. */
  blockFor(element: Element): Block;
  /** Whether a number just found in the block is underlined now. */
  shows(block: Block): boolean;
  /** What the IntersectionObserver reported. */
  onNearness(changed: Map<Element, Nearness>): void;
  /** A block that is not drawn: its numbers are not on the page for the user, nor in the count. */
  hide(block: Block): void;
  /** Forgets a number and its underline. */
  drop(t: Tracked): void;
  /** Blocks the IntersectionObserver has not told about yet: ask the style directly. */
  askUntold(): void;
  /** After the page removed nodes: the numbers on them go, and the blocks removed or left without numbers. */
  sweep(): void;
  all(): IterableIterator<Block>;
  /** The numbers of the blocks near the viewport. */
  near(): Generator<Tracked>;
  clear(): void;
}

/** The element whose box says whether a run is drawn: its block, or the host of a shadow root's own text. */
export function elementOf(run: Run): Element | undefined {
  const block = blockOf(run.nodes[0]!);
  if (block && isElement(block)) return block;
  return run.nodes[0]!.parentElement ?? ((block as ShadowRoot | null)?.host ?? undefined);
}

export function createBlocks(deps: BlocksDeps): Blocks {
  const { found, underlines, viewport, underlineAll, scheduler } = deps;
  /** Blocks that hold found numbers (or held them and are not drawn now): the only ones watched. */
  const blocks = new Map<Element, Block>();
  const nearBlocks = new Set<Block>();
  /**
   * Until the observer's first report, every number found is underlined at once: the walk starts
   * at the top of the page, where the viewport usually is, and the report (after the next frame,
   * which on a big page waits for its whole first layout) takes the far ones away again.
   */
  let viewportTold = false;

  function blockFor(element: Element): Block {
    let block = blocks.get(element);
    if (!block) {
      block = { element, numbers: new Set(), undrawn: false };
      blocks.set(element, block);
      viewport.watch(element);
    }
    return block;
  }

  function onNearness(changed: Map<Element, Nearness>): void {
    if (deps.stopped()) return;
    viewportTold = true;
    for (const [element, nearness] of changed) {
      const block = blocks.get(element);
      if (!block) continue;
      if (nearness === 'undrawn') {
        hide(block);
        continue;
      }
      if (block.undrawn) {
        // Drawn again: read it afresh, the page may have changed it while hidden.
        block.undrawn = false;
        deps.readAgain(element);
      }
      if (nearness === 'near') bringNear(block);
      else {
        nearBlocks.delete(block);
        if (!underlineAll) for (const t of block.numbers) underlines.delete(t.range);
      }
    }
    // The next task commits the underlines and tells the new count.
    scheduler.soon();
  }

  function bringNear(block: Block): void {
    nearBlocks.add(block);
    for (const t of block.numbers) underlines.add(t.range);
  }

  function hide(block: Block): void {
    for (const t of [...block.numbers]) drop(t);
    block.undrawn = true;
    nearBlocks.delete(block);
  }

  function drop(t: Tracked): void {
    if (found.delete(t)) underlines.delete(t.range);
  }

  function askUntold(): void {
    for (const block of blocks.values()) {
      if (block.undrawn) continue;
      const nearness = viewport.nearness(block.element) ?? (isDrawn(block.element) ? 'near' : 'undrawn');
      if (nearness === 'undrawn') hide(block);
      else if (nearness === 'near' && !nearBlocks.has(block)) bringNear(block);
    }
  }

  /** Blocks the page removed, and blocks left without numbers: no longer watched or kept. */
  function forgetRemoved(): void {
    for (const [element, block] of blocks) {
      if (element.isConnected && (block.numbers.size || block.undrawn)) continue;
      viewport.unwatch(element);
      blocks.delete(element);
      nearBlocks.delete(block);
    }
  }

  return {
    known: (element) => blocks.get(element),
    blockFor,
    shows: (block) => underlineAll || nearBlocks.has(block) || !viewportTold,
    onNearness,
    hide,
    drop,
    askUntold,
    sweep() {
      for (const t of [...found.all()]) if (t.nodes.some((n) => !n.isConnected)) drop(t);
      forgetRemoved();
    },
    all: () => blocks.values(),
    *near() {
      for (const block of nearBlocks) yield* block.numbers;
    },
    clear() {
      blocks.clear();
      nearBlocks.clear();
    },
  };
}
