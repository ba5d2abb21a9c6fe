/**
 * Custom elements not defined yet when the walk passed them: they attach their shadow roots once
 * they are defined, so they are looked at again a few times and walked when defined.
 */
import type { Scheduler } from './scheduler';
import type { WorkQueue } from './work-queue';

/** How often custom elements that were not defined yet are looked at again, and how many times. */
export const UNDEFINED_RECHECK_MS = [250, 1000, 3000, 10000];

export interface UndefinedElementsDeps {
  queue: Pick<WorkQueue, 'walk' | 'walksWaiting'>;
  scheduler: Pick<Scheduler, 'later'>;
  stopped(): boolean;
}

/** Returns what the walk calls with each custom element not defined yet. */
export function recheckUndefined(deps: UndefinedElementsDeps): (element: Element) => void {
  const { queue, scheduler } = deps;
  const undefinedElements = new Set<Element>();
  /** Whether a round of re-checks is under way; one starts again for an element found after the last ended. */
  let checking = false;

  /** Custom elements defined after the walk attach their shadow roots then: look again a few times. */
  function recheck(attempt: number): void {
    if (attempt >= UNDEFINED_RECHECK_MS.length) {
      checking = false;
      return;
    }
    setTimeout(() => {
      if (deps.stopped()) return;
      for (const el of undefinedElements) {
        if (!el.isConnected) undefinedElements.delete(el);
        else if (el.matches(':defined')) {
          undefinedElements.delete(el);
          queue.walk(el);
        }
      }
      if (queue.walksWaiting) scheduler.later();
      if (undefinedElements.size) recheck(attempt + 1);
      else checking = false;
    }, UNDEFINED_RECHECK_MS[attempt]);
  }

  return (element) => {
    undefinedElements.add(element);
    if (checking) return;
    checking = true;
    recheck(0);
  };
}
