// @vitest-environment happy-dom
/**
 * The tracker with an IntersectionObserver that the test drives: which elements it watches, and
 * what it underlines before and after the observer reports (real Chromium: tests/e2e/reach.e2e.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findNumberMatches } from '../utils/matcher';
import { matchLocally } from '../entrypoints/content/tracker/match-context';
import { trackNumbers, type NumberTracker } from '../entrypoints/content/tracker';
import { HIGHLIGHT_NAME } from '../entrypoints/content/tracker/underline';

type Report = 'near' | 'far' | 'undrawn';

class DrivenObserver {
  static last: DrivenObserver | undefined;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: (entries: unknown[]) => void) {
    DrivenObserver.last = this;
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  report(reports: [Element, Report][]) {
    this.callback(reports.map(([target, r]) => ({
      target,
      isIntersecting: r === 'near',
      boundingClientRect: r === 'undrawn' ? { width: 0, height: 0 } : { width: 100, height: 20 },
    })));
  }
}

const registered = () => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(HIGHLIGHT_NAME) ?? [])].map((r) => r.toString()).sort();

let tracker: NumberTracker | undefined;
beforeEach(() => {
  const w = window as unknown as Record<string, unknown>;
  w.IntersectionObserver = DrivenObserver;
  w.Highlight = class extends Set<Range> {};
  Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true, writable: true });
});
afterEach(() => {
  tracker?.stop();
  tracker = undefined;
  document.body.replaceChildren();
});

function start(html: string): { tracker: NumberTracker; observer: DrivenObserver } {
  document.body.innerHTML = html;
  tracker = trackNumbers(document, { match: matchLocally((text, context) => findNumberMatches(text, 'US', context)) });
  return { tracker, observer: DrivenObserver.last! };
}

describe('tracker and the viewport', () => {
  it('parks far blocks after their answer and asks again when the user scrolls', async () => {
    const { tracker, observer } = start('<p id="a">Call (213) 373-4253</p><p id="b">Or (646) 555-0142</p>');
    await vi.waitFor(() => expect(tracker.count).toBe(2));
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    observer.report([[a, 'near'], [b, 'far']]);
    expect([...observer.watched]).toEqual([a]);
    window.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect([...observer.watched].sort((x, y) => x.id.localeCompare(y.id))).toEqual([a, b]));
    observer.report([[b, 'near']]);
    await vi.waitFor(() => expect(registered()).toEqual(['(213) 373-4253', '(646) 555-0142']));
  });

  it('watches only the blocks that hold a number, not every block with digits', async () => {
    const noise = Array.from({ length: 40 }, (_, i) => `<p>Order ${1000000 + i * 7919} shipped on 2024-01-0${(i % 9) + 1}</p>`).join('');
    const { tracker, observer } = start(`${noise}<p id="a">Call (213) 373-4253</p><p id="b">Sales (646) 555-0142</p>`);
    await vi.waitFor(() => expect(tracker.count).toBe(2));
    expect([...observer.watched].map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('underlines what it finds before the first report, then keeps only the numbers near the viewport', async () => {
    const { tracker, observer } = start('<p id="a">Call (213) 373-4253</p><p id="b">Or (646) 555-0142</p>');
    await vi.waitFor(() => expect(registered()).toEqual(['(213) 373-4253', '(646) 555-0142']));
    observer.report([[document.getElementById('a')!, 'near'], [document.getElementById('b')!, 'far']]);
    await vi.waitFor(() => expect(registered()).toEqual(['(213) 373-4253']));
    expect(tracker.count).toBe(2); // far numbers still count for the badge
    observer.report([[document.getElementById('b')!, 'near']]);
    await vi.waitFor(() => expect(registered()).toEqual(['(213) 373-4253', '(646) 555-0142']));
  });

  it('drops the numbers of a block that is not drawn, and reads it again once it is', async () => {
    const { tracker, observer } = start('<p id="a">Call (213) 373-4253</p><p id="b">Or (646) 555-0142</p>');
    await vi.waitFor(() => expect(tracker.count).toBe(2));
    const b = document.getElementById('b')!;
    observer.report([[b, 'undrawn']]);
    await vi.waitFor(() => expect(tracker.count).toBe(1));
    // Not drawn: parked, no longer recomputed on every frame.
    expect(observer.watched.has(b)).toBe(false);
    b.textContent = 'Or (646) 555-0199'; // changed while hidden
    // The page changed: parked blocks are asked again.
    await vi.waitFor(() => expect(observer.watched.has(b)).toBe(true));
    observer.report([[b, 'near']]);
    await vi.waitFor(() => expect(tracker.numbers().map((n) => n.text).sort()).toEqual(['(213) 373-4253', '(646) 555-0199']));
    expect(observer.watched.has(b)).toBe(true);
  });
});
