/**
 * Which blocks are near the viewport, and which are not drawn at all, told by an
 * IntersectionObserver: the browser answers after its own layout, so asking never forces a
 * restyle or a layout, and a block the page shows or hides later is told again.
 *
 * The observer recomputes every observed element on every frame in which layout or scrolling
 * changed, so on a page that keeps growing (10,000 numbers added in bursts) watching every block
 * for good cost seconds. Only blocks near the viewport stay observed (to learn when they leave);
 * a block far away or not drawn is parked after its answer and asked again, all at once, when the
 * user scrolls or resizes, or the tracker says the page changed (`recheck`), at most every RECHECK_MS.
 * Without IntersectionObserver (old browsers, test DOMs) every drawn block counts as near.
 */
import { isDrawn } from './dom';
export type Nearness = 'near' | 'far' | 'undrawn';

export interface ViewportWatch {
  watch(element: Element): void;
  unwatch(element: Element): void;
  /** The last answer for an element, if the browser has given one. */
  nearness(element: Element): Nearness | undefined;
  /** The page changed: parked blocks may have moved into view or been shown; ask again soon. */
  recheck(): void;
  /**
   * A shadow tree's scroll containers scroll blocks into view too, and their scroll events stop
   * at its root (they are not composed): listen there as well.
   */
  listenIn(root: ShadowRoot): void;
  stop(): void;
  /** Whether the browser tells (an IntersectionObserver exists). */
  readonly live: boolean;
}

/** One viewport height above and below counts as near: a scroll reaches it before the next frame's work. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** Parked blocks are asked again at most this often. */
const RECHECK_MS = 200;

export function watchViewport(view: Window | null, onChange: (changed: Map<Element, Nearness>) => void): ViewportWatch {
  const answers = new WeakMap<Element, Nearness>();
  const IO = (view as (Window & typeof globalThis) | null)?.IntersectionObserver;
  if (typeof IO !== 'function') {
    // Asked of the style each time: nothing tells when it changes.
    const nearness = (element: Element): Nearness => (isDrawn(element) ? 'near' : 'undrawn');
    return {
      watch(element) {
        queueMicrotask(() => onChange(new Map([[element, nearness(element)]])));
      },
      unwatch: () => undefined,
      nearness,
      recheck: () => undefined,
      listenIn: () => undefined,
      stop: () => undefined,
      live: false,
    };
  }
  const parked = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new IO(
    (entries) => {
      const changed = new Map<Element, Nearness>();
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        const nearness: Nearness = box.width === 0 && box.height === 0 ? 'undrawn' : entry.isIntersecting ? 'near' : 'far';
        if (nearness !== 'near') {
          observer.unobserve(entry.target);
          parked.add(entry.target);
        }
        if (answers.get(entry.target) === nearness) continue;
        answers.set(entry.target, nearness);
        changed.set(entry.target, nearness);
      }
      if (changed.size) onChange(changed);
    },
    { rootMargin: NEAR_MARGIN },
  );
  function askParkedAgain(): void {
    timer = undefined;
    for (const element of parked) observer.observe(element);
    parked.clear();
  }
  function recheck(): void {
    if (timer === undefined && parked.size) timer = setTimeout(askParkedAgain, RECHECK_MS);
  }
  const listeners = new AbortController();
  const listening = { capture: true, passive: true, signal: listeners.signal } as const;
  view!.addEventListener('scroll', recheck, listening);
  view!.addEventListener('resize', recheck, listening);
  return {
    watch: (element) => observer.observe(element),
    unwatch(element) {
      observer.unobserve(element);
      parked.delete(element);
      answers.delete(element);
    },
    nearness: (element) => answers.get(element),
    recheck,
    listenIn: (root) => root.addEventListener('scroll', recheck, listening),
    stop() {
      observer.disconnect();
      parked.clear();
      if (timer !== undefined) clearTimeout(timer);
      listeners.abort();
    },
    live: true,
  };
}
