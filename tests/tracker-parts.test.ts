// @vitest-environment happy-dom
// The tracker's parts on their own (entrypoints/content/tracker/): the work queue, the page's
// mutations turned into work, the watched blocks, reading a run, and the re-checks of custom
// elements not defined yet. The whole tracker is in content-tracker*.test.ts and content-observer.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocks, type Blocks } from '../entrypoints/content/tracker/blocks';
import { createFound, type Block, type Tracked } from '../entrypoints/content/tracker/found';
import { workFromRecords, watchMutations, type MutationDeps } from '../entrypoints/content/tracker/mutations';
import { createReader, drawnPart } from '../entrypoints/content/tracker/reading';
import { holdWhileParsed } from '../entrypoints/content/tracker/parsing';
import { makeRun, type Run } from '../entrypoints/content/tracker/runs';
import { createSlices } from '../entrypoints/content/tracker/slice';
import { recheckUndefined, UNDEFINED_RECHECK_MS } from '../entrypoints/content/tracker/undefined-elements';
import type { Nearness } from '../entrypoints/content/tracker/viewport';
import { createWorkQueue } from '../entrypoints/content/tracker/work-queue';
import { mayHoldNumber } from '../utils/matcher/normalize';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

/** A work queue whose walk reports nothing, with every run it reads kept. */
function queueReading() {
  const read: string[] = [];
  const queue = createWorkQueue(
    { mayMatch: (run) => mayHoldNumber(run.text), onShadowRoot: () => undefined, onUndefined: () => undefined, wasTracked: () => false },
    (run) => read.push(run.text),
  );
  const drain = () => {
    while (queue.step());
    return read;
  };
  return { queue, read, drain };
}

describe('work queue', () => {
  it('reads touched runs before walking subtrees, and is empty after', () => {
    html('<p id="a">(213) 373-4253</p><p id="b">Call <b>(646) 555-0142</b></p>');
    const { queue, drain } = queueReading();
    expect(queue.pending).toBe(false);
    expect(queue.step()).toBe(false);
    queue.walk(document.getElementById('a')!);
    queue.touch(document.querySelector('b')!);
    expect(queue.pending).toBe(true);
    expect(queue.walksWaiting).toBe(true);
    expect(drain()).toEqual(['Call (646) 555-0142', '(213) 373-4253']);
    expect(queue.pending).toBe(false);
    expect(queue.walksWaiting).toBe(false);
  });

  it('skips removed nodes and subtrees under excluded elements', () => {
    html('<div contenteditable="true"><p id="edit">(213) 373-4253</p></div><p id="gone">(646) 555-0142</p>');
    const { queue, drain } = queueReading();
    const gone = document.getElementById('gone')!;
    gone.remove();
    queue.walk(document.getElementById('edit')!);
    queue.touch(gone.firstChild!);
    expect(drain()).toEqual([]);
  });

  it('walkAgain drops the walk in progress of that root and walks it from its start', () => {
    html('<p>(213) 373-4253</p><p>(646) 555-0142</p><p>(312) 555-0187</p>');
    const { queue, read, drain } = queueReading();
    queue.walk(document.body);
    while (read.length < 1) queue.step();
    queue.walkAgain(document.body);
    expect(drain()).toEqual(['(213) 373-4253', '(213) 373-4253', '(646) 555-0142', '(312) 555-0187']);
  });

  it('a sweep is pending until it is taken, once', () => {
    const { queue } = queueReading();
    queue.sweepNext();
    expect(queue.pending).toBe(true);
    expect(queue.takeSweep()).toBe(true);
    expect(queue.takeSweep()).toBe(false);
    expect(queue.pending).toBe(false);
  });
});

