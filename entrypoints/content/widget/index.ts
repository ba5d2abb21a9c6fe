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
import type { Message } from '@/utils/messaging/messages';
import type { CallOutcome } from '@/utils/protocol/call';
import { telLinkNumber } from '@/utils/protocol/tel-link';
import { rateLimit } from '../rate-limit';
import type { NumberTracker, TrackedNumber } from '../tracker';
import { INTERACTIVE, linkClickOk, linkIn, numberClickOk } from './click-guards';
import { addListener, appendChild, attachShadow, make as makeIn, removeAttribute, setAttribute } from './dom';
import { qrSvg } from './qr-svg';
import { numberToVisit, shortcutDirection } from './shortcut';
import { HOST_ID, HOST_STYLE, STYLE } from './style';
import { boxVisible, effectiveOpacity, numberVisible } from './visibility';

export { HOST_ID };

type CallMessage = Extract<Message, { type: 'call' }>;

export interface WidgetOptions {
  tracker: Pick<NumberTracker, 'numberAt' | 'numbers'>;
  /** The country the page's numbers were matched for; sent with every call. */
  pageCountry?: string;
  /** Sends the message to the background and resolves with its outcome. */
  /** Asks the background to call; undefined when nothing answered. */
  send: (message: CallMessage) => Promise<CallOutcome | undefined>;
  /** Aborts every listener (the run's signal, see site-gate). */
  signal: AbortSignal;
  /** False once the extension is gone (reloaded, removed): every event is ignored then. */
  alive?: () => boolean;
}

/** The Call/QR buttons take a click only after the control has been shown, unchanged, this long (anti-clickjacking dwell). */
export const CONTROL_DWELL_MS = 300;
/** The page's removals and restylings of ThruDial's host are undone at most this often per minute. */
const MAX_REATTACH_PER_MINUTE = 10;
const MAX_RESTYLE_PER_MINUTE = 20;

export interface Widget {
  /** Starts a call as a trusted user action would; ignored while a call is running. */
  call(number: string, mode?: 'tel' | 'qr'): void;
  destroy(): void;
}

