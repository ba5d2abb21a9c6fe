/**
 * Observer/tracker: keeps a live Range over every phone number in the page's visible text,
 * on load and as the page changes, without touching the page's DOM. Numbers are underlined
 * through the CSS Custom Highlight API; the widget asks `numberAt(x, y)` on hover and click.
 *
 * Text is matched per "run": the consecutive text nodes of one block that are separated only
 * by inline elements, so `<b>+1</b> (555) 123-4567` is one string with an offset map back to
 * its text nodes. Mutations re-match only the runs they touch.
 */
import { mayHoldNumber, type MatchContext, type NumberMatch } from './matcher';

export const HIGHLIGHT_NAME = 'thrudial-number';

export interface TrackedNumber {
  /** The number as written on the page. */
  readonly text: string;
  /** The country it was read for, when it is in national format. */
  readonly country?: string;
  /** Live range over the page's own text nodes (may span several). */
  readonly range: Range;
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
  /** Matches one run of text; `context` looks at the page around the run, only when asked. */
  match: (text: string, context: MatchContext) => NumberMatch[];
  /** Elements whose subtree is never looked at (ThruDial's own host). */
  ignore?: (element: Element) => boolean;
  onChange?: (count: number) => void;
  /**
   * Cheap test whether a run can hold a match at all (default: at least 7 digits close together).
   * Runs that fail it are never matched nor checked for visibility.
   */
  mayMatch?: (text: string) => boolean;
  /** Longest slice of work before yielding to the page, in ms. */
  budgetMs?: number;
}

/**
 * Underline changes are applied to the registered Highlight in batches: every change to a
 * registered highlight makes Chromium re-validate the markers of the whole page on the next
 * frame (PrePaint ~50-75 ms on a 5 MB page), so changes are held back and committed when a
 * scan ends, and at most this often while a long scan is still going.
 */
const COMMIT_MS = 500;
/**
 * Mutation-driven work waits until the page's own mutations have paused this long (the page's
 * script runs first), but never longer than MUTATION_MAX_DEFER_MS after the first pending change.
 */
const MUTATION_QUIET_MS = 60;
const MUTATION_MAX_DEFER_MS = 2500;

/** Subtrees that hold code, form state or non-text: never matched. */
const SKIPPED = new Set([
  'input', 'textarea', 'select', 'option', 'code', 'pre', 'script', 'style', 'noscript', 'svg', 'math',
  'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
]);

/** Elements that flow inside a line: text on both sides belongs to the same run. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var',
]);

/** How much text before a run may serve as its label ("Fax", "Kundennummer"). */
const LABEL_CHARS = 40;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Tracked extends TrackedNumber {
  nodes: Text[];
}

interface Run {
  nodes: Text[];
  /** Offset of each node's first character in the joined text. */
  starts: number[];
  text: string;
  /** Whether the run passed mayMatch (set by runsIn). */
  candidate?: boolean;
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}
function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}
function isInline(node: Node): boolean {
  return isElement(node) && INLINE.has(node.localName);
}

