/**
 * Whether an element is drawn unobscured, and since when: Chromium's IntersectionObserver v2
 * (trackVisibility) sees anything the page lays over it or makes it see-through with. Where the
 * browser lacks it, `known` is false and the other guards stand alone.
 */
export interface Occlusion {
  readonly known: boolean;
  /** When the element last became visible and unobscured (an IntersectionObserver time); undefined while it is not. */
  unobscuredSince(): number | undefined;
  disconnect(): void;
}

export function watchOcclusion(view: Window & typeof globalThis, element: Element): Occlusion {
  let unobscured = false;
  let since = 0;
  const Entry = (view as { IntersectionObserverEntry?: typeof IntersectionObserverEntry }).IntersectionObserverEntry;
  if (typeof view.IntersectionObserver !== 'function' || !Entry || !('isVisible' in Entry.prototype)) return unknown;
  try {
    const observer = new view.IntersectionObserver((entries) => {
      for (const entry of entries) {
        const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
        if (visible && !unobscured) since = entry.time;
        unobscured = visible;
      }
    }, { trackVisibility: true, delay: 100 } as IntersectionObserverInit);
    observer.observe(element);
    return { known: true, unobscuredSince: () => (unobscured ? since : undefined), disconnect: () => observer.disconnect() };
  } catch {
    return unknown;
  }
}

const unknown: Occlusion = { known: false, unobscuredSince: () => undefined, disconnect: () => undefined };
