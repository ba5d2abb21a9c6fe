/**
 * entrypoints/content/site-gate.ts with the fake browser: the run starts on the status the start-up
 * answer gave, asks 'site-status' on its own only without one, and follows later policy changes.
 */
// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runWhileAllowed, type Lifetime } from '../entrypoints/content/site-gate';
import type { Message } from '../utils/messaging/messages';
import type { SiteDecision } from '../utils/sites/site-policy';

let statusAsked = 0;
let status: SiteDecision = 'on';

beforeEach(() => {
  fakeBrowser.reset();
  statusAsked = 0;
  status = 'on';
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Message) => {
    if (message.type === 'site-status') {
      statusAsked++;
      return status;
    }
    return undefined;
  }) as typeof fakeBrowser.runtime.sendMessage);
});

function lifetime(): Lifetime & { end(): void } {
  const controller = new AbortController();
  return { signal: controller.signal, isInvalid: false, end: () => controller.abort() };
}

/** The counts the content script sends for the badge (numbers-found), in order, as the background would get them. */
function badgeCounts(): () => number[] {
  const sent: Message[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Message) => {
    sent.push(message);
    return undefined;
  }) as typeof fakeBrowser.runtime.sendMessage);
  return () => sent.filter((m) => m.type === 'numbers-found').map((m) => (m as { count: number }).count);
}

function recorder() {
  const events: string[] = [];
  const run = () => {
    events.push('start');
    return () => events.push('stop');
  };
  return { events, run };
}

describe('runWhileAllowed', () => {
  it("starts on the start-up answer's 'on' without asking site-status", async () => {
    const life = lifetime();
    const { events, run } = recorder();
    await runWhileAllowed(life, run, Promise.resolve('on'));
    expect(events).toEqual(['start']);
    expect(statusAsked).toBe(0);
    life.end();
    expect(events).toEqual(['start', 'stop']);
  });

  it("does not start on a paused site's start-up answer", async () => {
    const life = lifetime();
    const { events, run } = recorder();
    await runWhileAllowed(life, run, Promise.resolve('paused'));
    expect(events).toEqual([]);
    expect(statusAsked).toBe(0);
    life.end();
  });

  it('asks site-status on its own when the start-up answer has no status (or failed)', async () => {
    for (const first of [Promise.resolve(undefined), Promise.reject(new Error('reloading'))]) {
      const life = lifetime();
      const { events, run } = recorder();
      statusAsked = 0;
      await runWhileAllowed(life, run, first);
      expect(statusAsked).toBe(1);
      expect(events).toEqual(['start']);
      life.end();
    }
  });

  it('asks site-status again when the policy changes, and stops on a pause', async () => {
    const life = lifetime();
    const { events, run } = recorder();
    await runWhileAllowed(life, run, Promise.resolve('on'));
    status = 'paused';
    await fakeBrowser.runtime.onMessage.trigger({ type: 'site-policy-changed' }, {});
    await vi.waitFor(() => expect(events).toEqual(['start', 'stop']));
    expect(statusAsked).toBe(1);
    life.end();
  });

  it('the badge count waits until the counts stop changing for 250 ms, then is sent once', async () => {
    vi.useFakeTimers();
    const counts = badgeCounts();
    const life = lifetime();
    let report!: (count: number) => void;
    await runWhileAllowed(life, (_signal, onCount) => {
      report = onCount;
      return () => undefined;
    }, Promise.resolve('on'));
    for (const count of [1, 2, 3]) {
      report(count);
      await vi.advanceTimersByTimeAsync(200); // a scan's slices, closer together than the delay
    }
    expect(counts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(49);
    expect(counts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(counts()).toEqual([3]);
    report(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(counts()).toEqual([3]); // unchanged: not sent again
    life.end();
    vi.useRealTimers();
  });

  it('the badge: cleared when the page is hidden, told again when it comes back from the back/forward cache, and no listener runs at the first pageshow', async () => {
    vi.useFakeTimers();
    const counts = badgeCounts();
    const life = lifetime();
    const pageShowListeners = vi.spyOn(window, 'addEventListener');
    await runWhileAllowed(life, (_signal, onCount) => {
      onCount(3);
      return () => undefined;
    }, Promise.resolve('on'));
    expect(pageShowListeners.mock.calls.filter(([type]) => type === 'pageshow')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(counts()).toEqual([3]);
    window.dispatchEvent(new Event('pagehide'));
    expect(counts()).toEqual([3, 0]);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(counts()).toEqual([3, 0, 3]);
    life.end();
    vi.useRealTimers();
  });
});
