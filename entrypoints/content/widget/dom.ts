/**
 * DOM calls captured when the script starts, so later prototype changes by the page (or another
 * script in this world) cannot intercept the widget; and one way to make an element: attributes
 * and text, never markup.
 */
export const attachShadow = Element.prototype.attachShadow;
export const createElement = Document.prototype.createElement;
export const createElementNS = Document.prototype.createElementNS;
export const appendChild = Node.prototype.appendChild;
export const setAttribute = Element.prototype.setAttribute;
export const addListener = EventTarget.prototype.addEventListener;
export const removeAttribute = Element.prototype.removeAttribute;
export const SVG_NS = 'http://www.w3.org/2000/svg';

export function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string) {
  const el = createElement.call(doc, tag) as HTMLElementTagNameMap[K];
  for (const [k, v] of Object.entries(attrs)) setAttribute.call(el, k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}
