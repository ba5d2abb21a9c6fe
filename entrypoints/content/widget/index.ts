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
 *
 * The parts: host.ts (the host and its tamper guards), control.ts (the hover control), panel.ts
 * (the status panel), focus.ts (where keyboard focus goes back to), occlusion.ts (IntersectionObserver
 * v2); this file decides which page events and clicks do what, and places the call.
 */
import { t } from '@/utils/i18n';
import type { Message } from '@/utils/messaging/messages';
import type { CallOutcome } from '@/utils/protocol/call';
import { telLinkNumber } from '@/utils/protocol/tel-link';
import type { NumberTracker, TrackedNumber } from '../tracker';
import { INTERACTIVE, linkClickOk, linkIn, numberClickOk, numberStillWritten } from './click-guards';
import { createControl, followNumber, lastBox, type Control } from './control';
import { addListener, make } from './dom';
import { focusMemory } from './focus';
import { createHost, type Host } from './host';
import { watchOcclusion, type Occlusion } from './occlusion';
import { createPanel, type Panel } from './panel';
import { numberToVisit, shortcutDirection } from './shortcut';
import { boxVisible, effectiveOpacity, numberVisible } from './visibility';

type CallMessage = Extract<Message, { type: 'call' }>;

export interface WidgetOptions {
  tracker: Pick<NumberTracker, 'numberAt' | 'numbers'>;
  /** The country the page's numbers were matched for; sent with every call. */
  pageCountry?: string;
  /** Asks the background to call; undefined when nothing answered. */
  send: (message: CallMessage) => Promise<CallOutcome | undefined>;
  /** Aborts every listener (the run's signal, see site-gate). */
  signal: AbortSignal;
  /** False once the extension is gone (reloaded, removed): every event is ignored then. */
  alive?: () => boolean;
}

/** The Call/QR buttons take a click only after the control has been shown, unchanged, this long (anti-clickjacking dwell). */
export const CONTROL_DWELL_MS = 300;

export interface Widget {
  /** Starts a call as a trusted user action would; ignored while a call is running. */
  call(number: string, mode?: 'tel' | 'qr'): void;
  destroy(): void;
}

/** Numbers as shown in labels: the page's text with its spaces made plain. */
function displayNumber(text: string): string {
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ').trim();
}

/** ThruDial's UI on the page, built on first need. */
interface Ui {
  host: Host;
  control: Control;
  panel: Panel;
  occlusion: Occlusion;
}

