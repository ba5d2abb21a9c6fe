/** What the tracker reads of the DOM: node kinds, elements it never looks into, and the block a text belongs to. */

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Subtrees that hold code, form state or non-text: never matched. */
export const SKIPPED = new Set([
  'input', 'textarea', 'select', 'option', 'code', 'pre', 'script', 'style', 'noscript', 'svg', 'math',
  'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
]);

/**
 * Elements that flow inside a line: text on both sides belongs to the same run. `wbr` (a line
 * break opportunity, no text) sits inside words and numbers: "+44<wbr>20<wbr>7946<wbr>0321".
 */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr',
]);

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}
export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}
export function isInline(node: Node): boolean {
  return isElement(node) && INLINE.has(node.localName);
}

/** The nearest ancestor that is not an inline element (a block, a shadow root or the document). */
export function blockOf(node: Node): Node | null {
  let p = node.parentNode;
  while (p && isInline(p)) p = p.parentNode;
  return p;
}

/**
 * Elements whose subtree is never matched: code, form fields, editable text, ThruDial's own host.
 * `name`: the element's localName when the caller has read it already (the walk reads it once per element).
 */
export function excludedElement(el: Element, ignore?: (element: Element) => boolean, name = el.localName): boolean {
  if (SKIPPED.has(name)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return ignore?.(el) ?? false;
}

/**
 * Whether an element is drawn. Forces a style update when the page's style is dirty, so the
 * tracker asks it only for elements near the viewport, after the browser laid them out.
 */
export function isDrawn(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check !== 'function') return drawnByAncestors(el);
  if (check.call(el)) return true;
  // display: contents has no box of its own, yet its children are drawn.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/** Without checkVisibility: no ancestor is `hidden` or display: none. */
function drawnByAncestors(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || view?.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

/** Whether a node sits under an element the tracker never looks into (or in a designMode document). */
export function excludedByAncestor(node: Node, ignore?: (element: Element) => boolean): boolean {
  if ((node.ownerDocument ?? (node as Document)).designMode === 'on') return true;
  for (let el = isElement(node) ? node : node.parentElement; el; el = el.parentElement) {
    if (excludedElement(el, ignore)) return true;
  }
  return false;
}
