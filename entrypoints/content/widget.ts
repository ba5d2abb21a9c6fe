/**
 * Widget: everything ThruDial shows on a page, in one host element with a closed shadow root.
 * - hover over a number: a small control with "Call" and "QR" next to it;
 * - click on the number text, a control button or an existing tel:/callto: link: one call;
 * - a status panel with the outcome (text, or a QR code built from SVG nodes).
 * Only trusted (user-made) events do anything. No HTML strings anywhere: nodes and textContent.
 *
 * Against clickjacking by the page (tests/e2e/hostile-page.e2e.test.ts, W2-W5), a trusted event is
 * not enough:
 * - number text calls only when the click was pressed and released on the element that holds the
 *   number's text, that element is what the page draws at the point, and the text is really
 *   visible (no hidden ancestor, effective opacity, text colour);
 * - a tel:/callto: link calls only when it is visible (and, for a keyboard activation, on screen);
 * - the Call/QR buttons take a click only after the control has been shown, unchanged, for
 *   CONTROL_DWELL_MS, while ThruDial's host is drawn as ThruDial styled it, on top at the button,
 *   and (where the browser tells, IntersectionObserver v2) not covered by anything.
 * A refused click does nothing. The page's changes to the host are undone, a bounded number of times.
 */
import { t } from '@/utils/i18n';
import type { CallOutcome, Message } from '@/utils/messages';
import type { NumberTracker, TrackedNumber } from './tracker';
import { telLinkNumber } from '@/utils/tel-link';

export const HOST_ID = 'thrudial-root';

// Captured when the script starts, so later prototype changes cannot intercept the widget.
// (Content scripts already run in an isolated world; this also covers other scripts sharing it.)
const attachShadow = Element.prototype.attachShadow;
const createElement = Document.prototype.createElement;
const createElementNS = Document.prototype.createElementNS;
const appendChild = Node.prototype.appendChild;
const setAttribute = Element.prototype.setAttribute;
const addListener = EventTarget.prototype.addEventListener;
const removeAttribute = Element.prototype.removeAttribute;
const SVG_NS = 'http://www.w3.org/2000/svg';

type CallMessage = Extract<Message, { type: 'call' }>;

export interface WidgetOptions {
  tracker: Pick<NumberTracker, 'numberAt'>;
  /** The country the page's numbers were matched for; sent with every call. */
  pageCountry?: string;
  /** Sends the message to the background and resolves with its outcome. */
  send: (message: CallMessage) => Promise<CallOutcome>;
  /** Aborts every listener (the run's signal, see site-gate). */
  signal: AbortSignal;
  /** False once the extension is gone (reloaded, removed): every event is ignored then. */
  alive?: () => boolean;
}

/** The Call/QR buttons take a click only after the control has been shown, unchanged, this long (anti-clickjacking dwell). */
export const CONTROL_DWELL_MS = 300;
/** Below this effective opacity (product over the ancestors), page content counts as not shown. */
const MIN_OPACITY = 0.5;
/** Text must be drawn at least this opaque (effective opacity × colour alpha). */
const MIN_TEXT_ALPHA = 0.25;
/** The page's removals and restylings of ThruDial's host are undone at most this often per minute. */
const MAX_REATTACH_PER_MINUTE = 10;
const MAX_RESTYLE_PER_MINUTE = 20;
const VISIBILITY = { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true };

/** At most `max` calls per minute return true. */
function budget(max: number): () => boolean {
  const times: number[] = [];
  return () => {
    const now = performance.now();
    while (times.length && now - times[0]! > 60_000) times.shift();
    if (times.length >= max) return false;
    times.push(now);
    return true;
  };
}

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
function flatParent(el: Element): Element | null {
  const slot = el.assignedSlot;
  if (slot) return slot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : null;
}

export interface Widget {
  /** Starts a call as a trusted user action would; ignored while a call is running. */
  call(number: string, mode?: 'tel' | 'qr'): void;
  destroy(): void;
}

