/**
 * Tracker: keeps a live Range over every phone number in the page's drawn text, in the document
 * and in every shadow root under it, without touching the page's DOM:
 * 1. the walk (walk.ts) reads text and tag names only, in idle slices, in document order (the
 *    top of the page, where a page opens, first), and each run that may hold a number is matched
 *    at once;
 * 2. only the blocks that hold a found number are watched by an IntersectionObserver
 *    (viewport.ts), which tells from the browser's own layout whether they are near the viewport,
 *    far from it, or not drawn (their numbers are then dropped until they are drawn again);
 * 3. only numbers near the viewport are registered with the Highlight (underline.ts), so a page
 *    change re-validates a screenful of ranges, not the whole page's.
 * Mutations re-read only the runs they touch.
 */
import type { NumberMatch } from '@/utils/matcher';
import { mayHoldNumber } from '@/utils/matcher/normalize';
import { blockOf, excludedByAncestor, excludedElement, INLINE, isDrawn, isElement, isInline, isText } from './dom';
import { createFound, type Block, type Tracked } from './found';
import { caretAt, hitByBoxes, rectsContain } from './hit-test';
import { makeRun, nodeIndexAt, type Run } from './runs';
import { createScheduler } from './scheduler';
import { createUnderlines, HIGHLIGHT_NAME } from './underline';
import { watchViewport, type Nearness } from './viewport';
import { runAround, runsIn } from './walk';

export { HIGHLIGHT_NAME };

export interface TrackedNumber {
  /** The number as written on the page. */
  readonly text: string;
  /** The country it was read for, when it is in national format. */
  readonly country?: string;
  /** Live range over the page's own text nodes (may span several). */
  readonly range: Range;
  /** What to dial when it differs from the text: a vanity number's keypad digits. */
  readonly dial?: string;
}

export interface NumberTracker {
  /** How many numbers are tracked now (for the badge). */
  readonly count: number;
  numbers(): TrackedNumber[];
  /** The number drawn at a viewport point, for hover and click. */
  numberAt(clientX: number, clientY: number): TrackedNumber | undefined;
  /** Run all pending work now (tests, and before answering a count query). */
  flush(): void;
  stop(): void;
}

export interface TrackerOptions {
  /**
   * Matches one run of text: at once (matchLocally in match-context.ts) or later (the content
   * script's background-matcher.ts); a late answer for a run the page changed since is dropped.
   */
  match: (run: Run) => NumberMatch[] | Promise<NumberMatch[]>;
  /** Elements whose subtree is never looked at (ThruDial's own host). */
  ignore?: (element: Element) => boolean;
  onChange?: (count: number) => void;
  /** Cheap test whether a run can hold a match at all (default: mayHoldNumber, enough digits close together). */
  mayMatch?: (text: string) => boolean;
  /** Longest slice of work before yielding to the page, in ms. */
  budgetMs?: number;
  /**
   * Which numbers are registered with the Highlight: only those near the viewport (default; a
   * page change then re-validates a screenful of ranges, not the whole page's), or all.
   */
  underline?: 'near' | 'all';
}

/** Held-back underline changes are applied at least this often while far work goes on. */
const COMMIT_MS = 500;
/** How often custom elements that were not defined yet are looked at again, and how many times. */
const UNDEFINED_RECHECK_MS = [250, 1000, 3000, 10000];

