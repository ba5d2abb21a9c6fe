/**
 * Which blocks are near the viewport, and which are not drawn at all, told by an
 * IntersectionObserver: the browser answers after its own layout, so asking never forces a
 * restyle or a layout, and a block the page shows or hides later is told again.
 * Without IntersectionObserver (old browsers, test DOMs) every drawn block counts as near.
 */
import { isDrawn } from './dom';
export type Nearness = 'near' | 'far' | 'undrawn';

export interface ViewportWatch {
  watch(element: Element): void;
  unwatch(element: Element): void;
  /** The last answer for an element, if the browser has given one. */
  nearness(element: Element): Nearness | undefined;
  stop(): void;
  /** Whether the browser tells (an IntersectionObserver exists). */
  readonly live: boolean;
}

/** One viewport height above and below counts as near: a scroll reaches it before the next frame's work. */
const NEAR_MARGIN = '100% 0px 100% 0px';

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
      stop: () => undefined,
      live: false,
    };
  }
  const observer = new IO(
    (entries) => {
      const changed = new Map<Element, Nearness>();
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        const nearness: Nearness = box.width === 0 && box.height === 0 ? 'undrawn' : entry.isIntersecting ? 'near' : 'far';
        if (answers.get(entry.target) === nearness) continue;
        answers.set(entry.target, nearness);
        changed.set(entry.target, nearness);
      }
      if (changed.size) onChange(changed);
    },
    { rootMargin: NEAR_MARGIN },
  );
  return {
    watch: (element) => observer.observe(element),
    unwatch(element) {
      observer.unobserve(element);
      answers.delete(element);
    },
    nearness: (element) => answers.get(element),
    stop: () => observer.disconnect(),
    live: true,
  };
}