export function trackNumbers(doc: Document, options: TrackerOptions): NumberTracker {
  const view = doc.defaultView;
  const budgetMs = options.budgetMs ?? 8;
  const byNode = new Map<Text, Set<Tracked>>();
  const all = new Set<Tracked>();
  /** Elements not scanned because they were not displayed; rechecked when attributes change above them. */
  const hiddenSkipped = new Set<Element>();

  const mayMatch = options.mayMatch ?? mayHoldNumber;
  const highlight = createHighlight(view);
  /** Created and adopted only once there is a number to underline (adopting restyles the page). */
  let sheet: CSSStyleSheet | undefined;
  let sheetAdopted = false;
  /** Range changes not yet applied to the registered highlight. */
  const pendingAdd = new Set<Range>();
  const pendingDelete = new Set<Range>();
  let lastCommit = performance.now();
  let stopped = false;

  // ---- what to look at -------------------------------------------------------------------

  function excludedElement(el: Element): boolean {
    if (SKIPPED.has(el.localName)) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
    return options.ignore?.(el) ?? false;
  }

  function excludedByAncestor(node: Node): boolean {
    if (doc.designMode === 'on') return true;
    for (let el = isElement(node) ? node : node.parentElement; el; el = el.parentElement) {
      if (excludedElement(el)) return true;
    }
    return false;
  }

  function visible(el: Element): boolean {
    const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
    if (el.hasAttribute('hidden')) return false;
    if (typeof check !== 'function' || check.call(el)) return true;
    // display: contents has no box of its own, yet its children are drawn.
    return view?.getComputedStyle(el).display === 'contents';
  }

  const filter: NodeFilter = {
    acceptNode(node: Node) {
      if (!isElement(node)) return 1; // FILTER_ACCEPT
      if (excludedElement(node)) return 2; // FILTER_REJECT: skips the subtree
      if (!visible(node)) {
        hiddenSkipped.add(node);
        return 2;
      }
      return 1;
    },
  };
  const SHOW = 0x1 | 0x4; // SHOW_ELEMENT | SHOW_TEXT

  function blockOf(node: Node): Node | null {
    let p = node.parentNode;
    while (p && isInline(p)) p = p.parentNode;
    return p;
  }

  function makeRun(nodes: Text[]): Run {
    const starts: number[] = new Array(nodes.length);
    const parts: string[] = new Array(nodes.length);
    let length = 0;
    for (let i = 0; i < nodes.length; i++) {
      const data = nodes[i]!.data;
      starts[i] = length;
      parts[i] = data;
      length += data.length;
    }
    return { nodes, starts, text: nodes.length === 1 ? parts[0]! : parts.join('') };
  }

  /**
   * Inline elements are not checked for visibility while walking (most hold no number): a run
   * that can hold one drops the text under hidden inline elements here, as the walker used to.
   * `inlineShown` caches per inline element for one walk.
   */
  function visibleRun(run: Run, block: Node | null, inlineShown: Map<Element, boolean>): Run | undefined {
    let kept: Text[] | undefined;
    for (let i = 0; i < run.nodes.length; i++) {
      const n = run.nodes[i]!;
      let shown = true;
      for (let el = n.parentElement; el && el !== block && INLINE.has(el.localName); el = el.parentElement) {
        let v = inlineShown.get(el);
        if (v === undefined) {
          v = visible(el);
          inlineShown.set(el, v);
          if (!v) hiddenSkipped.add(el);
        }
        if (!v) {
          shown = false;
          break;
        }
      }
      if (!shown) kept ??= run.nodes.slice(0, i);
      else kept?.push(n);
    }
    if (!kept) return run;
    return kept.length ? makeRun(kept) : undefined;
  }

  /**
   * Every run in a subtree, lazily, so a big page is matched in slices. A plain walk over
   * firstChild/nextSibling: excluded subtrees and hidden blocks are skipped, inline elements
   * are checked only when their run can hold a number (visibleRun).
   */
  function* runsIn(root: Node): Generator<Run> {
    if (isText(root)) {
      const run = runAround(root);
      if (run) yield run;
      return;
    }
    const inlineShown = new Map<Element, boolean>();
    /** Nearest non-inline ancestor of an inline element, cached for this walk. */
    const blockOfInline = new Map<Node, Node | null>();
    const blockOfText = (t: Text): Node | null => {
      const p = t.parentNode;
      if (!p || !isInline(p)) return p;
      let b = blockOfInline.get(p);
      if (b === undefined) {
        b = blockOf(p);
        blockOfInline.set(p, b);
      }
      return b;
    };
    const finish = (nodes: Text[], block: Node | null): Run | undefined => {
      const run = makeRun(nodes);
      if (!mayMatch(run.text)) {
        // No number possible: only worth yielding when it clears numbers tracked before.
        if (!byNode.size || !nodes.some((n) => byNode.has(n))) return undefined;
        run.candidate = false;
        return run;
      }
      const shown = visibleRun(run, block, inlineShown);
      if (shown) shown.candidate = shown === run || mayMatch(shown.text);
      return shown;
    };
    let nodes: Text[] = [];
    let block: Node | null = null;
    let n: Node | null = root.firstChild;
    while (n) {
      let descend = false;
      const type = n.nodeType;
      if (type === TEXT_NODE) {
        const b = blockOfText(n as Text);
        if (b !== block && nodes.length) {
          const run = finish(nodes, block);
          nodes = [];
          if (run) {
            yield run;
            // The page may have changed between slices: a walk cut off from its root starts over.
            if (!root.contains(n)) return void subtrees.add(root);
          }
        }
        block = b;
        nodes.push(n as Text);
      } else if (type === ELEMENT_NODE) {
        const el = n as Element;
        if (excludedElement(el)) {
          // skipped with its subtree
        } else if (INLINE.has(el.localName)) descend = true;
        else if (!visible(el)) hiddenSkipped.add(el);
        else {
          if (nodes.length) {
            const run = finish(nodes, block);
            nodes = [];
            if (run) {
              yield run;
              if (!root.contains(n)) return void subtrees.add(root);
            }
          }
          block = null;
          descend = true;
        }
      }
      if (descend && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      n = !n || n === root ? null : n.nextSibling;
    }
    if (nodes.length) {
      const run = finish(nodes, block);
      if (run) yield run;
    }
  }

  /** The run that contains `node` (a text node or an inline element), bounded by blocks and <br>. */
  function runAround(node: Node): Run | undefined {
    const block = blockOf(node);
    if (!block) return undefined;
    const walker = doc.createTreeWalker(block, SHOW, filter);
    walker.currentNode = node;
    let first: Node = node;
    for (let p = walker.previousNode(); p && p !== block; p = walker.previousNode()) {
      if (isElement(p) ? !isInline(p) : blockOf(p) !== block) break;
      first = p;
    }
    const nodes: Text[] = [];
    walker.currentNode = first;
    for (let n: Node | null = first; n; n = walker.nextNode()) {
      if (isElement(n) ? !isInline(n) : blockOf(n) !== block) break;
      if (isText(n)) nodes.push(n);
    }
    return nodes.length ? makeRun(nodes) : undefined;
  }

  // ---- matches ---------------------------------------------------------------------------

  function drop(t: Tracked): void {
    if (!all.delete(t)) return;
    for (const n of t.nodes) {
      const set = byNode.get(n);
      set?.delete(t);
      if (set?.size === 0) byNode.delete(n);
    }
    if (!pendingAdd.delete(t.range)) pendingDelete.add(t.range);
  }

  /** Index of the node holding character `pos` (for an end offset, pass pos - 1). */
  function nodeIndexAt(run: Run, pos: number): number {
    let lo = 0;
    let hi = run.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (run.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The text just before a run, where its label stands when the run has none: the previous
   * inline text of the block (after a <br>), else the previous table cell, the <dt> of a <dd>,
   * or the block's previous sibling. Only the last LABEL_CHARS characters are read.
   */
  function labelBefore(run: Run): string {
    const block = blockOf(run.nodes[0]!);
    let from: Node | null = null;
    for (let n: Node | null = run.nodes[0]!; n && n !== block && !from; n = n.parentNode) from = n.previousSibling;
    if (!from && block && isElement(block)) {
      from = block.previousElementSibling;
      if (block.localName === 'dd') while (from && (from as Element).localName !== 'dt') from = (from as Element).previousElementSibling;
    }
    // Skip what holds no text (<br>, <img>, blank text) for a few siblings.
    for (let hops = 0; from && hops < 4; hops++, from = from.previousSibling) {
      const text = tailText(from);
      if (text.trim()) return text;
    }
    return '';
  }

  function tailText(node: Node): string {
    if (isText(node)) return node.data.slice(-LABEL_CHARS);
    if (!isElement(node) || excludedElement(node)) return '';
    const walker = doc.createTreeWalker(node, 0x4); // SHOW_TEXT
    let text = '';
    let last: Node | null = node.lastChild;
    while (last?.lastChild) last = last.lastChild;
    if (!last) return '';
    walker.currentNode = last;
    for (let n: Node | null = isText(last) ? last : walker.previousNode(); n && text.length < LABEL_CHARS; n = walker.previousNode())
      text = (n as Text).data + text;
    return text.slice(-LABEL_CHARS);
  }

  function inTelLink(run: Run, start: number, end: number): boolean {
    const a = run.nodes[nodeIndexAt(run, start)]!.parentElement?.closest('a[href]');
    return Boolean(a && a === run.nodes[nodeIndexAt(run, end - 1)]!.parentElement?.closest('a[href]') && /^\s*tel:/i.test(a.getAttribute('href') ?? ''));
  }

  function matchRun(run: Run): void {
    if (byNode.size) {
      for (const n of run.nodes) {
        const old = byNode.get(n);
        if (old) for (const t of [...old]) drop(t);
      }
    }
    if (!(run.candidate ?? mayMatch(run.text))) return;
    const context: MatchContext = {
      labelBefore: () => labelBefore(run),
      inTelLink: (start, end) => inTelLink(run, start, end),
    };
    for (const m of options.match(run.text, context)) {
      if (m.end <= m.start) continue;
      const a = nodeIndexAt(run, m.start);
      const b = nodeIndexAt(run, m.end - 1);
      const range = doc.createRange();
      range.setStart(run.nodes[a]!, m.start - run.starts[a]!);
      range.setEnd(run.nodes[b]!, m.end - run.starts[b]!);
      const t: Tracked = { text: m.text, ...(m.country ? { country: m.country } : {}), range, nodes: run.nodes.slice(a, b + 1) };
      all.add(t);
      for (const n of t.nodes) {
        let set = byNode.get(n);
        if (!set) byNode.set(n, (set = new Set()));
        set.add(t);
      }
      pendingAdd.add(range);
    }
  }

  /** Applies the held-back range changes to the highlight (registered once, at the first commit). */
  function commit(): void {
    lastCommit = performance.now();
    if (!highlight || stopped) return;
    if (!pendingAdd.size && !pendingDelete.size) return;
    for (const r of pendingDelete) highlight.delete(r);
    for (const r of pendingAdd) highlight.add(r);
    pendingDelete.clear();
    pendingAdd.clear();
    if (highlight.size) ensureSheet();
  }

  function dropDisconnected(): void {
    for (const t of all) if (t.nodes.some((n) => !n.isConnected)) drop(t);
  }

  function dropInside(el: Element): void {
    for (const t of all) if (t.nodes.some((n) => el.contains(n))) drop(t);
  }

  // ---- scheduling ------------------------------------------------------------------------

  /** Subtrees to scan (added blocks, revealed elements, the initial body). */
  const subtrees = new Set<Node>();
  /** Text nodes and inline elements whose run changed. */
  const touched = new Set<Node>();
  let current: Generator<Run> | undefined;
  let sweep = false;
  let scheduled: { cancel(): void } | undefined;
  let lastCount = -1;

  /** When the page last changed the DOM, and when the oldest unprocessed change came (mutation-driven work only). */
  let mutatedAt: number | undefined;
  let firstMutationAt: number | undefined;

  function quietWait(): number {
    if (mutatedAt === undefined || firstMutationAt === undefined) return 0;
    const now = performance.now();
    return Math.max(0, Math.min(mutatedAt + MUTATION_QUIET_MS - now, firstMutationAt + MUTATION_MAX_DEFER_MS - now));
  }

  /**
   * The first slice waits for an idle period; a scan that needs more slices continues with
   * background-priority tasks (scheduler.postTask), which run as soon as the page has nothing
   * else to do, instead of one 8 ms slice per 50 ms idle period.
   */
  function schedule(continuation = false): void {
    if (scheduled || stopped) return;
    const wait = quietWait();
    if (wait > 0) {
      // Let the page finish its own burst of changes first.
      const id = setTimeout(() => {
        scheduled = undefined;
        schedule();
      }, Math.ceil(wait));
      scheduled = { cancel: () => clearTimeout(id) };
      return;
    }
    const scheduler = (view as { scheduler?: BackgroundScheduler } | null)?.scheduler;
    if (continuation && typeof scheduler?.postTask === 'function' && typeof AbortController === 'function') {
      const controller = new AbortController();
      scheduler
        .postTask(() => {
          scheduled = undefined;
          work(budgetMs);
        }, { priority: 'background', signal: controller.signal })
        .catch(() => undefined);
      scheduled = { cancel: () => controller.abort() };
      return;
    }
    if (view && typeof view.requestIdleCallback === 'function') {
      const id = view.requestIdleCallback((deadline) => {
        scheduled = undefined;
        work(deadline.didTimeout ? budgetMs : Math.min(budgetMs, deadline.timeRemaining()));
      }, { timeout: 300 });
      scheduled = { cancel: () => view.cancelIdleCallback(id) };
    } else {
      const id = setTimeout(() => {
        scheduled = undefined;
        work(budgetMs);
      }, 16);
      scheduled = { cancel: () => clearTimeout(id) };
    }
  }

  function work(budget: number): void {
    if (stopped) return;
    const until = performance.now() + Math.max(budget, 1);
    const done = new Set<Text>();
    const runOnce = (run: Run | undefined) => {
      if (!run || run.nodes.every((n) => done.has(n))) return;
      for (const n of run.nodes) done.add(n);
      matchRun(run);
    };
    if (sweep) {
      sweep = false;
      dropDisconnected();
    }
    while (performance.now() < until) {
      const next = touched.values().next();
      if (!next.done) {
        touched.delete(next.value);
        if (next.value.isConnected && !excludedByAncestor(next.value) && parentVisible(next.value))
          runOnce(runAround(next.value));
        continue;
      }
      if (!current) {
        const root = subtrees.values().next();
        if (root.done) break;
        subtrees.delete(root.value);
        if (!root.value.isConnected || excludedByAncestor(root.value) || !parentVisible(root.value)) continue;
        current = runsIn(root.value);
      }
      const run = current.next();
      if (run.done) current = undefined;
      else runOnce(run.value);
    }
    const more = touched.size > 0 || subtrees.size > 0 || current !== undefined;
    if (!more) {
      mutatedAt = firstMutationAt = undefined;
      commit();
    } else if (performance.now() - lastCommit >= COMMIT_MS) commit();
    if (more) schedule(true);
    if (all.size !== lastCount) {
      lastCount = all.size;
      options.onChange?.(all.size);
    }
  }

  function parentVisible(node: Node): boolean {
    const el = isElement(node) ? node : node.parentElement;
    if (!el || visible(el)) return true;
    hiddenSkipped.add(el);
    return false;
  }

  function ensureSheet(): void {
    if (sheetAdopted) return;
    sheetAdopted = true;
    sheet ??= createHighlightSheet(view);
    if (!sheet) return;
    const adopted = doc.adoptedStyleSheets;
    if (!adopted.includes(sheet)) doc.adoptedStyleSheets = [...adopted, sheet];
  }

  // ---- mutations -------------------------------------------------------------------------

  function queueNode(node: Node): void {
    if (isText(node) || isInline(node)) touched.add(node);
    else if (isElement(node)) subtrees.add(node);
  }

  function onRecords(records: MutationRecord[]): void {
    mutatedAt = performance.now();
    firstMutationAt ??= mutatedAt;
    const attributeTargets = new Set<Element>();
    for (const r of records) {
      if (r.type === 'characterData') touched.add(r.target);
      else if (r.type === 'childList') {
        for (const n of r.addedNodes) queueNode(n);
        if (r.removedNodes.length) {
          sweep = true;
          if (isInline(r.target)) touched.add(r.target);
          for (const sib of [r.previousSibling, r.nextSibling])
            if (sib && (isText(sib) || isInline(sib))) touched.add(sib);
        }
      } else if (r.type === 'attributes' && isElement(r.target)) attributeTargets.add(r.target);
    }
    for (const target of attributeTargets) {
      if (!target.isConnected || options.ignore?.(target)) continue;
      if (excludedByAncestor(target) || !visible(target)) {
        if (all.size) dropInside(target);
        if (!excludedByAncestor(target)) hiddenSkipped.add(target);
        continue;
      }
      for (const el of hiddenSkipped) {
        if (!el.isConnected) hiddenSkipped.delete(el);
        else if (target.contains(el) && visible(el) && !excludedByAncestor(el)) {
          hiddenSkipped.delete(el);
          subtrees.add(el);
        }
      }
    }
    schedule();
  }
  const mutations = new (view?.MutationObserver ?? MutationObserver)(onRecords);

  // ---- start -----------------------------------------------------------------------------

  if (highlight) view!.CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  mutations.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'contenteditable', 'open'],
  });
  if (doc.body) subtrees.add(doc.body);
  schedule();

  return {
    get count() {
      return all.size;
    },
    numbers: () => [...all],
    numberAt(x, y) {
      const caret = caretAt(doc, x, y);
      for (const t of (caret && byNode.get(caret.node as Text)) ?? []) {
        if (t.range.isPointInRange(caret!.node, caret!.offset) && rectsContain(t.range, x, y)) return t;
      }
      // The caret can land on a neighbouring node at a boundary, or be unavailable: hit-test rects.
      if (all.size > 500) return undefined;
      for (const t of all) if (rectsContain(t.range, x, y)) return t;
      return undefined;
    },
    flush() {
      if (stopped) return;
      const pending = mutations.takeRecords();
      if (pending.length) onRecords(pending);
      mutatedAt = firstMutationAt = undefined;
      while (!stopped && (touched.size || subtrees.size || current || sweep)) work(Infinity);
      commit();
    },
    stop() {
      stopped = true;
      scheduled?.cancel();
      mutations.disconnect();
      if (highlight && view?.CSS.highlights.get(HIGHLIGHT_NAME) === highlight) view.CSS.highlights.delete(HIGHLIGHT_NAME);
      pendingAdd.clear();
      pendingDelete.clear();
      if (sheet && sheetAdopted) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      all.clear();
      byNode.clear();
    },
  };
}

interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<unknown>;
}

function createHighlight(view: (Window & typeof globalThis) | null): Highlight | undefined {
  if (!view || typeof view.Highlight !== 'function' || !view.CSS?.highlights) return undefined;
  return new view.Highlight();
}

function createHighlightSheet(view: (Window & typeof globalThis) | null): CSSStyleSheet | undefined {
  if (!view || typeof view.CSSStyleSheet !== 'function' || !view.document || !('adoptedStyleSheets' in view.document))
    return undefined;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(
      `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted; text-decoration-thickness: from-font; text-underline-offset: 0.15em; }`,
    );
    return sheet;
  } catch {
    return undefined;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }
  return undefined;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}
