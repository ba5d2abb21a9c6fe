// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findNumberMatches } from '../utils/matcher';
import { matchLocally } from '../entrypoints/content/tracker/match-context';
import { trackNumbers, type NumberTracker } from '../entrypoints/content/tracker';

let tracker: NumberTracker | undefined;
// happy-dom's IntersectionObserver never reports: without one the tracker treats every block as
// near and asks the style (the IntersectionObserver path is covered in real Chromium, tests/e2e).
beforeAll(() => {
  delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
});
afterEach(() => {
  tracker?.stop();
  tracker = undefined;
  document.body.replaceChildren();
});

function track(html: string): NumberTracker {
  document.body.innerHTML = html; // test fixture only
  tracker = trackNumbers(document, {
    match: matchLocally((text, context) => findNumberMatches(text, 'US', context)),
    ignore: (el) => el.id === 'thrudial-root',
  });
  tracker.flush();
  return tracker;
}
const texts = (t: NumberTracker) => t.numbers().map((n) => n.range.toString()).sort();

describe('the observer tracks numbers in visible text', () => {
  it('finds a plain number and keeps its page text', () => {
    const t = track('<p>Call (213) 373-4253 today</p>');
    expect(t.numbers().map((n) => n.text)).toEqual(['(213) 373-4253']);
    expect(texts(t)).toEqual(['(213) 373-4253']);
  });

  it('finds numbers split across inline elements, with one range over several text nodes', () => {
    const t = track('<p><b>+1</b> (213) 373-4253</p><div><span>+1 213</span> 373 4253</div>');
    expect(texts(t)).toEqual(['+1 (213) 373-4253', '+1 213 373 4253']);
    const split = t.numbers().find((n) => n.text === '+1 213 373 4253')!;
    expect(split.range.startContainer).not.toBe(split.range.endContainer);
  });

  it('does not join text across blocks or <br>', () => {
    const t = track('<div><p>+1 213</p><p>373 4253</p>+1 213<br>373 4253</div>');
    expect(t.count).toBe(0);
  });

  it('skips input, textarea, code, pre, contenteditable, hidden and its own host', () => {
    const t = track(`
      <input value="(213) 373-4253"><textarea>(213) 373-4253</textarea>
      <code>(213) 373-4253</code><pre>(213) 373-4253</pre>
      <div contenteditable="true"><p>(213) 373-4253</p></div>
      <div hidden>(213) 373-4253</div><div style="display:none">(213) 373-4253</div>
      <select><option>(213) 373-4253</option></select>
      <div id="thrudial-root">(213) 373-4253</div>
      <p>visible (212) 555-0123</p>`);
    expect(t.numbers().map((n) => n.text)).toEqual(['(212) 555-0123']);
  });

  it('reads a number through digits the page hides inside it (against scrapers): the hidden text is spanned, not read', () => {
    const t = track('<p>Front desk: (213) 373-<span style="display:none">99</span>4253</p>');
    expect(t.numbers().map((n) => n.text)).toEqual(['(213) 373-4253']);
    const [number] = t.numbers();
    expect(number!.range.toString()).toBe('(213) 373-994253');
    expect(number!.nodes.map((n) => n.data)).toEqual(['Front desk: (213) 373-', '4253']);
  });

  it('never changes the page DOM', () => {
    const html = '<p>Call <b>+1</b> (213) 373-4253 or <span>+44 20</span> 7946 0958.</p><ul><li>(212) 555-0123</li></ul>';
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const elements = document.documentElement.querySelectorAll('*').length;
    tracker = trackNumbers(document, { match: (run) => findNumberMatches(run.text, 'US') });
    tracker.flush();
    expect(tracker.count).toBe(3);
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.querySelectorAll('*').length).toBe(elements);
  });
});

describe('the observer follows page changes', () => {
  it('matches added nodes', () => {
    const t = track('<main></main>');
    const p = document.createElement('p');
    p.textContent = 'New: (213) 373-4253';
    document.querySelector('main')!.append(p);
    t.flush();
    expect(texts(t)).toEqual(['(213) 373-4253']);
  });

  it('matches a number completed by an added inline node', () => {
    const t = track('<p id="p">Call +1 213</p>');
    const span = document.createElement('span');
    span.textContent = ' 373 4253';
    document.getElementById('p')!.append(span);
    t.flush();
    expect(texts(t)).toEqual(['+1 213 373 4253']);
  });

  it('re-matches changed text and drops removed numbers', () => {
    const t = track('<p id="a">(213) 373-4253</p><p id="b">(212) 555-0123</p>');
    expect(t.count).toBe(2);
    document.getElementById('a')!.firstChild!.nodeValue = 'no number here';
    document.getElementById('b')!.remove();
    t.flush();
    expect(t.count).toBe(0);
  });

  it('ignores numbers typed into a contenteditable', () => {
    const t = track('<div contenteditable="true" id="e"></div>');
    document.getElementById('e')!.append(document.createTextNode('(213) 373-4253'));
    t.flush();
    expect(t.count).toBe(0);
  });

  it('picks up a hidden block when it is shown', () => {
    const t = track('<div id="h" hidden><p>(213) 373-4253</p></div>');
    expect(t.count).toBe(0);
    document.getElementById('h')!.hidden = false;
    t.flush();
    expect(t.count).toBe(1);
  });

  it('skips text in hidden inline elements, and takes it when shown', () => {
    const t = track('<p>Sales <span id="s" hidden>(212) 555-0123</span> and (213) 373-4253</p><p>no digits here</p>');
    expect(texts(t)).toEqual(['(213) 373-4253']);
    document.getElementById('s')!.hidden = false;
    t.flush();
    expect(texts(t)).toEqual(['(212) 555-0123', '(213) 373-4253']);
  });

  it('drops a number when its text changes to one without enough digits', () => {
    const t = track('<p id="p">Call <b>(213) 373-4253</b></p>');
    expect(t.count).toBe(1);
    document.querySelector('#p b')!.firstChild!.textContent = 'us';
    t.flush();
    expect(t.count).toBe(0);
  });

  it('reports the count when it changes', async () => {
    document.body.innerHTML = '<p>(213) 373-4253</p>';
    const counts: number[] = [];
    tracker = trackNumbers(document, { match: (run) => findNumberMatches(run.text, 'US'), onChange: (n) => counts.push(n) });
    await vi.waitFor(() => expect(counts).toEqual([1]));
  });

  it('a label in the previous table cell or <dt> speaks for the number', () => {
    const t = track(
      '<table><tr><th>Phone</th><td>(213) 373-4253</td></tr><tr><th>Fax</th><td>(213) 373-4254</td></tr></table>' +
        '<dl><dt>Fax number</dt><dd>(646) 555-0199</dd><dt>Sales</dt><dd>(646) 555-0142</dd></dl>' +
        '<p>Fax:<br>(212) 555-0100</p>',
    );
    expect(texts(t)).toEqual(['(213) 373-4253', '(646) 555-0142']);
  });

  it('a label cell that starts with a fax word and adds a qualifier is a fax label', () => {
    const t = track(
      '<table><tr><td>Admissions</td><td>(617) 555-0141</td></tr><tr><td>Fax (all offices)</td><td>(617) 555-0199</td></tr></table>',
    );
    expect(texts(t)).toEqual(['(617) 555-0141']);
  });

  it('an unbroken number inside a tel: link is taken', () => {
    const t = track('<p><a href="tel:+12133734253">2133734253</a> and 2133734254</p>');
    expect(texts(t)).toEqual(['2133734253']);
  });
});
