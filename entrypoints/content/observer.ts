/**
 * Observer/tracker: keeps a live Range over every phone number in the page's visible text,
 * on load and as the page changes, without touching the page's DOM. Numbers are underlined
 * through the CSS Custom Highlight API; the widget asks `numberAt(x, y)` on hover and click.
 *
 * Text is matched per "run": the consecutive text nodes of one block that are separated only
 * by inline elements, so `<b>+1</b> (555) 123-4567` is one string with an offset map back to
 * its text nodes. Mutations re-match only the runs they touch.
 */
import type { MatchContext, NumberMatch } from './matcher';

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
  /** Longest slice of work before yielding to the page, in ms. */
  budgetMs?: number;
}

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

  const highlight = createHighlight(view);
  const sheet = createHighlightSheet(view);
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
    const starts: number[] = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += n.data;
    }
    return { nodes, starts, text };
  }

  /** Every run in a subtree, lazily, so a big page is matched in slices. */
  function* runsIn(root: Node): Generator<Run> {
    if (isText(root)) {
      const run = runAround(root);
      if (run) yield run;
      return;
    }
    const walker = doc.createTreeWalker(root, SHOW, filter);
    let nodes: Text[] = [];
    let block: Node | null = null;
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (isText(n)) {
        const b = blockOf(n);
        if (b !== block && nodes.length) {
          yield makeRun(nodes);
          nodes = [];
        }
        block = b;
        nodes.push(n);
      } else if (n !== root && !isInline(n)) {
        if (nodes.length) yield makeRun(nodes);
        nodes = [];
        block = null;
      }
    }
    if (nodes.length) yield makeRun(nodes);
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
    highlight?.delete(t.range);
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
    for (const n of run.nodes) for (const t of [...(byNode.get(n) ?? [])]) drop(t);
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
      highlight?.add(range);
    }
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

  function schedule(): void {
    if (scheduled || stopped) return;
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
    ensureSheet();
    if (touched.size || subtrees.size || current) schedule();
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
  ensureSheet();
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
      while (!stopped && (touched.size || subtrees.size || current || sweep)) work(Infinity);
    },
    stop() {
      stopped = true;
      scheduled?.cancel();
      mutations.disconnect();
      if (highlight && view?.CSS.highlights.get(HIGHLIGHT_NAME) === highlight) view.CSS.highlights.delete(HIGHLIGHT_NAME);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      all.clear();
      byNode.clear();
    },
  };
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
