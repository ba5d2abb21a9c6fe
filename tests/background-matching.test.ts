// @vitest-environment happy-dom
/**
 * Matching in the background (utils/matcher/run-query.ts, entrypoints/content/background-matcher.ts):
 * the same matches as matching in the page, for runs whose clue is anywhere the page puts it, in
 * batches with one in flight, runs that cannot give a number answered in the page; and the
 * tracker drops a late answer for a run the page changed meanwhile.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findNumberMatches } from '../utils/matcher';
import type { NumberMatch } from '../utils/matcher';
import { answerRunQuery } from '../utils/matcher';
import type { RunQuery } from '../utils/matcher/run-query';
import { matchInBackground } from '../entrypoints/content/background-matcher';
import { askFirstScreen } from '../entrypoints/content/first-screen';
import { matchLocally } from '../entrypoints/content/tracker/match-context';
import { trackNumbers, type NumberTracker } from '../entrypoints/content/tracker';
import { runsIn } from '../entrypoints/content/tracker/walk';
import { mayHoldNumber } from '../utils/matcher/normalize';
import { worthMatching } from '../utils/matcher/worth-matching';
import fc from 'fast-check';
import type { Run } from '../entrypoints/content/tracker/runs';

beforeAll(() => {
  delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
});
let tracker: NumberTracker | undefined;
afterEach(() => {
  tracker?.stop();
  tracker = undefined;
  document.body.replaceChildren();
});

const COUNTRIES = ['US'];

/** Pages whose numbers are decided by what surrounds them, not only by their own text. */
const PAGE = `
  <table><tr><th>Name</th><th>Fax</th><th>Phone</th></tr>
    <tr><td>Ann</td><td>(617) 555-0129</td><td>2125550134</td></tr></table>
  <dl><dt>Telefax</dt><dd>(415) 555-0118</dd><dt>Phone</dt><dd>(415) 555-0119</dd></dl>
  <section><h3>Fax</h3><p>Sales: (415) 555-0120</p></section>
  <p>Call <a href="tel:+12135550100">2135550100</a> or 2135550101 today</p>
  <p>Reach us at (213) 373-4254, or at <span style="visibility:hidden">(213) 373-4253</span> after hours</p>
  <p lang="de-DE">Telefon: 030 2345 6700</p>
  <p>773-555-0190<time>09:32</time> and +44 20 7946 0018<time>10:15</time></p>
  <p>Order 2024-05-06, ref 123-456-7890-12, (646) 555-0142 ext. 7</p>
  <p>1-800-FLOWERS</p>`;

function runs(): Run[] {
  return [...runsIn(document.body, {
    mayMatch: (run) => mayHoldNumber(run.text),
    onShadowRoot: () => undefined,
    onUndefined: () => undefined,
    wasTracked: () => false,
    onCutOff: () => undefined,
  })].filter((r): r is Run => r !== null);
}

/** The background's side, as the message handler runs it; counts the batches and how many ran at once. */
function background() {
  const batches: RunQuery[][] = [];
  let inFlight = 0;
  let most = 0;
  const ask = async (queries: RunQuery[]): Promise<NumberMatch[][]> => {
    batches.push(queries);
    most = Math.max(most, ++inFlight);
    // Answered in a later task, as a message is.
    await new Promise((r) => setTimeout(r, 0));
    inFlight--;
    // Through JSON, as a message goes: only plain data crosses.
    return JSON.parse(JSON.stringify(queries)).map((q: RunQuery) => answerRunQuery(q, COUNTRIES));
  };
  return { ask, batches, most: () => most };
}

