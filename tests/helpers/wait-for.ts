/** Polls `check` (inside Preact's act) until it returns something truthy without throwing. */
import { act } from 'preact/test-utils';

export async function waitFor<T>(check: () => T, timeout = 2000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    let value: T | undefined;
    let failure: unknown;
    try {
      value = check();
    } catch (e) {
      failure = e;
    }
    if (failure === undefined && value) return value as NonNullable<T>;
    if (Date.now() - start > timeout) throw failure ?? new Error('waitFor timed out');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}
