/**
 * Shadow roots the tracker may read: open ones, and closed ones where the browser hands them to
 * content scripts (Chromium's `chrome.dom.openOrClosedShadowRoot`, Firefox's
 * `element.openOrClosedShadowRoot()`). The page's own `element.shadowRoot` stays as it was.
 */
type ClosedRootReader = (element: Element) => ShadowRoot | null | undefined;

function closedRootReader(): ClosedRootReader | undefined {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ClosedRootReader } } }).chrome?.dom;
  if (typeof chromeDom?.openOrClosedShadowRoot === 'function') return (el) => chromeDom.openOrClosedShadowRoot!(el);
  return undefined;
}
/** Read on first use: `chrome.dom`'s binding is built when first read (~0.5 ms), and the script's evaluation waits for nothing of it. */
let readClosed: ClosedRootReader | undefined | null = null;

/**
 * The elements that can host a shadow root at all (DOM standard, attachShadow): custom elements
 * and these. Asking the browser for a closed root of any other element is a wasted extension-API
 * call, and there is one per element of the page.
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p',
  'section', 'span',
]);

/** `name`: the element's localName, when the caller has read it already (each read crosses into the DOM). */
export function canHostShadow(element: Element, name = element.localName): boolean {
  return SHADOW_HOSTS.has(name) || name.includes('-');
}

export function shadowRootOf(element: Element, name = element.localName): ShadowRoot | undefined {
  const open = element.shadowRoot;
  if (open) return open;
  if (!canHostShadow(element, name)) return undefined;
  const firefox = (element as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  try {
    if (typeof firefox === 'function') return firefox.call(element) ?? undefined;
    if (readClosed === null) readClosed = closedRootReader();
    return readClosed?.(element) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A custom element that has not been defined yet may attach its shadow root when it is. */
export function awaitsDefinition(element: Element, name = element.localName): boolean {
  return name.includes('-') && !element.matches(':defined');
}
