/**
 * Against clickjacking: a trusted click calls only when the user could see what they clicked.
 * Number text: pressed and released on the element that holds it, that element drawn on top at
 * the point (asked of the number's own tree, shadow roots included), the whole number visible.
 * A tel:/callto: link: visible, pressed on, drawn on top; a keyboard activation needs it on screen.
 */
import type { TrackedNumber } from '../tracker';
import { boxVisible, effectiveOpacity, MIN_OPACITY, numberTextNodes, numberTextNow, textNodeAt, textVisible } from './visibility';

/** Whether `node` is `ancestor` or below it, across shadow roots (a closed root's content is below its host). */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === ancestor) return true;
  return false;
}

export function linkIn(path: EventTarget[]): HTMLAnchorElement | undefined {
  for (const t of path) {
    const el = t as Element;
    if (el.nodeType === 1 && el.localName === 'a' && typeof (el as HTMLAnchorElement).href === 'string')
      return el as HTMLAnchorElement;
  }
  return undefined;
}

/** Page controls whose own click is theirs, never a call. */
export const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';

/**
 * A click on number text is the user's when it was pressed and released on the element that
 * holds the text under the pointer (the page cannot move a number under the pointer between
 * mousedown and click), that element is what the page draws on top at the point, and the
 * whole number is visible.
 */
export function numberClickOk(number: TrackedNumber, e: MouseEvent, pressed: EventTarget[] | undefined): boolean {
  const doc = (number.range.startContainer.ownerDocument ?? document) as Document;
  const target = e.composedPath()[0] as Node | undefined;
  if (!target || !pressed || pressed[0] !== target) return false;
  const nodes = numberTextNodes(number);
  if (!nodes) return false;
  const node = textNodeAt(number, nodes, e.clientX, e.clientY);
  if (!node || !composedContains(target, node)) return false;
  // In a shadow tree (closed ones too), ask that tree what is drawn at the point.
  const root = node.getRootNode() as Document | ShadowRoot;
  const top = (typeof root.elementFromPoint === 'function' ? root : doc).elementFromPoint(e.clientX, e.clientY);
  if (!top || !top.contains(node)) return false;
  return nodes.every(textVisible) && framesShown(doc.defaultView) && numberStillWritten(number);
}

/**
 * Whether the page still shows the number where it was found: its own text nodes read the same
 * text, but for white space, and nothing else in its range is shown (numberTextNodes). Whatever the
 * tracker has not caught up with yet (a page that changes its text while it is still parsed is read
 * again only once it is parsed: tracker/parsing.ts) never calls a number the page no longer writes.
 */
export function numberStillWritten(number: TrackedNumber): boolean {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const now = numberTextNow(number);
  return now !== undefined && squash(now) === squash(number.text) && numberTextNodes(number) !== undefined;
}

/**
 * A frame is only as visible as the frames around it: each same-origin <iframe> element up the
 * chain must be drawn, opaque and larger than a few pixels (a cross-origin parent cannot be read).
 */
export function framesShown(view: Window | null): boolean {
  for (let w = view; w; w = w.parent === w ? null : w.parent) {
    let frame: Element | null;
    try {
      frame = w.frameElement;
    } catch {
      return true;
    }
    if (!frame) return true;
    const box = frame.getBoundingClientRect();
    if (box.width < MIN_FRAME_PX || box.height < MIN_FRAME_PX) return false;
    if (!boxVisible(frame) || effectiveOpacity(frame) < MIN_OPACITY) return false;
  }
  return true;
}

/** A frame smaller than this (either side) shows no number a user could mean to click. */
const MIN_FRAME_PX = 8;

/**
 * A tel:/callto: link calls when it is visible; a pointer click must also have been pressed on
 * the link and land where the link is drawn on top; a keyboard activation (detail 0: the page
 * may have moved focus there) needs the link on screen.
 */
export function linkClickOk(link: HTMLAnchorElement, e: MouseEvent, pressed: EventTarget[] | undefined): boolean {
  const doc = link.ownerDocument;
  const view = doc.defaultView!;
  if (!boxVisible(link) || effectiveOpacity(link) < MIN_OPACITY) return false;
  if (e.detail === 0) {
    for (const r of link.getClientRects())
      if (r.width >= 1 && r.height >= 1 && r.right > 0 && r.bottom > 0 && r.left < view.innerWidth && r.top < view.innerHeight) return true;
    return false;
  }
  if (!pressed || !pressed.includes(link)) return false;
  const root = link.getRootNode() as Document | ShadowRoot;
  const top = (typeof root.elementFromPoint === 'function' ? root : doc).elementFromPoint(e.clientX, e.clientY);
  return !!top && link.contains(top);
}

