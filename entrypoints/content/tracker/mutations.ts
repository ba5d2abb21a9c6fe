/**
 * The page's changes turned into work: a changed text or an added inline node re-reads the run
 * around it, an added block is walked, a removal sweeps, and attributes that hide, show or
 * exclude an element re-read or drop what is under it.
 */
import type { Blocks } from './blocks';
import { excludedByAncestor, excludedElement, isDrawn, isElement, isInline, isText } from './dom';
import type { Block, Found } from './found';
import type { Scheduler } from './scheduler';
import type { ViewportWatch } from './viewport';
import type { WorkQueue } from './work-queue';

/** What is observed in the document and in every shadow root: the attributes that can hide, show or exclude text. */
export const OBSERVED: MutationObserverInit = {
  subtree: true, childList: true, characterData: true, attributes: true,
  attributeFilter: ['hidden', 'style', 'class', 'contenteditable', 'open'],
};

export interface MutationDeps {
  ignore?: (element: Element) => boolean;
  queue: Pick<WorkQueue, 'touch' | 'walk' | 'sweepNext'>;
  found: Pick<Found, 'all'>;
  blocks: Pick<Blocks, 'all' | 'hide' | 'drop'>;
  viewport: Pick<ViewportWatch, 'recheck' | 'live'>;
  scheduler: Pick<Scheduler, 'pageChanged' | 'later'>;
}

export interface MutationWatch {
  /** Observes a root (the document, or a shadow root) and its subtree. */
  observe(root: Node): void;
  /** Handles the records the observer has not reported yet, now. */
  flush(): void;
  disconnect(): void;
}

export function watchMutations(view: (Window & typeof globalThis) | null, deps: MutationDeps): MutationWatch {
  const onRecords = workFromRecords(deps);
  const observer = new (view?.MutationObserver ?? MutationObserver)(onRecords);
  return {
    observe: (root) => observer.observe(root, OBSERVED),
    flush() {
      const pending = observer.takeRecords();
      if (pending.length) onRecords(pending);
    },
    disconnect: () => observer.disconnect(),
  };
}

/** Returns what the observer calls with its records. */
export function workFromRecords(deps: MutationDeps): (records: MutationRecord[]) => void {
  const { ignore, queue, found, blocks, viewport, scheduler } = deps;

  function onRecords(records: MutationRecord[]): void {
    scheduler.pageChanged();
    // What the page changed may move or show blocks that were far or hidden.
    viewport.recheck();
    for (const r of records) {
      if (r.type === 'characterData') queue.touch(r.target);
      else if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          // An inline node is read with the whole run around it; a block as a subtree of its own.
          if (isText(n) || isInline(n)) queue.touch(n);
          else if (isElement(n)) queue.walk(n);
        }
        if (r.removedNodes.length) {
          queue.sweepNext();
          if (isInline(r.target)) queue.touch(r.target);
          for (const sib of [r.previousSibling, r.nextSibling]) if (sib && (isText(sib) || isInline(sib))) queue.touch(sib);
        }
      } else if (r.type === 'attributes' && isElement(r.target)) {
        const target = r.target;
        if (ignore?.(target)) continue;
        if (r.attributeName === 'contenteditable' || excludedElement(target, ignore)) {
          // Excluded now (made editable): what was found under it goes; no longer excluded: read it again.
          if (excludedByAncestor(target, ignore)) dropUnder(target);
          else queue.walk(target);
        } else if (isInline(target)) queue.touch(target);
        // Blocks shown or hidden by style are told by the IntersectionObserver; without one, look again.
        else if (!viewport.live) for (const block of blocks.all()) if (target.contains(block.element)) recheckDrawn(block);
      }
    }
    scheduler.later();
  }

  function dropUnder(element: Element): void {
    for (const t of [...found.all()]) if (t.nodes.some((n) => element.contains(n))) blocks.drop(t);
  }

  /** Without an observer: a style change above a block may have shown or hidden it. */
  function recheckDrawn(block: Block): void {
    if (!isDrawn(block.element)) blocks.hide(block);
    else if (block.undrawn) queue.walk(block.element);
  }

  return onRecords;
}
