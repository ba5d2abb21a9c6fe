// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findNumberMatches } from '../utils/matcher';
import { matchLocally } from '../entrypoints/content/tracker/match-context';
import { mayHoldNumber } from '../utils/matcher/normalize';
import { trackNumbers, type NumberTracker } from '../entrypoints/content/tracker';
import { runsIn } from '../entrypoints/content/tracker/walk';

// happy-dom's IntersectionObserver never reports: the tracker then asks the style (see viewport.ts).
beforeAll(() => {
  delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
});
let tracker: NumberTracker | undefined;
afterEach(() => {
  tracker?.stop();
  tracker = undefined;
  document.body.replaceChildren();
});

function walk(root: Node) {
  const roots: ShadowRoot[] = [];
  const runs = [...runsIn(root, {
    mayMatch: (run) => mayHoldNumber(run.text),
    onShadowRoot: (r) => roots.push(r),
    onUndefined: () => undefined,
    wasTracked: () => false,
    onCutOff: () => undefined,
  })].flatMap((r) => (r ? [r.text] : []));
  return { runs, roots };
}

describe('walk: runs of text that may hold a number', () => {
  it('joins inline elements, splits at blocks, and skips runs without seven digits', () => {
    document.body.innerHTML = '<p>Call <b>+1</b> (213) 373-4253</p><div>no digits</div><p>(646) 555-0142</p>';
    expect(walk(document.body).runs).toEqual(['Call +1 (213) 373-4253', '(646) 555-0142']);
  });

  it('reports the shadow roots under the subtree, and the subtree root\'s own', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('p'), { textContent: '(213) 373-4253' }));
    document.body.append(host);
    expect(walk(document.body).roots).toEqual([root]);
    expect(walk(host).roots).toEqual([root]);
    expect(walk(root).runs).toEqual(['(213) 373-4253']);
  });
});

describe('tracker: every root', () => {
  function track(): NumberTracker {
    tracker = trackNumbers(document, { match: matchLocally((text, context) => findNumberMatches(text, 'US', context)) });
    tracker.flush();
    return tracker;
  }

  it('finds numbers in open shadow roots, nested, and in roots added later', () => {
    const outer = document.createElement('div');
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('section');
    outerRoot.append(inner);
    inner.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: 'Desk (213) 373-4253' }));
    document.body.append(outer);
    const t = track();
    expect(t.numbers().map((n) => n.text)).toEqual(['(213) 373-4253']);

    const later = document.createElement('div');
    later.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: '(646) 555-0142' }));
    document.body.append(later);
    t.flush();
    expect(t.numbers().map((n) => n.text).sort()).toEqual(['(213) 373-4253', '(646) 555-0142']);
  });

  it('follows changes inside a shadow root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const p = Object.assign(document.createElement('p'), { textContent: 'nothing yet' });
    root.append(p);
    document.body.append(host);
    const t = track();
    expect(t.count).toBe(0);
    p.textContent = 'Call (213) 373-4253';
    t.flush();
    expect(t.numbers().map((n) => n.text)).toEqual(['(213) 373-4253']);
  });
});

describe('tracker: which runs are matched', () => {
  it('asks the matcher only about runs it can find a number in, and still drops a number its run no longer holds', () => {
    document.body.innerHTML = '<p>Delivered 2024-05-06, 10:15, order 4711</p><p id="desk">Call (213) 373-4253</p>';
    const asked: string[] = [];
    const local = matchLocally((text, context) => findNumberMatches(text, 'US', context));
    tracker = trackNumbers(document, { match: (run) => (asked.push(run.text), local(run)) });
    tracker.flush();
    expect(asked).toEqual(['Call (213) 373-4253']);
    expect(tracker.count).toBe(1);

    // The run held a number: it is read again, and its number goes.
    document.getElementById('desk')!.textContent = 'Delivered 2024-05-07';
    tracker.flush();
    expect(tracker.count).toBe(0);
  });
});

describe('tracker: element edges between digits', () => {
  function numbersIn(content: string | Node): string[] {
    tracker?.stop();
    if (typeof content === 'string') document.body.innerHTML = content;
    else document.body.replaceChildren(content);
    tracker = trackNumbers(document, { match: matchLocally((text, context) => findNumberMatches(text, 'US', context)) });
    tracker.flush();
    return tracker.numbers().map((n) => n.text);
  }

  it('a number written right against an element holding a time ends at the element', () => {
    expect(numbersIn('<ol><li><span>773-555-0190</span><time datetime="2024-03-14T09:32">09:32</time></li></ol>')).toEqual(['773-555-0190']);
  });

  it('a number split across inline elements, a <wbr> or a comment is still one number', () => {
    expect(numbersIn('<p>Call <b>+1</b>(213) 373-4253</p>')).toEqual(['+1(213) 373-4253']);
    expect(numbersIn('<p>Tel <span>213</span><span>3734253</span></p>')).toEqual(['2133734253']);
    expect(numbersIn('<p>Call 213-373-<wbr>4253</p>')).toEqual(['213-373-4253']);
    const p = document.createElement('p');
    p.append('Tel 213373', document.createComment(''), '4253');
    expect(numbersIn(p)).toEqual(['2133734253']);
  });
});

describe('tracker: an app that swaps its content', () => {
  it('keeps nothing of the views it removed', () => {
    const t = trackNumbers(document, { match: matchLocally((text, context) => findNumberMatches(text, 'US', context)) });
    tracker = t;
    for (let view = 0; view < 20; view++) {
      document.body.replaceChildren(...Array.from({ length: 50 }, (_, i) =>
        Object.assign(document.createElement('p'), { textContent: `Row ${i}: (213) 373-${String(4200 + i).padStart(4, '0')}` })));
      t.flush();
      expect(t.count).toBe(50);
    }
    expect(t.numbers().every((n) => n.range.startContainer.isConnected)).toBe(true);
  });
});

describe('the underline style', () => {
  it('styles exactly the highlight the tracker registers: on :root for Chromium (inherited), on every element for Firefox', async () => {
    const { underlineCss } = await import('../entrypoints/content/tracker/underline-style');
    const { HIGHLIGHT_NAME } = await import('../entrypoints/content/tracker/underline');
    const selectors = (css: string) => [...css.matchAll(/([^{}]*)\{/g)].map((m) => m[1]!.trim());
    expect(selectors(underlineCss('chrome'))).toEqual([`:root::highlight(${HIGHLIGHT_NAME})`]);
    expect(selectors(underlineCss('firefox'))).toEqual([`::highlight(${HIGHLIGHT_NAME})`]);
  });
});