describe('mutations turned into work', () => {
  function recorder(live = false) {
    const calls: string[] = [];
    const name = (n: Node) => (n.nodeType === 3 ? `"${(n as Text).data}"` : (n as Element).localName);
    const found = createFound();
    const deps: MutationDeps = {
      queue: {
        touch: (n) => void calls.push(`touch ${name(n)}`),
        walk: (n) => void calls.push(`walk ${name(n)}`),
        sweepNext: () => void calls.push('sweep'),
      },
      found,
      blocks: {
        all: () => new Set<Block>().values(),
        hide: (b) => void calls.push(`hide ${name(b.element)}`),
        drop: (t) => void (found.delete(t) && calls.push(`drop ${t.text}`)),
      },
      viewport: { recheck: () => void calls.push('recheck'), live },
      scheduler: { pageChanged: () => void calls.push('pageChanged'), later: () => void calls.push('later') },
    };
    return { calls, deps, found };
  }

  it('re-reads changed text and added inline nodes, walks added blocks, and sweeps after removals', () => {
    const { calls, deps } = recorder();
    html('<p>Call <b>x</b><i>y</i></p>');
    const mutations = watchMutations(window as unknown as Window & typeof globalThis, deps);
    mutations.observe(document.body);
    const p = document.querySelector('p')!;
    (p.firstChild as Text).data = 'Ring ';
    p.append(document.createElement('em'));
    p.after(document.createElement('div'));
    document.querySelector('b')!.remove();
    mutations.flush();
    mutations.disconnect();
    expect(calls).toEqual([
      'pageChanged', 'recheck',
      'touch "Ring "', 'touch em', 'walk div',
      // The removal: its block's run, through the text and the inline neighbours left behind.
      'sweep', 'touch "Ring "', 'touch i',
      'later',
    ]);
  });

  it('drops the numbers under an element made editable, and keeps those elsewhere', () => {
    const { calls, deps, found } = recorder();
    html('<div><p>(213) 373-4253</p></div><p>(646) 555-0142</p>');
    const div = document.querySelector('div')!;
    for (const p of document.querySelectorAll('p')) {
      const range = document.createRange();
      range.selectNodeContents(p);
      found.add({ text: p.textContent!, range, nodes: [p.firstChild as Text], block: { element: p, numbers: new Set(), undrawn: false } });
    }
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { subtree: true, attributes: true });
    div.setAttribute('contenteditable', 'true');
    workFromRecords(deps)(observer.takeRecords());
    observer.disconnect();
    expect(calls.filter((c) => c.startsWith('drop'))).toEqual(['drop (213) 373-4253']);
    expect([...found.all()].map((t) => t.text)).toEqual(['(646) 555-0142']);
  });

  it('walks an element again when it stops being editable, and only then', () => {
    const { calls, deps, found } = recorder();
    html('<div contenteditable="true"><p>(213) 373-4253</p></div><p id="other">(646) 555-0142</p>');
    const other = document.getElementById('other')!;
    const range = document.createRange();
    range.selectNodeContents(other);
    found.add({ text: '(646) 555-0142', range, nodes: [other.firstChild as Text], block: { element: other, numbers: new Set(), undrawn: false } });
    const div = document.querySelector('div')!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { subtree: true, attributes: true });
    div.setAttribute('contenteditable', 'false');
    workFromRecords(deps)(observer.takeRecords());
    expect(calls.filter((c) => c.startsWith('walk') || c.startsWith('drop'))).toEqual(['walk div']);
    calls.length = 0;
    div.setAttribute('contenteditable', 'true');
    workFromRecords(deps)(observer.takeRecords());
    observer.disconnect();
    // Made editable: nothing under it to drop, nothing walked (not once per number elsewhere).
    expect(calls.filter((c) => c.startsWith('walk') || c.startsWith('drop'))).toEqual([]);
  });

  it('without an IntersectionObserver, a block hidden from above is hidden, one shown again is walked', () => {
    html('<section><p id="hidden">a</p><p id="shown">b</p></section>');
    const section = document.querySelector('section')!;
    const blocks = [
      { element: document.getElementById('hidden')!, numbers: new Set<Tracked>(), undrawn: false },
      { element: document.getElementById('shown')!, numbers: new Set<Tracked>(), undrawn: true },
    ];
    const record = { type: 'attributes', target: section, attributeName: 'class' } as unknown as MutationRecord;
    for (const live of [false, true]) {
      const { calls, deps } = recorder(live);
      deps.blocks.all = () => blocks.values();
      document.getElementById('hidden')!.setAttribute('hidden', '');
      workFromRecords(deps)([record]);
      expect(calls.filter((c) => c.startsWith('hide') || c.startsWith('walk'))).toEqual(live ? [] : ['hide p', 'walk p']);
    }
  });

  it('leaves attribute changes on ignored elements alone', () => {
    const { calls, deps } = recorder();
    html('<span id="own">x</span>');
    deps.ignore = (el) => el.id === 'own';
    workFromRecords(deps)([{ type: 'attributes', target: document.getElementById('own')!, attributeName: 'class' } as unknown as MutationRecord]);
    expect(calls).toEqual(['pageChanged', 'recheck', 'later']);
  });
});