/** Numbers as shown in labels: the page's text with its spaces made plain. */
function displayNumber(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ').trim();
}


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
  /**
   * Keyboard path: the control was opened by the shortcut (focus on Call), and where focus was
   * before ThruDial took it; Escape, closing the panel or hiding the control gives it back there.
   */
  let openedByKeyboard = false;
  let focusBefore: Element | null = null;
  const reattachLimit = rateLimit(MAX_REATTACH_PER_MINUTE);
  const restyleLimit = rateLimit(MAX_RESTYLE_PER_MINUTE);

  function on<K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void, passive = false): void {
    addListener.call(view, type, handler as EventListener, { capture: true, passive, signal });
  }

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) =>
    makeIn(doc, tag, attrs, text);

  /** The Call/QR buttons: see the file's comment. */
  function controlClickOk(button: HTMLButtonElement, e: MouseEvent): boolean {
    if (!ui || !hovered || ui.control.hidden || ui.host.parentNode !== doc.documentElement) return false;
    const now = performance.now();
    // A keyboard activation (detail 0) of the control ThruDial's own shortcut focused has no pointer
    // the page could have moved the control under: no dwell. Everything below still holds.
    const byKeyboard = openedByKeyboard && e.detail === 0;
    if (!byKeyboard && now - shownAt < CONTROL_DWELL_MS) return false;
    if (!byKeyboard && occlusionKnown && (!unobscured || now - unobscuredSince < CONTROL_DWELL_MS)) return false;
    const s = view.getComputedStyle(ui.host);
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
    const body = make('div', { class: 'body' });
    appendChild.call(panel, close);
    appendChild.call(panel, body);
    // The call's result, said once: the panel's own text is not a live region.
    const announce = make('div', { class: 'announce', role: 'status', 'aria-live': 'polite' });

    appendChild.call(root, control);
    appendChild.call(root, panel);
    appendChild.call(root, announce);

    const inside = (type: string, target: EventTarget, handler: (e: Event) => void) =>
      addListener.call(target, type, handler as EventListener, { signal });
    inside('click', callButton, (e) => {
      if (!e.isTrusted || !hovered || !alive() || !controlClickOk(callButton, e as MouseEvent)) return;
      call(hovered.text, undefined, hovered.country, (e as MouseEvent).detail === 0, hovered.dial);
    });
    inside('click', qrButton, (e) => {
      if (!e.isTrusted || !hovered || !alive() || !controlClickOk(qrButton, e as MouseEvent)) return;
      call(hovered.text, 'qr', hovered.country, (e as MouseEvent).detail === 0, hovered.dial);
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
      if (restyleLimit.take()) restoreHost(host);
    });
    hostWatch.observe(host, { attributes: true });
    // The page removes (or moves) the host: put it back.
    const parentWatch = new MutationObserver(() => {
      if (ui?.host !== host || host.parentNode === doc.documentElement) return;
      shownAt = performance.now();
      if (reattachLimit.take()) attachHost(host);
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
    return { host, root, control, callButton, qrButton, panel, close, body, announce, stopWatching };
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
    followNumber(number, rect);
  }

  /**
   * The control stays only while its number stays where it was placed: checked once a frame
   * while the control is shown. A scroll moves the number, and so does the page itself (a banner
   * inserted above it): either way the control does not stay beside empty space.
   */
  let following = 0;
  function followNumber(number: TrackedNumber, placedAt: DOMRect): void {
    view.cancelAnimationFrame(following);
    const check = () => {
      following = 0;
      if (hovered !== number || !ui || ui.control.hidden) return;
      const rects = number.range.getClientRects();
      const now = rects[rects.length - 1] ?? number.range.getBoundingClientRect();
      if (Math.abs(now.left - placedAt.left) > 0.5 || Math.abs(now.top - placedAt.top) > 0.5) hideControl();
      else following = view.requestAnimationFrame(check);
    };
    following = view.requestAnimationFrame(check);
  }

  function hideControl(): void {
    clearTimeout(hideTimer);
    hovered = undefined;
    if (!ui) return;
    const hadFocus = focusIn(ui.control);
    ui.control.hidden = true;
    openedByKeyboard = false;
    if (hadFocus) giveFocusBack();
  }

  function hideSoon(): void {
    clearTimeout(hideTimer);
    // A control the keyboard user is on stays until they leave it (Escape, Tab away, a call).
    if (hovered && !(ui && focusIn(ui.control))) hideTimer = setTimeout(hideControl, 400);
  }

  // ---- keyboard path -------------------------------------------------------------------

  /** Whether focus is on something inside `part` of ThruDial's UI. */
  function focusIn(part: Element): boolean {
    const active = ui?.root.activeElement;
    return !!active && part.contains(active);
  }

  /** Remembers where focus is, unless it is already in ThruDial's UI (then it was remembered before). */
  function rememberFocus(): void {
    if (ui && doc.activeElement === ui.host) return;
    focusBefore = doc.activeElement;
  }

  function giveFocusBack(): void {
    const target = focusBefore;
    focusBefore = null;
    if (target && target !== doc.body && target.isConnected && typeof (target as HTMLElement).focus === 'function')
      (target as HTMLElement).focus({ preventScroll: true });
    else if (ui && doc.activeElement === ui.host) (ui.root.activeElement as HTMLElement | null)?.blur();
  }

  /** The shortcut: the control at the next/previous number in the viewport, focus on Call. */
  function visitNumber(direction: 1 | -1): void {
    const number = numberToVisit(options.tracker.numbers(), hovered, direction,
      { width: view.innerWidth, height: view.innerHeight }, numberVisible);
    if (!number) return;
    const { callButton } = ensureUi();
    rememberFocus();
    showControl(number);
    openedByKeyboard = true;
    callButton.focus({ preventScroll: true });
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
    call(number.text, undefined, number.country, false, number.dial);
  });
  // A middle click on a tel: link would open the dialer in a new tab, outside ThruDial.
  on('auxclick', (e) => {
    if (!e.isTrusted) return;
    const link = linkIn(e.composedPath());
    if (link && telLinkNumber(link.getAttribute('href') ?? '')) e.preventDefault();
  });
  on('keydown', (e) => {
    if (!e.isTrusted || !alive()) return;
    const direction = shortcutDirection(e);
    if (direction) {
      e.preventDefault();
      e.stopImmediatePropagation();
      visitNumber(direction);
      return;
    }
    if (e.key !== 'Escape') return;
    const hadFocus = !!ui && (focusIn(ui.control) || focusIn(ui.panel));
    if (ui && !ui.panel.hidden) closePanel();
    hideControl();
    if (hadFocus) giveFocusBack();
  });
  // Tab out of the control or the panel: the keyboard user left it.
  on('focusout', (e) => {
    if (!ui || e.target !== ui.host) return;
    const next = (e as FocusEvent).relatedTarget;
    if (next === ui.host) return; // focus moves inside ThruDial's UI
    if (!ui.control.hidden && !focusIn(ui.control)) {
      focusBefore = null; // the user chose where focus goes
      hideControl();
    }
  });

  // ---- call and status panel -----------------------------------------------------------

  function showPanel(...children: Node[]): void {
    const { panel, body } = ensureUi();
    body.replaceChildren(...children);
    panel.hidden = false;
  }

  function closePanel(): void {
    if (!ui) return;
    const hadFocus = focusIn(ui.panel);
    ui.panel.hidden = true;
    ui.body.replaceChildren();
    if (hadFocus) giveFocusBack();
  }

  /** Says the call's result once, through the live region (emptied first, so a repeat is said again). */
  function announceResult(text: string): void {
    const { announce } = ensureUi();
    announce.textContent = '';
    view.setTimeout(() => {
      announce.textContent = text;
    }, 50);
  }

  /** `country`: the country the number was matched for, when it differs from the page's. */
  /** `byKeyboard`: the panel takes focus (its Close button) and gives it back when it closes. */
  /** `number` is shown as the page wrote it; `dial` (a vanity number's keypad digits) is what is sent. */
  function call(number: string, mode?: 'tel' | 'qr', country = options.pageCountry, byKeyboard = false, dial?: string): void {
    if (pending) return;
    pending = true;
    const label = displayNumber(number);
    if (byKeyboard) rememberFocus();
    showPanel(make('p', {}, t('callCalling', label)));
    if (byKeyboard) ui!.close.focus({ preventScroll: true });
    if (!byKeyboard || !ui || !focusIn(ui.control)) hideControl();
    else {
      // Focus is already in the panel: hide the control without handing focus back.
      hovered = undefined;
      ui.control.hidden = true;
      openedByKeyboard = false;
    }
    const message: CallMessage = { type: 'call', number: dial ?? number, ...(country ? { pageCountry: country } : {}), ...(mode ? { mode } : {}) };
    options
      .send(message)
      .then((outcome) => showOutcome(outcome, label))
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        showPanel(make('p', {}, t('callFailed', detail)));
        announceResult(t('callFailed', detail));
      })
      .finally(() => {
        pending = false;
      });
  }

  function showOutcome(outcome: CallOutcome | undefined, label: string): void {
    announceResult(resultText(outcome, label));
    if (!outcome) return showPanel(make('p', {}, t('widgetNoAnswer')));
    switch (outcome.kind) {
      case 'dialed':
        if (outcome.mode === 'tel') return showPanel(make('p', {}, t('widgetDialing', label)));
        return showPanel(
          make('p', {}, t('widgetScan', label)),
          ...(outcome.qr && /^[Mhvz\d .-]*$/.test(outcome.qr.path) ? [qrSvg(doc, outcome.telUri, outcome.qr)] : []),
          // For the eyes: the QR code's name already says the dial string once.
          hiddenFromReaders(line(t('widgetDialString'), outcome.dialString)),
          hiddenFromReaders(line(t('widgetLink'), outcome.telUri)),
        );
      case 'message':
        return showPanel(make('p', {}, outcome.message));
      case 'silent':
        return closePanel();
      case 'error':
        return showPanel(make('p', {}, outcome.message));
    }
  }

  /** What the live region says for an outcome: its first line, the same words the panel shows. */
  function resultText(outcome: CallOutcome | undefined, label: string): string {
    if (!outcome) return t('widgetNoAnswer');
    switch (outcome.kind) {
      case 'dialed':
        return outcome.mode === 'tel' ? t('widgetDialing', label) : t('widgetScan', label);
      case 'silent':
        return t('callSilent');
      default:
        return outcome.message;
    }
  }

  function hiddenFromReaders<E extends Element>(el: E): E {
    setAttribute.call(el, 'aria-hidden', 'true');
    return el;
  }

  function line(label: string, code: string): HTMLParagraphElement {
    const p = make('p', {}, `${label} `);
    appendChild.call(p, make('span', { class: 'code' }, code));
    return p;
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
