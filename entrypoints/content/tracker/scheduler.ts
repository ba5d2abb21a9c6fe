/**
 * When the tracker works: in slices of at most `budgetMs`, in idle time (requestIdleCallback, then
 * background-priority tasks while work remains), and after the page's own burst of DOM changes
 * has paused. `soon()` asks for the next frame instead, for work the user can see.
 */
export interface Scheduler {
  /** Run `work` in idle time. */
  later(): void;
  /** Run `work` in the next task (numbers that just came near the viewport). */
  soon(): void;
  /** The page changed the DOM now: idle work waits until it pauses. */
  pageChanged(): void;
  /** The page's changes are all handled. */
  caughtUp(): void;
  cancel(): void;
}

/** Mutation-driven work waits until the page's own mutations pause this long, but never longer than the max. */
const MUTATION_QUIET_MS = 60;
const MUTATION_MAX_DEFER_MS = 2500;

/** The Prioritized Task Scheduling API (`window.scheduler`), where the browser has it. */
export interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' | 'user-visible' | 'user-blocking'; signal?: AbortSignal }): Promise<unknown>;
}

export function createScheduler(view: (Window & typeof globalThis) | null, budgetMs: number, work: (budget: number) => void): Scheduler {
  let scheduled: { cancel(): void; soon: boolean } | undefined;
  let mutatedAt: number | undefined;
  let firstMutationAt: number | undefined;
  let started = false;
  const postTask = (view as { scheduler?: TaskScheduler } | null)?.scheduler;

  function quietWait(): number {
    if (mutatedAt === undefined || firstMutationAt === undefined) return 0;
    const now = performance.now();
    return Math.max(0, Math.min(mutatedAt + MUTATION_QUIET_MS - now, firstMutationAt + MUTATION_MAX_DEFER_MS - now));
  }

  function run(budget: number): void {
    scheduled = undefined;
    work(budget);
  }

  function task(priority: 'background' | 'user-visible'): { cancel(): void; soon: boolean } {
    if (typeof postTask?.postTask === 'function' && typeof AbortController === 'function') {
      const controller = new AbortController();
      postTask.postTask(() => run(budgetMs), { priority, signal: controller.signal }).catch(() => undefined);
      return { cancel: () => controller.abort(), soon: priority === 'user-visible' };
    }
    const id = setTimeout(() => run(budgetMs), 0);
    return { cancel: () => clearTimeout(id), soon: priority === 'user-visible' };
  }

  function later(): void {
    if (scheduled) return;
    const wait = quietWait();
    if (wait > 0) {
      const id = setTimeout(() => {
        scheduled = undefined;
        later();
      }, Math.ceil(wait));
      scheduled = { cancel: () => clearTimeout(id), soon: false };
      return;
    }
    // The first slice waits for an idle period; the rest follow as background tasks, which run as
    // soon as the page has nothing else to do (one 8 ms slice per 50 ms idle period is too slow).
    if (started || !view || typeof view.requestIdleCallback !== 'function') {
      scheduled = task('background');
      return;
    }
    started = true;
    const id = view.requestIdleCallback((deadline) => run(deadline.didTimeout ? budgetMs : Math.min(budgetMs, deadline.timeRemaining())), {
      timeout: 300,
    });
    scheduled = { cancel: () => view.cancelIdleCallback(id), soon: false };
  }

  return {
    later,
    soon() {
      if (scheduled?.soon) return;
      scheduled?.cancel();
      scheduled = task('user-visible');
    },
    pageChanged() {
      mutatedAt = performance.now();
      firstMutationAt ??= mutatedAt;
    },
    caughtUp() {
      mutatedAt = firstMutationAt = undefined;
    },
    cancel() {
      scheduled?.cancel();
      scheduled = undefined;
    },
  };
}