const STYLE = `
:host { all: initial; }
.control { position: fixed; display: flex; gap: 4px; padding: 3px; background: #fff; color: #111;
  border: 1px solid #b8b8b8; border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  font: 13px/1.2 system-ui, sans-serif; }
button { font: inherit; color: #111; background: #f3f3f3; border: 1px solid #8a8a8a; border-radius: 4px;
  padding: 3px 9px; cursor: pointer; }
button:hover { background: #e4e4e4; }
button:focus-visible { outline: 2px solid #1a66d2; outline-offset: 1px; }
.panel { position: fixed; right: 16px; bottom: 16px; box-sizing: border-box; width: 340px;
  max-width: calc(100vw - 32px); max-height: calc(100vh - 32px); overflow: auto; padding: 12px 14px;
  background: #fff; color: #111; border: 1px solid #b8b8b8; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); font: 14px/1.4 system-ui, sans-serif; }
.panel .close { position: absolute; top: 8px; right: 8px; padding: 1px 7px; }
.panel p { margin: 0 0 6px; overflow-wrap: anywhere; }
.panel svg { display: block; margin: 8px 0; }
.panel [role="status"] > p:first-child { margin-right: 30px; }
.panel .code { display: block; font-size: 12px; font-family: ui-monospace, monospace; user-select: all; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .control, .panel { background: #1d2127; color: #e7eaee; border-color: #4a535e; }
  button { color: #e7eaee; background: #2b3139; border-color: #6b7582; }
  button:hover { background: #363d47; }
  button:focus-visible { outline-color: #8fb7ff; }
}
`;

const HOST_STYLE = [
  'all: initial', 'opacity: 1', 'visibility: visible', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0', 'overflow: visible',
  'display: block', 'z-index: 2147483647', 'pointer-events: auto',
].map((d) => `${d} !important`).join('; ');

/** Numbers as shown in labels: the page's text with its spaces made plain. */
function displayNumber(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ').trim();
}

function linkIn(path: EventTarget[]): HTMLAnchorElement | undefined {
  for (const t of path) {
    const el = t as Element;
    if (el.nodeType === 1 && el.localName === 'a' && typeof (el as HTMLAnchorElement).href === 'string')
      return el as HTMLAnchorElement;
  }
  return undefined;
}

const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';