/** Blocks over fake underlines and a fake viewport, with what they watch, underline and read again kept. */
function blocksWith() {
  const found = createFound();
  const underlined = new Set<Range>();
  const watched = new Set<Element>();
  const readAgain: Element[] = [];
  const soon = vi.fn();
  const blocks = createBlocks({
    found,
    underlines: { add: (r) => void underlined.add(r), delete: (r) => void underlined.delete(r) },
    viewport: { watch: (e) => void watched.add(e), unwatch: (e) => void watched.delete(e), nearness: () => undefined },
    underlineAll: false,
    readAgain: (e) => void readAgain.push(e),
    scheduler: { soon },
    stopped: () => false,
  });
  return { found, underlined, watched, readAgain, soon, blocks };
}

describe('watched blocks', () => {
  function addNumber(found: ReturnType<typeof createFound>, blocks: Blocks, p: Element): Tracked {
    const range = document.createRange();
    range.selectNodeContents(p);
    const t: Tracked = { text: p.textContent!, range, nodes: [p.firstChild as Text], block: blocks.blockFor(p) };
    found.add(t);
    return t;
  }

  it('underlines new numbers until the first report, then only those near the viewport', () => {
    html('<p id="a">(213) 373-4253</p><p id="b">(646) 555-0142</p>');
    const { found, underlined, watched, soon, blocks } = blocksWith();
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const ta = addNumber(found, blocks, a);
    expect(watched.has(a)).toBe(true);
    expect(blocks.shows(ta.block)).toBe(true);
    blocks.onNearness(new Map<Element, Nearness>([[a, 'far']]));
    expect(soon).toHaveBeenCalledTimes(1);
    expect(blocks.shows(ta.block)).toBe(false);
    const tb = addNumber(found, blocks, b);
    expect(blocks.shows(tb.block)).toBe(false);
    underlined.add(ta.range);
    blocks.onNearness(new Map<Element, Nearness>([[b, 'near'], [a, 'far']]));
    expect([...underlined]).toEqual([tb.range]);
    expect([...blocks.near()]).toEqual([tb]);
    // Stopped: no number is reachable any more, near the viewport either (numberAt's fallback).
    blocks.clear();
    expect([...blocks.near()]).toEqual([]);
  });

  it('drops the numbers of a block that is not drawn, and reads it again once it is', () => {
    html('<p id="a">(213) 373-4253</p>');
    const { found, readAgain, blocks } = blocksWith();
    const a = document.getElementById('a')!;
    const t = addNumber(found, blocks, a);
    blocks.onNearness(new Map<Element, Nearness>([[a, 'undrawn']]));
    expect(found.size).toBe(0);
    expect(t.block.undrawn).toBe(true);
    expect(readAgain).toEqual([]);
    blocks.onNearness(new Map<Element, Nearness>([[a, 'far']]));
    expect(t.block.undrawn).toBe(false);
    expect(readAgain).toEqual([a]);
  });

  it('a sweep drops numbers on removed nodes and stops watching removed or empty blocks', () => {
    html('<p id="a">(213) 373-4253</p><p id="b">(646) 555-0142</p>');
    const { found, watched, blocks } = blocksWith();
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    addNumber(found, blocks, a);
    const tb = addNumber(found, blocks, b);
    a.remove();
    blocks.sweep();
    expect([...found.all()]).toEqual([tb]);
    expect([...watched]).toEqual([b]);
    expect(blocks.known(a)).toBeUndefined();
    expect(blocks.known(b)).toBe(tb.block);
  });
});

