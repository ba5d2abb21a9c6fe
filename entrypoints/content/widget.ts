/**
 * Widget: everything ThruDial shows on a page, in one host element with a closed shadow root.
 * - hover over a number: a small control with "Call" and "QR" next to it;
 * - click on the number text, a control button or an existing tel:/callto: link: one call;
 * - a status panel with the outcome (text, or a QR code built from SVG nodes).
 * Only trusted (user-made) events do anything. No HTML strings anywhere: nodes and textContent.
 */
import { t } from '@/utils/i18n';
import type { CallOutcome, Message } from '@/utils/messages';
import type { NumberTracker, TrackedNumber } from './observer';

export const HOST_ID = 'thrudial-root';

// Captured when the script starts, so later prototype changes cannot intercept the widget.
// (Content scripts already run in an isolated world; this also covers other scripts sharing it.)
const attachShadow = Element.prototype.attachShadow;
const createElement = Document.prototype.createElement;
const createElementNS = Document.prototype.createElementNS;
const appendChild = Node.prototype.appendChild;
const setAttribute = Element.prototype.setAttribute;
const addListener = EventTarget.prototype.addEventListener;
const SVG_NS = 'http://www.w3.org/2000/svg';

type CallMessage = Extract<Message, { type: 'call' }>;

export interface WidgetOptions {
  tracker: Pick<NumberTracker, 'numberAt'>;
  /** The country the page's numbers were matched for; sent with every call. */
  pageCountry?: string;
  /** Sends the message to the background and resolves with its outcome. */
  send: (message: CallMessage) => Promise<CallOutcome>;
  /** Aborts every listener (ContentScriptContext.signal). */
  signal: AbortSignal;
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
  'all: initial', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0', 'overflow: visible',
  'display: block', 'z-index: 2147483647', 'pointer-events: auto',
].map((d) => `${d} !important`).join('; ');

/** Numbers as shown in labels: the page's text with its spaces made plain. */
function displayNumber(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ').trim();
}

/** The number in a tel:/callto: link, or undefined for any other link. */
export function numberFromLink(href: string): string | undefined {
  const m = /^\s*(?:tel|callto):(?:\/\/)?([^?#;]*)/i.exec(href);
  if (!m) return undefined;
  let number: string;
  try {
    number = decodeURIComponent(m[1]!);
  } catch {
    number = m[1]!;
  }
  number = number.trim();
  return number ? number : undefined;
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
  let ui: ReturnType<typeof buildUi> | undefined;
  let hovered: TrackedNumber | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let frame = 0;

  function on<K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void, passive = false): void {
    addListener.call(view, type, handler as EventListener, { capture: true, passive, signal });
  }

  function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
    const el = createElement.call(doc, tag) as HTMLElementTagNameMap[K];
    for (const [k, v] of Object.entries(attrs)) setAttribute.call(el, k, v);
    if (text !== undefined) el.textContent = text;
    return el;
  }

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
      if (!e.isTrusted || !hovered) return;
      call(hovered.text, undefined, hovered.country);
    });
    inside('click', qrButton, (e) => {
      if (!e.isTrusted || !hovered) return;
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
    return { host, control, callButton, qrButton, panel, body };
  }

  function ensureUi() {
    ui ??= buildUi();
    // A page that rewrites <html> may drop the host; put it back.
    if (!ui.host.isConnected) appendChild.call(doc.documentElement, ui.host);
    return ui;
  }

  // ---- hover control -------------------------------------------------------------------

  function showControl(number: TrackedNumber): void {
    clearTimeout(hideTimer);
    const { control, callButton, qrButton } = ensureUi();
    const label = displayNumber(number.text);
    if (hovered !== number) {
      hovered = number;
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
    control.style.left = `${Math.round(left)}px`;
    control.style.top = `${Math.round(top)}px`;
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
    if (!e.isTrusted) return;
    if (ui && e.target === ui.host) {
      clearTimeout(hideTimer);
      return;
    }
    const { clientX, clientY } = e;
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      const number = options.tracker.numberAt(clientX, clientY);
      if (number) showControl(number);
      else hideSoon();
    });
  }, true);
  on('scroll', () => hideControl(), true);
  on('resize', () => hideControl(), true);

  // ---- clicks --------------------------------------------------------------------------

  on('click', (e) => {
    if (!e.isTrusted || e.button !== 0 || e.defaultPrevented) return;
    if (ui && e.target === ui.host) return; // handled inside the shadow root
    const link = linkIn(e.composedPath());
    const linked = link ? numberFromLink(link.getAttribute('href') ?? '') : undefined;
    if (linked) {
      // The page's tel:/callto: link goes through ThruDial instead of the browser: exactly one call.
      e.preventDefault();
      e.stopImmediatePropagation();
      call(linked);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.detail > 1) return;
    const target = e.target as Element | null;
    if (target?.nodeType === 1 && target.closest(INTERACTIVE)) return;
    const selection = view.getSelection();
    if (selection && !selection.isCollapsed) return;
    const number = options.tracker.numberAt(e.clientX, e.clientY);
    if (!number) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    call(number.text, undefined, number.country);
  });
  // A middle click on a tel: link would open the dialer in a new tab, outside ThruDial.
  on('auxclick', (e) => {
    if (!e.isTrusted) return;
    const link = linkIn(e.composedPath());
    if (link && numberFromLink(link.getAttribute('href') ?? '')) e.preventDefault();
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
      ui?.host.remove();
      ui = undefined;
    },
  };
}
