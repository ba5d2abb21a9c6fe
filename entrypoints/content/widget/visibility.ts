/**
 * Is page content really shown where the user clicked? Opacity through the flat tree (filters
 * included), boxes that are drawn, text colour that is not transparent. Pure reads of computed style.
 */
import type { TrackedNumber } from '../tracker';

/** Below this effective opacity (product over the ancestors), page content counts as not shown. */
export const MIN_OPACITY = 0.5;
/** Text must be drawn at least this opaque (effective opacity × colour alpha). */
const MIN_TEXT_ALPHA = 0.25;
const VISIBILITY = { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true };

/** The alpha of a computed colour ("rgba(0, 0, 0, 0)", "rgb(1 2 3 / 50%)", "color(srgb … / 0.5)"). */
export function alphaOf(color: string): number {
  const c = color.trim();
  if (!c || c === 'transparent') return c ? 0 : 1;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(c);
  if (slash) return slash[2] ? Number(slash[1]) / 100 : Number(slash[1]);
  const rgba = /^(?:rgba|hsla)\([^,)]*,[^,)]*,[^,)]*,\s*([\d.]+)(%?)\s*\)$/.exec(c);
  if (rgba) return rgba[2] ? Number(rgba[1]) / 100 : Number(rgba[1]);
  return 1;
}

/** The factor a computed `filter` applies to opacity (its opacity() functions). */
export function filterOpacity(filter: string): number {
  let factor = 1;
  if (filter && filter !== 'none')
    for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) factor *= m[2] ? Number(m[1]) / 100 : Number(m[1]);
  return factor;
}

/** The parent in the flat tree: the slot an element is assigned to, or the host of a shadow root. */
export function flatParent(el: Element): Element | null {
  const slot = el.assignedSlot;
  if (slot) return slot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : null;
}

const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

/** Product of the opacity (with filter: opacity()) of `el` and all its ancestors in the flat tree. */
export function effectiveOpacity(el: Element): number {
  let opacity = 1;
  for (let e: Element | null = el; e && opacity > 0.01; e = flatParent(e)) {
    const s = style(e);
    const own = Number.parseFloat(s.opacity);
    opacity *= (Number.isFinite(own) ? own : 1) * filterOpacity(s.filter);
  }
  return opacity;
}

/** Has a box that is not hidden, not transparent (opacity 0) and not skipped by content-visibility. */
export function boxVisible(el: Element): boolean {
  for (let e: Element | null = el; e; e = flatParent(e)) {
    if (typeof e.checkVisibility !== 'function' || e.checkVisibility(VISIBILITY)) return true;
    // display: contents has no box of its own, yet its children are drawn: ask its parent.
    if (style(e).display !== 'contents') return false;
  }
  return false;
}

export function textVisible(node: Text): boolean {
  const el = node.parentElement;
  if (!el || !boxVisible(el)) return false;
  const s = style(el);
  // The glyphs are filled with -webkit-text-fill-color (the colour by default); gradient text
  // (background-clip: text under a transparent fill) shows its background instead.
  const clippedText = (s.getPropertyValue('background-clip') || s.getPropertyValue('-webkit-background-clip')) === 'text'
    && s.backgroundImage !== 'none';
  const alpha = clippedText ? 1 : alphaOf(s.getPropertyValue('-webkit-text-fill-color') || s.color);
  const opacity = effectiveOpacity(el);
  return opacity >= MIN_OPACITY && opacity * alpha >= MIN_TEXT_ALPHA;
}

/** The page's text nodes that hold the number's characters (whitespace-only ones left out). */
export function textNodesOf(range: Range): Text[] {
  const start = range.startContainer;
  const end = range.endContainer;
  if (start === end) return start.nodeType === 3 ? [start as Text] : [];
  const nodes: Text[] = [];
  const walker = start.ownerDocument!.createTreeWalker(range.commonAncestorContainer, 0x4); // SHOW_TEXT
  walker.currentNode = start;
  for (let n: Node | null = start.nodeType === 3 ? start : walker.nextNode(); n && nodes.length < 64; n = walker.nextNode()) {
    if (/\S/.test((n as Text).data)) nodes.push(n as Text);
    if (n === end) break;
  }
  return nodes;
}

/** The number's text node drawn at (x, y), if any. */
export function textNodeAt(number: TrackedNumber, nodes: Text[], x: number, y: number): Text | undefined {
  const { range } = number;
  for (const node of nodes) {
    const part = node.ownerDocument.createRange();
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    for (const r of part.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return node;
  }
  return undefined;
}

/**
 * The number's own text nodes in its range (TrackedNumber.nodes; whitespace-only ones left out), or
 * undefined when the range also spans text the number was not read from that is shown now: the page
 * then writes more than would be called. Text hidden inside a number (against scrapers) is not its own.
 */
export function numberTextNodes(number: TrackedNumber): Text[] | undefined {
  const own = new Set(number.nodes);
  const nodes = textNodesOf(number.range);
  if (nodes.some((n) => !own.has(n) && (!n.parentElement || boxVisible(n.parentElement)))) return undefined;
  return nodes.filter((n) => own.has(n));
}

/**
 * The text of the number's own nodes inside its range, as the page has it now; undefined when the
 * range no longer starts and ends in them or a node left it.
 */
export function numberTextNow(number: TrackedNumber): string | undefined {
  const { range, nodes } = number;
  if (!nodes.length || range.startContainer !== nodes[0] || range.endContainer !== nodes[nodes.length - 1]) return undefined;
  let text = '';
  for (const n of nodes) {
    if (!n.isConnected || !range.intersectsNode(n)) return undefined;
    text += n.data.slice(n === range.startContainer ? range.startOffset : 0, n === range.endContainer ? range.endOffset : n.data.length);
  }
  return text;
}

export function numberVisible(number: TrackedNumber): boolean {
  const nodes = numberTextNodes(number);
  return nodes !== undefined && nodes.length > 0 && nodes.every(textVisible);
}