describe('reading a run', () => {
  it('keeps only the text of inline elements that are drawn', () => {
    html('<p>Call <span hidden>(999) </span><b>(213) 373-4253</b></p>');
    const p = document.querySelector('p')!;
    const [call, hidden, number] = p.childNodes;
    const run = makeRun([call as Text, hidden!.firstChild as Text, number!.firstChild as Text]);
    expect(drawnPart(run, p)?.text).toBe('Call (213) 373-4253');
    const shown = makeRun([call as Text, number!.firstChild as Text]);
    expect(drawnPart(shown, p)).toBe(shown);
  });

  it('a late answer counts only for runs the page left unchanged since', async () => {
    html('<p id="a">(213) 373-4253</p><p id="b">(646) 555-0142</p>');
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const { found, blocks } = blocksWith();
    const added: string[] = [];
    const commit = vi.fn(() => true);
    const soon = vi.fn();
    const read = createReader({
      doc: document,
      match: (run) => answered.then(() => [{ start: 0, end: run.text.length, text: run.text }]),
      mayMatch: (run) => mayHoldNumber(run.text),
      found: { on: (n) => found.on(n), add: (t) => (added.push(t.text), found.add(t)) },
      blocks,
      underlines: { add: () => undefined, commit },
      underlineAll: false,
      viewport: { live: true },
      scheduler: { soon },
      stopped: () => false,
      holding: () => false,
    });
    const runOf = (id: string): Run => Object.assign(makeRun([document.getElementById(id)!.firstChild as Text]), { candidate: true });
    // Read first, so its answer is handled first: by the time b's counts, a's was looked at.
    read(runOf('a'));
    read(runOf('b'));
    (document.getElementById('a')!.firstChild as Text).data = '(213) 373-4254';
    answer();
    await vi.waitFor(() => expect(found.size).toBe(1));
    expect(added).toEqual(['(646) 555-0142']);
    // One commit for all the runs of one answer.
    await vi.waitFor(() => expect(commit).toHaveBeenCalledTimes(1));
    expect(soon).toHaveBeenCalledTimes(1);
  });
});