export function mountWidget(doc: Document, options: WidgetOptions): Widget {
  const view = doc.defaultView!;
  const { signal } = options;
  const alive = options.alive ?? (() => true);
  let ui: Ui | undefined;
  let hovered: TrackedNumber | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let stopFollowing = () => undefined as void;
  let pending = false;
  let frame = 0;
  /** When the control was last shown, moved, re-attached or restyled by the page (performance.now()). */
  let shownAt = 0;
  /** The last trusted primary-button pointerdown: its composed path (innermost target first). */
  let down: EventTarget[] | undefined;
  /** The control was opened by the shortcut (focus on Call). */
  let openedByKeyboard = false;
  const focus = focusMemory(doc, () => ui && { element: ui.host.element, root: ui.host.root });

  function on<K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void, passive = false): void {
    addListener.call(view, type, handler as EventListener, { capture: true, passive, signal });
  }

  /** The Call/QR buttons: see the file's comment. */
  function controlClickOk(button: HTMLButtonElement, e: MouseEvent): boolean {
    if (!ui || !hovered || ui.control.hidden || !ui.host.placed()) return false;
    const now = performance.now();
    // A keyboard activation (detail 0) of the control ThruDial's own shortcut focused has no pointer
    // the page could have moved the control under: no dwell. Everything below still holds.
    const byKeyboard = openedByKeyboard && e.detail === 0;
    if (!byKeyboard && now - shownAt < CONTROL_DWELL_MS) return false;
    const unobscuredSince = ui.occlusion.unobscuredSince();
    if (!byKeyboard && ui.occlusion.known && (unobscuredSince === undefined || now - unobscuredSince < CONTROL_DWELL_MS)) return false;
    const host = ui.host.element;
    const s = view.getComputedStyle(host);
    if (s.opacity !== '1' || s.visibility !== 'visible' || s.display !== 'block' || s.filter !== 'none' || s.transform !== 'none'
      || s.mixBlendMode !== 'normal' || s.clipPath !== 'none' || (s.getPropertyValue('mask-image') || 'none') !== 'none') return false;
    if (effectiveOpacity(host) < 0.99 || !boxVisible(button)) return false;
    const r = button.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    return doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host;
  }

  function buildUi(): Ui {
    // The page touched the host: the dwell starts again.
    const host = createHost(doc, () => (shownAt = performance.now()));
    const control = createControl(doc, host.root, {
      signal,
      onCall(mode, button, e) {
        if (!hovered || !alive() || !controlClickOk(button, e) || !numberStillWritten(hovered)) return;
        call(hovered.text, mode, hovered.country, e.detail === 0, hovered.dial);
      },
      onPointer(inside) {
        if (inside) clearTimeout(hideTimer);
        else hideSoon();
      },
    });
    const panel = createPanel(doc, host.root, {
      signal,
      focusIn: focus.within,
      onHidden: (hadFocus) => hadFocus && focus.giveBack(),
    });
    return { host, control, panel, occlusion: watchOcclusion(view, control.element) };
  }

  function ensureUi(): Ui {
    ui ??= buildUi();
    // Not added yet, or the page removed or moved it: (back) at the end of <html>, and the dwell starts again.
    if (ui.host.place()) shownAt = performance.now();
    return ui;
  }

  // ---- hover control -------------------------------------------------------------------

  function showControl(number: TrackedNumber): void {
    clearTimeout(hideTimer);
    const { control } = ensureUi();
    let changed = false;
    if (hovered !== number) {
      hovered = number;
      changed = true;
      control.label(displayNumber(number.text));
    }
    const rect = lastBox(number);
    // Shown anew, for another number or somewhere else: the dwell starts again.
    if (control.placeBeside(rect) || changed) shownAt = performance.now();
    // The control stays only while its number stays where it was placed.
    stopFollowing();
    stopFollowing = followNumber(view, number, rect, () => hovered === number && !!ui && !ui.control.hidden, hideControl);
  }

  function hideControl(): void {
    clearTimeout(hideTimer);
    hovered = undefined;
    if (!ui) return;
    const hadFocus = focus.within(ui.control.element);
    ui.control.hide();
    openedByKeyboard = false;
    if (hadFocus) focus.giveBack();
  }

  function hideSoon(): void {
    clearTimeout(hideTimer);
    // A control the keyboard user is on stays until they leave it (Escape, Tab away, a call).
    if (hovered && !(ui && focus.within(ui.control.element))) hideTimer = setTimeout(hideControl, 400);
  }

  /** The shortcut: the control at the next/previous number in the viewport, focus on Call. */
  function visitNumber(direction: 1 | -1): void {
    const number = numberToVisit(options.tracker.numbers(), hovered, direction,
      { width: view.innerWidth, height: view.innerHeight }, numberVisible);
    if (!number) return;
    const { control } = ensureUi();
    focus.remember();
    showControl(number);
    openedByKeyboard = true;
    control.callButton.focus({ preventScroll: true });
  }

  on('mousemove', (e) => {
    if (!e.isTrusted || !alive()) return;
    if (ui && e.target === ui.host.element) {
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
    if (ui && e.target === ui.host.element) return; // handled inside the shadow root
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

  // ---- keyboard path -------------------------------------------------------------------

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
    const hadFocus = !!ui && (focus.within(ui.control.element) || focus.within(ui.panel.element));
    if (ui && !ui.panel.hidden) ui.panel.hide();
    hideControl();
    if (hadFocus) focus.giveBack();
  });
  // Tab out of the control or the panel: the keyboard user left it.
  on('focusout', (e) => {
    if (!ui || e.target !== ui.host.element) return;
    const next = (e as FocusEvent).relatedTarget;
    if (next === ui.host.element) return; // focus moves inside ThruDial's UI
    if (!ui.control.hidden && !focus.within(ui.control.element)) {
      focus.forget(); // the user chose where focus goes
      hideControl();
    }
  });

  // ---- the call ------------------------------------------------------------------------

  /** `country`: the country the number was matched for, when it differs from the page's. */
  /** `byKeyboard`: the panel takes focus (its Close button) and gives it back when it closes. */
  /** `number` is shown as the page wrote it; `dial` (a vanity number's keypad digits) is what is sent. */
  function call(number: string, mode?: 'tel' | 'qr', country = options.pageCountry, byKeyboard = false, dial?: string): void {
    if (pending) return;
    pending = true;
    const label = displayNumber(number);
    if (byKeyboard) focus.remember();
    const { panel, control } = ensureUi();
    panel.show(make(doc, 'p', {}, t('callCalling', label)));
    if (byKeyboard) panel.closeButton.focus({ preventScroll: true });
    if (!byKeyboard || !focus.within(control.element)) hideControl();
    else {
      // Focus is already in the panel: hide the control without handing focus back.
      hovered = undefined;
      control.hide();
      openedByKeyboard = false;
    }
    const message: CallMessage = { type: 'call', number: dial ?? number, ...(country ? { pageCountry: country } : {}), ...(mode ? { mode } : {}) };
    options
      .send(message)
      .then((outcome) => ensureUi().panel.showOutcome(outcome, label))
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        const { panel } = ensureUi();
        panel.show(make(doc, 'p', {}, t('callFailed', detail)));
        panel.announce(t('callFailed', detail));
      })
      .finally(() => {
        pending = false;
      });
  }

  return {
    call,
    destroy() {
      hideControl();
      stopFollowing();
      if (frame) view.cancelAnimationFrame(frame);
      if (ui) {
        ui.occlusion.disconnect();
        ui.host.remove();
      }
      ui = undefined;
    },
  };
}
