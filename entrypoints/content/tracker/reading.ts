/**
 * Reading a run: its old numbers go, and it is matched now, at once or, when the matcher answers
 * later, once the answer comes (dropped if the page changed the run since).
 */
import type { NumberMatch } from '@/utils/matcher';
import { elementOf, type Blocks } from './blocks';
import { blockOf, INLINE, isDrawn } from './dom';
import type { Found, Tracked } from './found';
import { makeRun, nodeIndexAt, type Run } from './runs';
import type { Scheduler } from './scheduler';
import type { Underlines } from './underline';
import type { ViewportWatch } from './viewport';

export interface ReadingDeps {
  doc: Document;
  /** Matches one run, at once or later (TrackerOptions.match). */
  match: (run: Run) => NumberMatch[] | Promise<NumberMatch[]>;
  mayMatch: (run: Run) => boolean;
  found: Pick<Found, 'on' | 'add'>;
  blocks: Pick<Blocks, 'known' | 'blockFor' | 'shows' | 'drop'>;
  underlines: Pick<Underlines, 'add' | 'commit'>;
  /** Every number is underlined, near the viewport or not: commits wait for the next slice. */
  underlineAll: boolean;
  viewport: Pick<ViewportWatch, 'live'>;
  scheduler: Pick<Scheduler, 'soon'>;
  stopped(): boolean;
  /** The page is still parsed (parsing.ts): what is read now is read again once it is done. */
  holding(): boolean;
}

/** Drops the text under inline elements that are not drawn (checked only for runs that may match). */
export function drawnPart(run: Run, blockNode: Node | null): Run | undefined {
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

/** Returns readRun: for a run found by the walk or a mutation. */
export function createReader(deps: ReadingDeps): (run: Run) => void {
  const { doc, mayMatch, found, blocks, underlines, underlineAll, viewport, scheduler } = deps;
  /** The latest read of each text node whose run is being matched elsewhere (see awaitMatches). */
  const latestRead = new WeakMap<Text, object>();
  /** Runs read while the page was parsed, by their first node: read again unchanged, they keep their numbers. */
  const readEarly = new WeakMap<Text, Run>();
  /** Whether any was: on a page parsed before the tracker started, no run pays the lookup. */
  let anyReadEarly = false;

  /** A run found by the walk or a mutation: its old numbers go, and it is matched now. */
  function readRun(run: Run): void {
    if (deps.holding()) {
      readEarly.set(run.nodes[0]!, run);
      anyReadEarly = true;
    } else if (anyReadEarly && unchangedSinceEarly(run)) return;
    for (const n of run.nodes) for (const t of [...found.on(n)]) blocks.drop(t);
    if (!run.candidate) return;
    const element = elementOf(run);
    if (!element) return;
    const known = blocks.known(element);
    // A block reported not drawn is read again when it is drawn (without an observer, asked now).
    if (known?.undrawn && (viewport.live || !isDrawn(element))) return;
    if (known) known.undrawn = false;
    matchRun(run, element);
  }

  function unchangedSinceEarly(run: Run): boolean {
    const early = readEarly.get(run.nodes[0]!);
    if (!early) return false;
    readEarly.delete(run.nodes[0]!);
    return early.text === run.text && early.nodes.length === run.nodes.length && early.nodes.every((n, i) => n === run.nodes[i]);
  }

  function matchRun(run: Run, element: Element): void {
    if (!run.nodes.every((n) => n.isConnected)) return; // a mutation re-reads it
    const drawn = run.nodes.length > 1 ? drawnPart(run, blockOf(run.nodes[0]!)) : run;
    if (!drawn || (drawn !== run && !mayMatch(drawn))) return;
    const matches = deps.match(drawn);
    if (Array.isArray(matches)) addMatches(drawn, element, matches);
    else awaitMatches(drawn, element, matches);
  }

  /** A late answer counts only if its run is still the latest read of its nodes, in the page and unchanged. */
  function awaitMatches(run: Run, element: Element, answer: Promise<NumberMatch[]>): void {
    const read = {};
    for (const n of run.nodes) latestRead.set(n, read);
    answer
      .then((matches) => {
        if (deps.stopped() || !matches.length || !element.isConnected) return;
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
      if (!deps.stopped()) underlines.commit();
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
      const block = blocks.blockFor(element);
      const t: Tracked = { text: m.text, ...(m.country ? { country: m.country } : {}), ...(m.dial ? { dial: m.dial } : {}), range, nodes: drawn.nodes.slice(a, b + 1), block };
      found.add(t);
      if (blocks.shows(block)) underlines.add(range);
    }
  }

  return readRun;
}