export function trackNumbers(doc: Document, options: TrackerOptions): NumberTracker {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const mayMatch = options.mayMatch ?? mayHoldNumber;
  const underlineAll = options.underline === 'all';
  const found = createFound();
  /** Blocks that hold found numbers (or held them and are not drawn now): the only ones watched. */
  const blocks = new Map<Element, Block>();
  const nearBlocks = new Set<Block>();
  const trees = new Set<ShadowRoot>();
  const subtrees = new Set<Node>();
  const touched = new Set<Node>();
  const undefinedElements = new Set<Element>();
  /** The latest read of each text node whose run is being matched elsewhere (see awaitMatches). */
  const latestRead = new WeakMap<Text, object>();
  let current: Generator<Run | null> | undefined;
  /**
   * Until the observer's first report, every number found is underlined at once: the walk starts
   * at the top of the page, where the viewport usually is, and the report (after the next frame,
   * which on a big page waits for its whole first layout) takes the far ones away again.
   */
  let viewportTold = false;
  let sweep = false;
  let stopped = false;
  let lastCommit = performance.now();
  // The badge starts empty: 0 is never news.
  let lastCount = 0;
  const underlines = createUnderlines(doc);
  const budgetMs = options.budgetMs ?? 8;
  const scheduler = createScheduler(view, budgetMs, work);
  const viewport = watchViewport(view, onNearness);
  const mutations = new (view?.MutationObserver ?? MutationObserver)(onRecords);
  const OBSERVED: MutationObserverInit = {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'contenteditable', 'open'],
  };

  const walkOptions = {
    ignore: options.ignore,
    mayMatch,
    onShadowRoot(root: ShadowRoot) {
      if (trees.has(root)) return;
      trees.add(root);
      mutations.observe(root, OBSERVED);
      viewport.listenIn(root);
      subtrees.add(root);
    },
    onUndefined(element: Element) {
      if (undefinedElements.size === 0) recheckUndefined(0);
      undefinedElements.add(element);
    },
    wasTracked: (nodes: Text[]) => found.anyOn(nodes),
    onCutOff: (root: Node) => void subtrees.add(root),
  };

  /** Custom elements defined after the walk attach their shadow roots then: look again a few times. */
  function recheckUndefined(attempt: number): void {
    if (attempt >= UNDEFINED_RECHECK_MS.length) return;
    setTimeout(() => {
      if (stopped) return;
      for (const el of undefinedElements) {
        if (!el.isConnected) undefinedElements.delete(el);
        else if (el.matches(':defined')) {
          undefinedElements.delete(el);
          subtrees.add(el);
        }
      }
      if (subtrees.size) scheduler.later();
      if (undefinedElements.size) recheckUndefined(attempt + 1);
    }, UNDEFINED_RECHECK_MS[attempt]);
  }

  // ---- blocks ----------------------------------------------------------------------------

  /** The element whose box says whether a run is drawn: its block, or the host of a shadow root's own text. */
  function elementOf(run: Run): Element | undefined {
    const block = blockOf(run.nodes[0]!);
    if (block && isElement(block)) return block;
    return run.nodes[0]!.parentElement ?? ((block as ShadowRoot | null)?.host ?? undefined);
  }

  /** The block of a number just found; watched from its first number on. */
  function blockFor(element: Element): Block {
    let block = blocks.get(element);
    if (!block) {
      block = { element, numbers: new Set(), undrawn: false };
      blocks.set(element, block);
      viewport.watch(element);
    }
    return block;
  }

  function onNearness(changed: Map<Element, Nearness>): void {
    if (stopped) return;
    viewportTold = true;
    for (const [element, nearness] of changed) {
      const block = blocks.get(element);
      if (!block) continue;
      if (nearness === 'undrawn') {
        hide(block);
        continue;
      }
      if (block.undrawn) {
        // Drawn again: read it afresh, the page may have changed it while hidden.
        block.undrawn = false;
        subtrees.add(element);
      }
      if (nearness === 'near') {
        nearBlocks.add(block);
        for (const t of block.numbers) underlines.add(t.range);
      } else {
        nearBlocks.delete(block);
        if (!underlineAll) for (const t of block.numbers) underlines.delete(t.range);
      }
    }
    // The next task commits the underlines and tells the new count.
    scheduler.soon();
  }

  /** A block that is not drawn: its numbers are not on the page for the user, nor in the count. */
  function hide(block: Block): void {
    for (const t of [...block.numbers]) drop(t);
    block.undrawn = true;
    nearBlocks.delete(block);
  }

  // ---- matching --------------------------------------------------------------------------

  /** Drops the text under inline elements that are not drawn (checked only for runs that may match). */
  function drawnPart(run: Run, blockNode: Node | null): Run | undefined {
    let kept: Text[] | undefined;
    for (let i = 0; i < run.nodes.length; i++) {
      const n = run.nodes[i]!;
      let shown = true;
      for (let el = n.parentElement; el && el !== blockNode && INLINE.has(el.localName); el = el.parentElement)
        if (!isDrawn(el)) {
          shown = false;
          break;
        }
      if (!shown) kept ??= run.nodes.slice(0, i);
      else kept?.push(n);
    }
    if (!kept) return run;
    return kept.length ? makeRun(kept) : undefined;
  }

  /** A run found by the walk or a mutation: its old numbers go, and it is matched now. */
  function readRun(run: Run): void {
    for (const n of run.nodes) for (const t of [...found.on(n)]) drop(t);
    if (!run.candidate) return;
    const element = elementOf(run);
    if (!element) return;
    const known = blocks.get(element);
    // A block reported not drawn is read again when it is drawn (without an observer, asked now).
    if (known?.undrawn && (viewport.live || !isDrawn(element))) return;
    if (known) known.undrawn = false;
    matchRun(run, element);
  }

  function matchRun(run: Run, element: Element): void {
    if (!run.nodes.every((n) => n.isConnected)) return; // a mutation re-reads it
    const drawn = run.nodes.length > 1 ? drawnPart(run, blockOf(run.nodes[0]!)) : run;
    if (!drawn || (drawn !== run && !mayMatch(drawn.text))) return;
    const matches = options.match(drawn);
    if (Array.isArray(matches)) addMatches(drawn, element, matches);
    else awaitMatches(drawn, element, matches);
  }

  /** A late answer counts only if its run is still the latest read of its nodes, in the page and unchanged. */
  function awaitMatches(run: Run, element: Element, answer: Promise<NumberMatch[]>): void {
    const read = {};
    for (const n of run.nodes) latestRead.set(n, read);
    answer
      .then((matches) => {
        if (stopped || !matches.length || !element.isConnected) return;
        if (!run.nodes.every((n) => latestRead.get(n) === read && n.isConnected) || makeRun(run.nodes).text !== run.text) return;
        addMatches(run, element, matches);
        // Underlines near the viewport show in the next frame; the next task tells the new count.
        commitWithAnswer();
        scheduler.soon();
      })
      .catch(() => undefined) // the extension was reloaded or the background gave no answer: no numbers
      .finally(() => {
        for (const n of run.nodes) if (latestRead.get(n) === read) latestRead.delete(n);
      });
  }

  /** One commit for all the runs of one answer (they resolve in the same microtask checkpoint). */
  let commitQueued = false;
  function commitWithAnswer(): void {
    if (commitQueued || underlineAll) return;
    commitQueued = true;
    queueMicrotask(() => {
      commitQueued = false;
      if (!stopped) underlines.commit();
    });
  }

  function addMatches(drawn: Run, element: Element, matches: NumberMatch[]): void {
    for (const m of matches) {
      if (m.end <= m.start) continue;
      const a = nodeIndexAt(drawn, m.start);
      const b = nodeIndexAt(drawn, m.end - 1);
      const range = doc.createRange();
      range.setStart(drawn.nodes[a]!, m.start - drawn.starts[a]!);
      range.setEnd(drawn.nodes[b]!, m.end - drawn.starts[b]!);
      const block = blockFor(element);
      const t: Tracked = { text: m.text, ...(m.country ? { country: m.country } : {}), ...(m.dial ? { dial: m.dial } : {}), range, nodes: drawn.nodes.slice(a, b + 1), block };
      found.add(t);
      if (underlineAll || nearBlocks.has(block) || !viewportTold) underlines.add(range);
    }
  }

  /** Blocks and shadow roots the page removed, and blocks left without numbers: no longer watched or kept. */
  function forgetRemoved(): void {
    for (const [element, block] of blocks) {
      if (element.isConnected && (block.numbers.size || block.undrawn)) continue;
      viewport.unwatch(element);
      blocks.delete(element);
      nearBlocks.delete(block);
    }
    for (const root of trees) if (!root.host.isConnected) trees.delete(root);
  }

  function drop(t: Tracked): void {
    if (found.delete(t)) underlines.delete(t.range);
  }

  // ---- work ------------------------------------------------------------------------------

  function next<T>(set: Set<T>): T | undefined {
    const first = set.values().next();
    if (first.done) return undefined;
    set.delete(first.value);
    return first.value;
  }

  /** One step of the most urgent work; false when there is none. */
  function step(): boolean {
    const node = next(touched);
    if (node) {
      if (node.isConnected && !excludedByAncestor(node, options.ignore)) {
        const run = runAround(node, options.ignore);
        if (run) {
          run.candidate = mayMatch(run.text) || found.anyOn(run.nodes);
          readRun(run);
        }
      }
      return true;
    }
    if (!current) {
      const root = next(subtrees);
      if (root) {
        if (root.isConnected && !excludedByAncestor(root, options.ignore)) current = runsIn(root, walkOptions);
        return true;
      }
    }
    if (current) {
      const run = current.next();
      if (run.done) current = undefined;
      else if (run.value) readRun(run.value);
      return true;
    }
    return false;
  }

  function work(budget: number): void {
    if (stopped) return;
    if (sweep) {
      sweep = false;
      for (const t of [...found.all()]) if (t.nodes.some((n) => !n.isConnected)) drop(t);
      forgetRemoved();
    }
    const until = performance.now() + Math.max(budget, 1);
    let more = true;
    while (performance.now() < until && (more = step()));
    if (!more) scheduler.caughtUp();
    // Underlines near the viewport show at once; with underline: 'all', the rest at most every COMMIT_MS.
    const due = !more || !underlineAll || performance.now() - lastCommit >= COMMIT_MS;
    if (due && underlines.commit()) lastCommit = performance.now();
    if (more) scheduler.later();
    tellCount();
  }

  /** Tells the count when it changed since it was last told. */
  function tellCount(): void {
    if (found.size === lastCount) return;
    lastCount = found.size;
    options.onChange?.(found.size);
  }

  // ---- mutations -------------------------------------------------------------------------

  function onRecords(records: MutationRecord[]): void {
    scheduler.pageChanged();
    // What the page changed may move or show blocks that were far or hidden.
    viewport.recheck();
    for (const r of records) {
      if (r.type === 'characterData') touched.add(r.target);
      else if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          // An inline node is read with the whole run around it; a block as a subtree of its own.
          if (isText(n) || isInline(n)) touched.add(n);
          else if (isElement(n)) subtrees.add(n);
        }
        if (r.removedNodes.length) {
          sweep = true;
          if (isInline(r.target)) touched.add(r.target);
          for (const sib of [r.previousSibling, r.nextSibling]) if (sib && (isText(sib) || isInline(sib))) touched.add(sib);
        }
      } else if (r.type === 'attributes' && isElement(r.target)) {
        const target = r.target;
        if (options.ignore?.(target)) continue;
        if (r.attributeName === 'contenteditable' || excludedElement(target, options.ignore)) {
          if (excludedByAncestor(target, options.ignore)) for (const t of [...found.all()]) if (t.nodes.some((n) => target.contains(n))) drop(t);
          else subtrees.add(target);
        } else if (isInline(target)) touched.add(target);
        // Blocks shown or hidden by style are told by the IntersectionObserver; without one, look again.
        else if (!viewport.live) for (const block of blocks.values()) if (target.contains(block.element)) recheckDrawn(block);
      }
    }
    scheduler.later();
  }

  /** Without an observer: a style change above a block may have shown or hidden it. */
  function recheckDrawn(block: Block): void {
    if (!isDrawn(block.element)) hide(block);
    else if (block.undrawn) subtrees.add(block.element);
  }

  // ---- start -----------------------------------------------------------------------------

  mutations.observe(doc.documentElement, OBSERVED);
  if (doc.body) subtrees.add(doc.body);
  // The first slice reads the top of the page now, what the user sees first: its runs go to be
  // matched while the browser lays out and paints the page, not after.
  work(budgetMs);

  return {
    get count() {
      return found.size;
    },
    numbers: () => [...found.all()],
    numberAt(x, y) {
      const caret = caretAt(doc, x, y, [...trees]);
      if (caret) for (const t of found.on(caret.node as Text)) {
        if (t.range.isPointInRange(caret.node, caret.offset) && rectsContain(t.range, x, y)) return t;
      }
      // The caret can land on a neighbouring node at a boundary, or at a shadow host: measure the numbers on screen.
      return hitByBoxes(nearNumbers(), x, y, 500);
    },
    flush() {
      if (stopped) return;
      const pending = mutations.takeRecords();
      if (pending.length) onRecords(pending);
      scheduler.caughtUp();
      // At least once: the first slice (run at start) may have read everything already.
      do {
        work(Infinity);
        // Blocks the IntersectionObserver has not told about yet: ask the style directly.
        for (const block of blocks.values()) {
          if (block.undrawn) continue;
          const nearness = viewport.nearness(block.element) ?? (isDrawn(block.element) ? 'near' : 'undrawn');
          if (nearness === 'undrawn') hide(block);
          else if (nearness === 'near' && !nearBlocks.has(block)) {
            nearBlocks.add(block);
            for (const t of block.numbers) underlines.add(t.range);
          }
        }
      } while (!stopped && (touched.size || subtrees.size || current || sweep));
      underlines.commit();
      tellCount();
    },
    stop() {
      stopped = true;
      scheduler.cancel();
      mutations.disconnect();
      viewport.stop();
      underlines.stop();
      found.clear();
      blocks.clear();
    },
  };

  function* nearNumbers(): Generator<Tracked> {
    for (const block of nearBlocks) yield* block.numbers;
  }
}
