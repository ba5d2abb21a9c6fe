/** At most `max` events in any `windowMs`: one limiter for every "undo what the page did" loop in the content script. */
export interface RateLimit {
  /** Takes one event if the window has room; false when it is full. */
  take(): boolean;
  /** Milliseconds until the window has room again (0 when it has now). */
  waitMs(): number;
}

export function rateLimit(max: number, windowMs = 60_000): RateLimit {
  const times: number[] = [];
  const prune = (now: number) => {
    while (times.length && now - times[0]! > windowMs) times.shift();
  };
  return {
    take() {
      const now = performance.now();
      prune(now);
      if (times.length >= max) return false;
      times.push(now);
      return true;
    },
    waitMs() {
      const now = performance.now();
      prune(now);
      return times.length < max ? 0 : Math.max(0, windowMs - (now - times[0]!));
    },
  };
}