describe('matching in the background', () => {
  it('gives exactly the matches of matching in the page, for clues around the run', async () => {
    document.body.innerHTML = PAGE;
    const local = matchLocally((text, context) => findNumberMatches(text, COUNTRIES, context));
    const remote = matchInBackground(background().ask);
    const all = runs();
    const expected = all.map((run) => local(run));
    const got = await Promise.all(all.map((run) => remote(run)));
    expect(got).toEqual(expected);
    // Not vacuous: the page's clues decide some of them either way.
    const texts = got.flat().map((m) => m.text);
    expect(texts).toContain('2125550134'); // Phone column header
    expect(texts).toContain('(415) 555-0119');
    expect(texts).toContain('(213) 373-4254');
    expect(texts).toContain('030 2345 6700'); // lang section
    expect(texts).toContain('2135550100'); // an unbroken run inside a tel: link
    expect(texts).not.toContain('2135550101'); // the same outside it
    expect(texts).toEqual(expect.arrayContaining(['773-555-0190', '+44 20 7946 0018'])); // element edges
    expect(texts).not.toContain('(617) 555-0129'); // Fax column
    expect(texts).not.toContain('(415) 555-0118'); // Telefax <dt>
    expect(texts).not.toContain('(415) 555-0120'); // Fax heading
    expect(texts).not.toContain('(213) 373-4253'); // visibility: hidden
  });

  it('the first screenful is asked before the tracker starts; the tracker takes those answers and asks only for the rest', async () => {
    document.body.innerHTML = PAGE;
    const first = background();
    // No time limit on reading it: how much fits in 8 ms depends on the machine (a loaded one reads less).
    const early = askFirstScreen(document, first.ask, undefined, Infinity);
    await vi.waitFor(() => expect(first.batches.length).toBe(1));
    const later = background();
    const remote = matchInBackground(later.ask, undefined, early);
    const local = matchLocally((text, context) => findNumberMatches(text, COUNTRIES, context));
    const all = runs();
    expect(await Promise.all(all.map((run) => remote(run)))).toEqual(all.map((run) => local(run)));
    // This small page fits in the first screenful: nothing is asked twice.
    expect(later.batches).toEqual([]);
    expect(first.batches[0]!.map((q) => q.text)).toContain('(617) 555-0129');
  });

  it('asks once even when the first screenful holds nothing to match (the question carries the start-up config)', async () => {
    document.body.innerHTML = '<p>No numbers here.</p>';
    const asked: RunQuery[][] = [];
    const early = askFirstScreen(document, async (runs) => {
      asked.push(runs);
      return [];
    });
    await vi.waitFor(() => expect(asked).toEqual([[]]));
    expect(early({ text: '1', labelBefore: '', columnHeader: '', headingAbove: '' })).toBeUndefined();
  });

  it('asks (with no runs) even when reading the page throws: the question also brings the site status', async () => {
    document.body.innerHTML = PAGE;
    const asked: RunQuery[][] = [];
    askFirstScreen(document, async (runs) => {
      asked.push(runs);
      return [];
    }, () => {
      throw new Error('a page that fights the walk');
    });
    await vi.waitFor(() => expect(asked).toEqual([[]]));
  });

  it('a first screenful that got no answer is asked again by the tracker', async () => {
    document.body.innerHTML = PAGE;
    let asked = 0;
    const early = askFirstScreen(document, async () => {
      asked++;
      return undefined; // the background refused or was reloading
    });
    await vi.waitFor(() => expect(asked).toBe(1));
    const later = background();
    const remote = matchInBackground(later.ask, undefined, early);
    const texts = (await Promise.all(runs().map((run) => remote(run)))).flat().map((m) => m.text);
    expect(texts).toContain('(213) 373-4254');
    expect(later.batches.length).toBe(1);
  });

  it('sends one batch at a time, and never a run that cannot give a number', async () => {
    document.body.innerHTML = PAGE + '<p>Order 2024-05-06, ref #1234567</p>'.repeat(500);
    const bg = background();
    const remote = matchInBackground(bg.ask);
    const all = runs();
    const answers = all.map((run) => remote(run));
    // Answered in the page, at once: the matcher's own first exits.
    expect(answers.filter((a) => Array.isArray(a)).length).toBeGreaterThanOrEqual(500);
    await Promise.all(answers);
    expect(bg.most()).toBe(1);
    expect(bg.batches.length).toBe(1);
    const sent = bg.batches.flat().map((q) => q.text);
    expect(sent.some((t) => t.includes('#1234567'))).toBe(false);
    expect(sent).toContain('(617) 555-0129');
  });

  it('batches a long page: one in flight, each under the size limit', async () => {
    document.body.innerHTML = '<p>Call (213) 373-4253 or (646) 555-0142 any day of the week, we answer around the clock.</p>'.repeat(3000);
    const bg = background();
    const remote = matchInBackground(bg.ask);
    const got = await Promise.all(runs().map((run) => remote(run)));
    expect(got.flat().length).toBe(6000);
    expect(bg.most()).toBe(1);
    expect(bg.batches.length).toBeGreaterThan(3);
    for (const b of bg.batches) expect(b.reduce((n, q) => n + q.text.length, 0)).toBeLessThanOrEqual(64_000);
  });

  it('the tracker underlines the answers, and drops a late answer for a run the page changed meanwhile', async () => {
    document.body.innerHTML = '<p id="a">Call (213) 373-4253</p><p id="b">Call (646) 555-0142</p>';
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const bg = background();
    const counts: number[] = [];
    tracker = trackNumbers(document, {
      match: matchInBackground(async (queries) => {
        await gate;
        return bg.ask(queries);
      }),
      onChange: (n) => counts.push(n),
    });
    tracker.flush();
    expect(tracker.count).toBe(0);
    // The page rewrites one number while the answer is on its way.
    document.getElementById('b')!.firstChild!.textContent = 'Call (646) 555-0143';
    release();
    await expect.poll(() => tracker!.numbers().map((t) => t.text).sort()).toEqual(['(213) 373-4253', '(646) 555-0143']);
    expect(tracker.numbers().map((t) => t.range.toString()).sort()).toEqual(['(213) 373-4253', '(646) 555-0143']);
    expect(counts.at(-1)).toBe(2);
  });
});