export function mountWidget(doc: Document, options: WidgetOptions): Widget {
  const view = doc.defaultView!;
  const { signal } = options;
  const alive = options.alive ?? (() => true);
  let ui: ReturnType<typeof buildUi> | undefined;
  let hovered: TrackedNumber | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let frame = 0;
  /** When the control was last shown, moved, re-attached or restyled by the page (performance.now()). */
  let shownAt = 0;
  /** IntersectionObserver v2 (Chromium): whether the control is drawn unobscured, and since when. */
  let occlusionKnown = false;
  let unobscured = false;
  let unobscuredSince = 0;
  /** The last trusted primary-button pointerdown: its composed path (innermost target first). */
  let down: EventTarget[] | undefined;
  const reattachAllowed = budget(MAX_REATTACH_PER_MINUTE);
  const restyleAllowed = budget(MAX_RESTYLE_PER_MINUTE);

  function on<K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void, passive = false): void {
    addListener.call(view, type, handler as EventListener, { capture: true, passive, signal });
  }

  function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
    const el = createElement.call(doc, tag) as HTMLElementTagNameMap[K];
    for (const [k, v] of Object.entries(attrs)) setAttribute.call(el, k, v);
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // ---- is it really shown? ---------------------------------------------------------------

  const style = (el: Element) => view.getComputedStyle(el);

  /** Product of the opacity (with filter: opacity()) of `el` and all its ancestors in the flat tree. */
  function effectiveOpacity(el: Element): number {
    let opacity = 1;
    for (let e: Element | null = el; e && opacity > 0.01; e = flatParent(e)) {
      const s = style(e);
      const own = Number.parseFloat(s.opacity);
      opacity *= (Number.isFinite(own) ? own : 1) * filterOpacity(s.filter);
    }
    return opacity;
  }

  /** Has a box that is not hidden, not transparent (opacity 0) and not skipped by content-visibility. */
  function boxVisible(el: Element): boolean {
    for (let e: Element | null = el; e; e = flatParent(e)) {
      if (typeof e.checkVisibility !== 'function' || e.checkVisibility(VISIBILITY)) return true;
      // display: contents has no box of its own, yet its children are drawn: ask its parent.
      if (style(e).display !== 'contents') return false;
    }
    return false;
  }

  function textVisible(node: Text): boolean {
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
  function textNodesOf(range: Range): Text[] {
    const start = range.startContainer;
    const end = range.endContainer;
    if (start === end) return start.nodeType === 3 ? [start as Text] : [];
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4); // SHOW_TEXT
    walker.currentNode = start;
    for (let n: Node | null = start.nodeType === 3 ? start : walker.nextNode(); n && nodes.length < 64; n = walker.nextNode()) {
      if (/\S/.test((n as Text).data)) nodes.push(n as Text);
      if (n === end) break;
    }
    return nodes;
  }

  /** The number's text node drawn at (x, y), if any. */
  function textNodeAt(number: TrackedNumber, nodes: Text[], x: number, y: number): Text | undefined {
    const { range } = number;
    for (const node of nodes) {
      const part = doc.createRange();
      part.selectNodeContents(node);
      if (node === range.startContainer) part.setStart(node, range.startOffset);
      if (node === range.endContainer) part.setEnd(node, range.endOffset);
      for (const r of part.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return node;
    }
    return undefined;
  }

  function numberVisible(number: TrackedNumber): boolean {
    const nodes = textNodesOf(number.range);
    return nodes.length > 0 && nodes.every(textVisible);
  }

  /**
   * A click on number text is the user's when it was pressed and released on the element that
   * holds the text under the pointer (the page cannot move a number under the pointer between
   * mousedown and click), that element is what the page draws on top at the point, and the
   * whole number is visible.
   */
  function numberClickOk(number: TrackedNumber, e: MouseEvent, pressed: EventTarget[] | undefined): boolean {
    const target = e.composedPath()[0] as Node | undefined;
    if (!target || !pressed || pressed[0] !== target) return false;
    const nodes = textNodesOf(number.range);
    const node = textNodeAt(number, nodes, e.clientX, e.clientY);
    if (!node || !target.contains(node)) return false;
    const top = doc.elementFromPoint(e.clientX, e.clientY);
    if (!top || !top.contains(node)) return false;
    return nodes.every(textVisible);
  }

  /**
   * A tel:/callto: link calls when it is visible; a pointer click must also have been pressed on
   * the link and land where the link is drawn on top; a keyboard activation (detail 0: the page
   * may have moved focus there) needs the link on screen.
   */
  function linkClickOk(link: HTMLAnchorElement, e: MouseEvent, pressed: EventTarget[] | undefined): boolean {
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

  /** The Call/QR buttons: see the file's comment. */
  function controlClickOk(button: HTMLButtonElement): boolean {
    if (!ui || !hovered || ui.control.hidden || ui.host.parentNode !== doc.documentElement) return false;
    const now = performance.now();
    if (now - shownAt < CONTROL_DWELL_MS) return false;
    if (occlusionKnown && (!unobscured || now - unobscuredSince < CONTROL_DWELL_MS)) return false;
    const s = style(ui.host);
    if (s.opacity !== '1' || s.visibility !== 'visible' || s.display !== 'block' || s.filter !== 'none' || s.transform !== 'none'
      || s.mixBlendMode !== 'normal' || s.clipPath !== 'none' || (s.getPropertyValue('mask-image') || 'none') !== 'none') return false;
    if (effectiveOpacity(ui.host) < 0.99 || !boxVisible(button)) return false;
    const r = button.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    return doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === ui.host;
  }

  // ---- ThruDial's host ---------------------------------------------------------------------

  function buildUi() {
    const host = make('div', { id: HOST_ID, style: HOST_STYLE });
    const root = attachShadow.call(host, { mode: 'closed' });
    appendChild.call(root, make('style', {}, STYLE));

    const control = make('div', { class: 'control', role: 'group', 'aria-label': t('extName'), hidden: '' });
    const callButton = make('button', { type: 'button' }, t('popupCall'));
    const qrButton = make('button', { type: 'button' }, t('widgetQr'));
    appendChild.call(control, callButton);
    appendChild.call(control, qrButton);

    const panel = make('div', { class: 'panel', role: 'dialog', 'aria-label': t('widgetPanel'), hidden: '' });
    const close = make('button', { type: 'button', class: 'close', 'aria-label': t('widgetClose') }, '×');
    const body = make('div', { role: 'status', 'aria-live': 'polite' });
    appendChild.call(panel, close);
    appendChild.call(panel, body);

    appendChild.call(root, control);
    appendChild.call(root, panel);

    const inside = (type: string, target: EventTarget, handler: (e: Event) => void) =>
      addListener.call(target, type, handler as EventListener, { signal });
    inside('click', callButton, (e) => {
      if (!e.isTrusted || !hovered || !alive() || !controlClickOk(callButton)) return;
      call(hovered.text, undefined, hovered.country);
    });
    inside('click', qrButton, (e) => {
      if (!e.isTrusted || !hovered || !alive() || !controlClickOk(qrButton)) return;
      call(hovered.text, 'qr', hovered.country);
    });
    inside('click', close, (e) => {
      if (e.isTrusted) closePanel();
    });
    inside('mouseenter', control, (e) => {
      if (e.isTrusted) clearTimeout(hideTimer);
    });
    inside('mouseleave', control, (e) => {
      if (e.isTrusted) hideSoon();
    });

    // The page restyles the host (opacity: 0 !important, a filter, …): put ThruDial's style back.
    const hostWatch = new MutationObserver(() => {
      if (hostIntact(host)) return;
      shownAt = performance.now();
      if (restyleAllowed()) restoreHost(host);
    });
    hostWatch.observe(host, { attributes: true });
    // The page removes (or moves) the host: put it back.
    const parentWatch = new MutationObserver(() => {
      if (ui?.host !== host || host.parentNode === doc.documentElement) return;
      shownAt = performance.now();
      if (reattachAllowed()) attachHost(host);
    });
    parentWatch.observe(doc.documentElement, { childList: true });

    // Whether anything covers the control or makes it see-through (Chromium's IntersectionObserver v2).
    let occlusion: IntersectionObserver | undefined;
    const Entry = (view as { IntersectionObserverEntry?: typeof IntersectionObserverEntry }).IntersectionObserverEntry;
    if (typeof view.IntersectionObserver === 'function' && Entry && 'isVisible' in Entry.prototype) {
      try {
        occlusion = new view.IntersectionObserver((entries) => {
          for (const entry of entries) {
            const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
            if (visible && !unobscured) unobscuredSince = entry.time;
            unobscured = visible;
          }
        }, { trackVisibility: true, delay: 100 } as IntersectionObserverInit);
        occlusion.observe(control);
        occlusionKnown = true;
      } catch {
        occlusion = undefined;
      }
    }
    const stopWatching = () => {
      hostWatch.disconnect();
      parentWatch.disconnect();
      occlusion?.disconnect();
    };
    return { host, control, callButton, qrButton, panel, body, stopWatching };
  }

  function hostIntact(host: HTMLElement): boolean {
    return host.attributes.length === 2 && host.getAttribute('id') === HOST_ID && host.getAttribute('style') === HOST_STYLE;
  }

  function restoreHost(host: HTMLElement): void {
    for (const name of host.getAttributeNames()) if (name !== 'id' && name !== 'style') removeAttribute.call(host, name);
    if (host.getAttribute('id') !== HOST_ID) setAttribute.call(host, 'id', HOST_ID);
    if (host.getAttribute('style') !== HOST_STYLE) setAttribute.call(host, 'style', HOST_STYLE);
  }

  function attachHost(host: HTMLElement): void {
    const root = doc.documentElement;
    if (!root) return;
    if (!hostIntact(host)) restoreHost(host);
    appendChild.call(root, host);
  }

  function ensureUi() {
    ui ??= buildUi();
    // Not added yet, or the page removed or moved it: (back) at the end of <html>.
    if (ui.host.parentNode !== doc.documentElement) {
      shownAt = performance.now();
      attachHost(ui.host);
    }
    return ui;
  }

  // ---- hover control -------------------------------------------------------------------

  function showControl(number: TrackedNumber): void {
    clearTimeout(hideTimer);
    const { control, callButton, qrButton } = ensureUi();
    const label = displayNumber(number.text);
    let changed = control.hidden;
    if (hovered !== number) {
      hovered = number;
      changed = true;
      setAttribute.call(callButton, 'aria-label', t('widgetCallLabel', label));
      setAttribute.call(qrButton, 'aria-label', t('widgetQrLabel', label));
    }
    const rects = number.range.getClientRects();
    const rect = rects[rects.length - 1] ?? number.range.getBoundingClientRect();
    control.hidden = false;
    const width = control.offsetWidth;
    const height = control.offsetHeight;
    let left = rect.right + 4;
    let top = rect.top + (rect.height - height) / 2;
    if (left + width > view.innerWidth - 4) {
      left = Math.max(4, Math.min(rect.left, view.innerWidth - width - 4));
      top = rect.bottom + 4;
    }
    top = Math.max(4, Math.min(top, view.innerHeight - height - 4));
    const x = `${Math.round(left)}px`;
    const y = `${Math.round(top)}px`;
    if (control.style.left !== x || control.style.top !== y) changed = true;
    control.style.left = x;
    control.style.top = y;
    // Shown anew, for another number or somewhere else: the dwell starts again.
    if (changed) shownAt = performance.now();
  }

  function hideControl(): void {
    clearTimeout(hideTimer);
    hovered = undefined;
    if (ui) ui.control.hidden = true;
  }

  function hideSoon(): void {
    clearTimeout(hideTimer);
    if (hovered) hideTimer = setTimeout(hideControl, 400);
  }

  on('mousemove', (e) => {
    if (!e.isTrusted || !alive()) return;
    if (ui && e.target === ui.host) {
      clearTimeout(hideTimer);
      return;
    }
    const { clientX, clientY } = e;
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      const number = options.tracker.numberAt(clientX, clientY);
      // No control next to a number the user cannot see (opacity 0, transparent text, …).
      if (number && numberVisible(number)) showControl(number);
      else hideSoon();
    });
  }, true);
  on('scroll', () => hideControl(), true);
  on('resize', () => hideControl(), true);

  // ---- clicks --------------------------------------------------------------------------

  on('pointerdown', (e) => {
    if (e.isTrusted) down = e.button === 0 ? e.composedPath() : undefined;
  }, true);

  on('click', (e) => {
    if (!e.isTrusted) return;
    // The pointerdown this click ends (none for a keyboard activation): used once.
    const pressed = down;
    down = undefined;
    if (e.button !== 0 || e.defaultPrevented || !alive()) return;
    if (ui && e.target === ui.host) return; // handled inside the shadow root
    const link = linkIn(e.composedPath());
    const linked = link ? telLinkNumber(link.getAttribute('href') ?? '') : undefined;
    if (link && linked) {
      // The page's tel:/callto: link goes through ThruDial instead of the browser: exactly one call,
      // when the user can see the link. A link the page hides or moves under the pointer or focuses
      // off-screen calls nothing, and does not open the phone app either.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (linkClickOk(link, e, pressed)) call(linked);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.detail !== 1) return;
    const target = e.target as Element | null;
    if (target?.nodeType === 1 && target.closest(INTERACTIVE)) return;
    const selection = view.getSelection();
    if (selection && !selection.isCollapsed) return;
    const number = options.tracker.numberAt(e.clientX, e.clientY);
    if (!number || !numberClickOk(number, e, pressed)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    call(number.text, undefined, number.country);
  });
  // A middle click on a tel: link would open the dialer in a new tab, outside ThruDial.
  on('auxclick', (e) => {
    if (!e.isTrusted) return;
    const link = linkIn(e.composedPath());
    if (link && telLinkNumber(link.getAttribute('href') ?? '')) e.preventDefault();
  });
  on('keydown', (e) => {
    if (!e.isTrusted || e.key !== 'Escape') return;
    if (ui && !ui.panel.hidden) closePanel();
    hideControl();
  });

  // ---- call and status panel -----------------------------------------------------------

  function showPanel(...children: Node[]): void {
    const { panel, body } = ensureUi();
    body.replaceChildren(...children);
    panel.hidden = false;
  }

  function closePanel(): void {
    if (!ui) return;
    ui.panel.hidden = true;
    ui.body.replaceChildren();
  }

  /** `country`: the country the number was matched for, when it differs from the page's. */
  function call(number: string, mode?: 'tel' | 'qr', country = options.pageCountry): void {
    if (pending) return;
    pending = true;
    hideControl();
    const label = displayNumber(number);
    showPanel(make('p', {}, t('callCalling', label)));
    const message: CallMessage = { type: 'call', number, ...(country ? { pageCountry: country } : {}), ...(mode ? { mode } : {}) };
    options
      .send(message)
      .then((outcome) => showOutcome(outcome, label))
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        showPanel(make('p', {}, t('callFailed', detail)));
      })
      .finally(() => {
        pending = false;
      });
  }

  function showOutcome(outcome: CallOutcome | undefined, label: string): void {
    if (!outcome) return showPanel(make('p', {}, t('widgetNoAnswer')));
    switch (outcome.kind) {
      case 'dialed':
        if (outcome.mode === 'tel') return showPanel(make('p', {}, t('widgetDialing', label)));
        return showPanel(
          make('p', {}, t('widgetScan', label)),
          ...(outcome.qr && /^[Mhvz\d .-]*$/.test(outcome.qr.path) ? [qrSvg(outcome.telUri, outcome.qr)] : []),
          line(t('widgetDialString'), outcome.dialString),
          line(t('widgetLink'), outcome.telUri),
        );
      case 'message':
        return showPanel(make('p', {}, outcome.message));
      case 'silent':
        return closePanel();
      case 'error':
        return showPanel(make('p', {}, outcome.message));
    }
  }

  function line(label: string, code: string): HTMLParagraphElement {
    const p = make('p', {}, `${label} `);
    appendChild.call(p, make('span', { class: 'code' }, code));
    return p;
  }

  /** The background's QR path (utils/qr.ts) as SVG nodes: `d` set as an attribute, never markup. */
  function qrSvg(text: string, matrix: { size: number; path: string }): SVGSVGElement {
    const quiet = 4;
    const total = matrix.size + 2 * quiet;
    const px = total * Math.max(4, Math.ceil(180 / total));
    const svg = createElementNS.call(doc, SVG_NS, 'svg') as SVGSVGElement;
    const attrs: Record<string, string> = {
      viewBox: `0 0 ${total} ${total}`, width: String(px), height: String(px), role: 'img',
      'aria-label': t('widgetQrFor', text), 'shape-rendering': 'crispEdges',
    };
    for (const [k, v] of Object.entries(attrs)) setAttribute.call(svg, k, v);
    const background = createElementNS.call(doc, SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ width: String(total), height: String(total), fill: '#fff' }))
      setAttribute.call(background, k, v);
    const modules = createElementNS.call(doc, SVG_NS, 'path');
    for (const [k, v] of Object.entries({ d: matrix.path, fill: '#000', transform: `translate(${quiet} ${quiet})` }))
      setAttribute.call(modules, k, v);
    appendChild.call(svg, background);
    appendChild.call(svg, modules);
    return svg;
  }

  return {
    call,
    destroy() {
      hideControl();
      if (frame) view.cancelAnimationFrame(frame);
      ui?.stopWatching();
      ui?.host.remove();
      ui = undefined;
    },
  };
}