describe('a page still parsed', () => {
  it('runs read while it is parsed keep their numbers when read again unchanged; changed ones are matched again', () => {
    html('<p id="a">(213) 373-4253</p><p id="b">(646) 555-0142</p>');
    const { found, blocks } = blocksWith();
    let holding = true;
    const matched: string[] = [];
    const read = createReader({
      doc: document,
      match: (run) => (matched.push(run.text), [{ start: 0, end: run.text.length, text: run.text }]),
      mayMatch: (run) => mayHoldNumber(run.text),
      found,
      blocks,
      underlines: { add: () => undefined, commit: () => true },
      underlineAll: false,
      viewport: { live: false },
      scheduler: { soon: () => undefined },
      stopped: () => false,
      holding: () => holding,
    });
    const runOf = (id: string): Run => Object.assign(makeRun([document.getElementById(id)!.firstChild as Text]), { candidate: true });
    read(runOf('a'));
    read(runOf('b'));
    expect(found.size).toBe(2);
    holding = false;
    (document.getElementById('b')!.firstChild as Text).data = '(646) 555-0143';
    read(runOf('a'));
    read(runOf('b'));
    expect(matched).toEqual(['(213) 373-4253', '(646) 555-0142', '(646) 555-0143']);
    expect([...found.all()].map((t) => t.text).sort()).toEqual(['(213) 373-4253', '(646) 555-0143']);
    // Only once: read a third time, an unchanged run is matched again as any other.
    read(runOf('a'));
    expect(matched.at(-1)).toBe('(213) 373-4253');
  });

  it('a slice while holding commits and tells the count, but reads nothing and asks for no more', () => {
    const step = vi.fn(() => true);
    const later = vi.fn();
    const commit = vi.fn(() => true);
    let holding = true;
    const slices = createSlices({
      queue: { takeSweep: () => false, step },
      found: { size: 0 },
      blocks: { sweep: () => undefined },
      trees: { forgetRemoved: () => undefined },
      underlines: { commit },
      underlineAll: false,
      scheduler: { caughtUp: () => undefined, later },
      stopped: () => false,
      holding: () => holding,
    });
    slices.work(5);
    expect(step).not.toHaveBeenCalled();
    expect(later).not.toHaveBeenCalled();
    expect(commit).toHaveBeenCalledTimes(1);
    holding = false;
    slices.work(1);
    expect(step).toHaveBeenCalled();
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('holds until the document is parsed, looking again in a task of its own (no readystatechange listener)', () => {
    vi.useFakeTimers();
    const fakeDoc = (state: string) => Object.assign(new EventTarget(), { readyState: state, defaultView: window }) as unknown as Document & { readyState: string };
    const parsed = fakeDoc('complete');
    const onParsedAlready = vi.fn();
    expect(holdWhileParsed(parsed, onParsedAlready).holding).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(onParsedAlready).not.toHaveBeenCalled();

    const loading = fakeDoc('loading');
    const onParsed = vi.fn();
    const watch = holdWhileParsed(loading, onParsed);
    expect(watch.holding).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(onParsed).not.toHaveBeenCalled();
    loading.readyState = 'interactive';
    loading.dispatchEvent(new Event('readystatechange'));
    expect(onParsed).not.toHaveBeenCalled(); // not inside the page's own task
    vi.advanceTimersByTime(1000);
    expect(onParsed).toHaveBeenCalledTimes(1);
    expect(watch.holding).toBe(false);

    const cancelled = fakeDoc('loading');
    const onCancelled = vi.fn();
    holdWhileParsed(cancelled, onCancelled).cancel();
    cancelled.readyState = 'complete';
    vi.advanceTimersByTime(1000);
    expect(onCancelled).not.toHaveBeenCalled();
  });
});

describe('custom elements not defined yet', () => {
  function fakeElement() {
    return { isConnected: true, defined: false, matches(selector: string) { return selector === ':defined' && this.defined; } };
  }

  it('are walked once defined, and looked at again a few times only', () => {
    vi.useFakeTimers();
    const walked: unknown[] = [];
    const later = vi.fn();
    const waiting = { walk: (e: Node) => void walked.push(e), walksWaiting: false };
    const add = recheckUndefined({ queue: waiting, scheduler: { later }, stopped: () => false });
    const soon = fakeElement();
    const never = fakeElement();
    add(soon as unknown as Element);
    add(never as unknown as Element);
    vi.advanceTimersByTime(UNDEFINED_RECHECK_MS[0]!);
    expect(walked).toEqual([]);
    expect(later).not.toHaveBeenCalled();
    soon.defined = true;
    waiting.walksWaiting = true;
    vi.advanceTimersByTime(UNDEFINED_RECHECK_MS[1]!);
    expect(walked).toEqual([soon]);
    expect(later).toHaveBeenCalledTimes(1);
    // The last attempts pass, then no timer is left for the one never defined.
    vi.advanceTimersByTime(UNDEFINED_RECHECK_MS[2]! + UNDEFINED_RECHECK_MS[3]!);
    expect(vi.getTimerCount()).toBe(0);
    never.defined = true;
    vi.advanceTimersByTime(60_000);
    expect(walked).toEqual([soon]);
  });

  it('one found after the last round of re-checks ended starts a new round', () => {
    vi.useFakeTimers();
    const walked: unknown[] = [];
    const add = recheckUndefined({ queue: { walk: (e: Node) => void walked.push(e), walksWaiting: false }, scheduler: { later: vi.fn() }, stopped: () => false });
    const first = fakeElement();
    add(first as unknown as Element);
    vi.advanceTimersByTime(UNDEFINED_RECHECK_MS.reduce((a, b) => a + b, 0));
    expect(vi.getTimerCount()).toBe(0);
    const late = fakeElement();
    add(late as unknown as Element);
    late.defined = true;
    vi.advanceTimersByTime(UNDEFINED_RECHECK_MS[0]!);
    expect(walked).toEqual([late]);
  });

  it('do nothing once the tracker stopped', () => {
    vi.useFakeTimers();
    const walk = vi.fn();
    const later = vi.fn();
    let stopped = false;
    const add = recheckUndefined({ queue: { walk, walksWaiting: true }, scheduler: { later }, stopped: () => stopped });
    const element = fakeElement();
    add(element as unknown as Element);
    element.defined = true;
    stopped = true;
    vi.advanceTimersByTime(UNDEFINED_RECHECK_MS[0]!);
    expect(walk).not.toHaveBeenCalled();
    expect(later).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
