/**
 * ThruDial's host: one element at the end of <html> with a closed shadow root holding ThruDial's
 * styles. The page may remove, move or restyle it (tests/e2e/hostile-page.e2e.test.ts, W5): it is
 * put back as ThruDial made it, a bounded number of times per minute, and each such touch is
 * reported, so the control's click dwell can start again.
 */
import { rateLimit } from '../rate-limit';
import { appendChild, attachShadow, make, removeAttribute, setAttribute } from './dom';
import { HOST_ID, HOST_STYLE, STYLE } from './style';

/** The page's removals and restylings of the host are undone at most this often per minute. */
const MAX_REATTACH_PER_MINUTE = 10;
const MAX_RESTYLE_PER_MINUTE = 20;

export interface Host {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Whether it is at the end of <html>, where ThruDial put it. */
  placed(): boolean;
  /** Puts it (back) at the end of <html> when it is not there; true when it had to. */
  place(): boolean;
  /** Whether its attributes are exactly ThruDial's. */
  intact(): boolean;
  /** Stops watching the page and takes the host out. */
  remove(): void;
}

export function createHost(doc: Document, onTouched: () => void): Host {
  const element = make(doc, 'div', { id: HOST_ID, style: HOST_STYLE });
  const root = attachShadow.call(element, { mode: 'closed' });
  appendChild.call(root, make(doc, 'style', {}, STYLE));
  const reattachLimit = rateLimit(MAX_REATTACH_PER_MINUTE);
  const restyleLimit = rateLimit(MAX_RESTYLE_PER_MINUTE);
  let removed = false;

  const intact = () =>
    element.attributes.length === 2 && element.getAttribute('id') === HOST_ID && element.getAttribute('style') === HOST_STYLE;
  const placed = () => element.parentNode === doc.documentElement;

  function restore(): void {
    for (const name of element.getAttributeNames()) if (name !== 'id' && name !== 'style') removeAttribute.call(element, name);
    if (element.getAttribute('id') !== HOST_ID) setAttribute.call(element, 'id', HOST_ID);
    if (element.getAttribute('style') !== HOST_STYLE) setAttribute.call(element, 'style', HOST_STYLE);
  }

  function attach(): void {
    const top = doc.documentElement;
    if (!top) return;
    if (!intact()) restore();
    appendChild.call(top, element);
  }

  // The page restyles the host (opacity: 0 !important, a filter, …): put ThruDial's style back.
  const styleWatch = new MutationObserver(() => {
    if (intact()) return;
    onTouched();
    if (restyleLimit.take()) restore();
  });
  styleWatch.observe(element, { attributes: true });
  // The page removes (or moves) the host: put it back.
  const parentWatch = new MutationObserver(() => {
    if (removed || placed()) return;
    onTouched();
    if (reattachLimit.take()) attach();
  });
  if (doc.documentElement) parentWatch.observe(doc.documentElement, { childList: true });

  return {
    element,
    root,
    placed,
    place() {
      if (placed()) return false;
      attach();
      return true;
    },
    intact,
    remove() {
      removed = true;
      styleWatch.disconnect();
      parentWatch.disconnect();
      element.remove();
    },
  };
}