describe('worthMatching: the runs the content script answers itself', () => {
  /** Pieces of page text: numbers, near-numbers, decoys, labels, capitals, full-width digits, spaces. */
  const PIECES = [
    '(213) 373-4253', '+44 20 7946 0018', '030 1234567', '13 22 11', '1-800-FLOWERS', '555-0100', '2024-05-06', '12.05.2024',
    '192.168.1.10', 'v1.2.3', '€ 12.345,00', '#1234567', 'ID1234567', '１２３４５６７', '０３０', 'Tel ', 'Phone: ', 'Fax ', 'call ',
    'ABC', ' ', '\u00a0', '-', '/', '.', '(', ')', '+', '0', '1', '7', '12', '345', '6789', 'x', 'Uhr', '\n',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
  const RUNS = Number(process.env.PROPERTY_RUNS ?? 4000);

  it('says no only where the matcher finds nothing, element edges anywhere', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(60), { maxLength: 3 }), fc.constantFrom('US', 'GB', 'DE', 'AU'), (t, rawEdges, country) => {
        const edges = [...new Set(rawEdges.filter((e) => e > 0 && e < t.length))].sort((a, b) => a - b);
        if (worthMatching(t, edges)) return;
        expect(findNumberMatches(t, [country], { elementEdges: () => edges, labelBefore: () => 'Phone', columnHeader: () => 'Phone' })).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('says no to most runs of dates, prices and ids, and yes to numbers', () => {
    expect(worthMatching('Order 2024-05-06, total € 12.345,00, ref #1234567, server 192.168.1.10', [])).toBe(false);
    expect(worthMatching('Call (213) 373-4253', [])).toBe(true);
    expect(worthMatching('1-800-FLOWERS', [])).toBe(true);
    expect(worthMatching('773-555-019009:32', [12])).toBe(true);
  });
});
