/**
 * The walk: every run of text that may hold a number, in a subtree and the shadow roots under it,
 * lazily so a big page is read in slices. It reads only text and tag names, never style, so it
 * never makes the browser restyle or lay out the page: whether a run is drawn is asked later,
 * near the viewport (see viewport.ts).
 */
import { blockOf, excludedElement, isElement, isInline, isText, ELEMENT_NODE, INLINE, TEXT_NODE } from './dom';
import { makeRun, type Run } from './runs';
import { awaitsDefinition, shadowRootOf } from './roots';

export interface WalkOptions {
  ignore?: (element: Element) => boolean;
  /** Whether the matcher can find a number in a run with a digit (TrackerOptions.mayMatch). */
  mayMatch: (run: Run) => boolean;
  /** A shadow root found under the walked subtree: it is walked as a subtree of its own. */
  onShadowRoot: (root: ShadowRoot) => void;
  /** A custom element not defined yet: walk it again once it is. */
  onUndefined: (element: Element) => void;
  /** Whether a run that cannot match is still worth yielding (it held tracked numbers before). */
  wasTracked: (nodes: Text[]) => boolean;
  /** The page moved the walk's position out of its subtree between slices: walk it again. */
  onCutOff: (root: Node) => void;
}

/** Every number the matcher can find has ASCII or full-width digits (see mayHoldNumber). */
const DIGIT = /[0-9\uFF10-\uFF19]/;

/** Nodes visited between two yields at most, so a long stretch without candidates still gives the page its turn. */
const NODES_PER_YIELD = 256;

/** Yields the runs that may hold a number, and `null` now and then only to let the caller check its time budget. */
export function* runsIn(root: Node, options: WalkOptions): Generator<Run | null> {
  if (isText(root)) {
    const run = runAround(root, options.ignore);
    if (run) yield run;
    return;
  }
  // The subtree's own root may host a shadow tree (an element added or defined later).
  if (isElement(root)) {
    const shadow = shadowRootOf(root);
    if (shadow) options.onShadowRoot(shadow);
  }
  // A run without a digit can hold no number: its text is never joined (most runs of a page).
  const finish = (nodes: Text[], withDigit: boolean): Run | undefined => {
    if (!withDigit) return options.wasTracked(nodes) ? makeRun(nodes) : undefined;
    const run = makeRun(nodes);
    run.candidate = options.mayMatch(run);
    return run.candidate || options.wasTracked(nodes) ? run : undefined;
  };
  let nodes: Text[] = [];
  let withDigit = false;
  let block: Node | null = null;
  // Every read of the DOM from a content script's world crosses into it, so each is read once:
  // the last text node's parent and its block (siblings share them), reset whenever the page may
  // have run (after a yield), and each element's localName.
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  let n: Node | null = root.firstChild;
  let visited = 0;
  while (n) {
    if (++visited % NODES_PER_YIELD === 0) {
      yield null;
      lastParent = null;
      if (!root.contains(n)) return options.onCutOff(root);
    }
    let descend = false;
    const type = n.nodeType;
    if (type === TEXT_NODE) {
      const parent = n.parentNode!;
      if (parent !== lastParent) {
        lastParent = parent;
        lastBlock = isInline(parent) ? blockOf(n) : parent;
      }
      const b = lastBlock;
      if (b !== block && nodes.length) {
        const run = finish(nodes, withDigit);
        nodes = [];
        withDigit = false;
        if (run) yield run;
        lastParent = null;
        if (!root.contains(n)) return options.onCutOff(root);
      }
      block = b;
      nodes.push(n as Text);
      withDigit ||= DIGIT.test((n as Text).data);
    } else if (type === ELEMENT_NODE) {
      const el = n as Element;
      const name = el.localName;
      if (!excludedElement(el, options.ignore, name)) {
        const shadow = shadowRootOf(el, name);
        if (shadow) options.onShadowRoot(shadow);
        else if (awaitsDefinition(el, name)) options.onUndefined(el);
        descend = true;
        if (!INLINE.has(name) && nodes.length) {
          const run = finish(nodes, withDigit);
          nodes = [];
          withDigit = false;
          block = null;
          if (run) yield run;
          lastParent = null;
          if (!root.contains(n)) return options.onCutOff(root);
        }
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
    const run = finish(nodes, withDigit);
    if (run) yield run;
  }
}

/** The run that contains `node` (a text node or an inline element), bounded by blocks and <br>. */
export function runAround(node: Node, ignore?: (element: Element) => boolean): Run | undefined {
  const block = blockOf(node);
  if (!block) return undefined;
  const doc = node.ownerDocument!;
  const filter: NodeFilter = {
    acceptNode: (n: Node) => (isElement(n) && excludedElement(n, ignore) ? 2 : 1), // REJECT skips the subtree
  };
  const walker = doc.createTreeWalker(block, 0x1 | 0x4, filter);
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
