/**
 * The hover control: "Call" and "QR" beside a number, placed in the viewport, and gone when its
 * number moves away from where it was placed. Which clicks it takes is the widget's decision
 * (index.ts, controlClickOk); this file only builds, labels, places and follows.
 */
import { t } from '@/utils/i18n';
import type { TrackedNumber } from '../tracker';
import { addListener, appendChild, make, setAttribute } from './dom';

export interface Control {
  readonly element: HTMLElement;
  readonly callButton: HTMLButtonElement;
  readonly qrButton: HTMLButtonElement;
  /** Names both buttons for the number as the page shows it. */
  label(number: string): void;
  /** Shows it beside `rect` (the number's last line box), inside the viewport; true when it moved or appeared. */
  placeBeside(rect: DOMRect): boolean;
  hide(): void;
  readonly hidden: boolean;
}

export interface ControlOptions {
  signal: AbortSignal;
  /** A trusted click on a button: no mode for Call (the user's setting), 'qr' for QR. */
  onCall: (mode: 'qr' | undefined, button: HTMLButtonElement, e: MouseEvent) => void;
  /** The pointer entered or left the control (trusted events only). */
  onPointer: (inside: boolean) => void;
}

export function createControl(doc: Document, root: ShadowRoot, options: ControlOptions): Control {
  const view = doc.defaultView!;
  const element = make(doc, 'div', { class: 'control', role: 'group', 'aria-label': t('extName'), hidden: '' });
  const callButton = make(doc, 'button', { type: 'button' }, t('popupCall'));
  const qrButton = make(doc, 'button', { type: 'button' }, t('widgetQr'));
  appendChild.call(element, callButton);
  appendChild.call(element, qrButton);
  appendChild.call(root, element);

  const on = (target: EventTarget, type: string, handler: (e: Event) => void) =>
    addListener.call(target, type, handler as EventListener, { signal: options.signal });
  on(callButton, 'click', (e) => e.isTrusted && options.onCall(undefined, callButton, e as MouseEvent));
  on(qrButton, 'click', (e) => e.isTrusted && options.onCall('qr', qrButton, e as MouseEvent));
  on(element, 'mouseenter', (e) => e.isTrusted && options.onPointer(true));
  on(element, 'mouseleave', (e) => e.isTrusted && options.onPointer(false));

  return {
    element,
    callButton,
    qrButton,
    label(number) {
      setAttribute.call(callButton, 'aria-label', t('widgetCallLabel', number));
      setAttribute.call(qrButton, 'aria-label', t('widgetQrLabel', number));
    },
    placeBeside(rect) {
      let changed = element.hidden;
      element.hidden = false;
      const width = element.offsetWidth;
      const height = element.offsetHeight;
      let left = rect.right + 4;
      let top = rect.top + (rect.height - height) / 2;
      if (left + width > view.innerWidth - 4) {
        left = Math.max(4, Math.min(rect.left, view.innerWidth - width - 4));
        top = rect.bottom + 4;
      }
      top = Math.max(4, Math.min(top, view.innerHeight - height - 4));
      const x = `${Math.round(left)}px`;
      const y = `${Math.round(top)}px`;
      if (element.style.left !== x || element.style.top !== y) changed = true;
      element.style.left = x;
      element.style.top = y;
      return changed;
    },
    hide() {
      element.hidden = true;
    },
    get hidden() {
      return element.hidden;
    },
  };
}

/** The last line box of a number (where the control goes). */
export function lastBox(number: TrackedNumber): DOMRect {
  const rects = number.range.getClientRects();
  return rects[rects.length - 1] ?? number.range.getBoundingClientRect();
}

/**
 * Checks once a frame, while `stillShown()`, that `number` is where it was placed: a scroll moves
 * it, and so does the page itself (a banner inserted above it); `onMoved` then. Returns the stop.
 */
export function followNumber(view: Window, number: TrackedNumber, placedAt: DOMRect, stillShown: () => boolean, onMoved: () => void): () => void {
  let frame = 0;
  const check = () => {
    frame = 0;
    if (!stillShown()) return;
    const now = lastBox(number);
    if (Math.abs(now.left - placedAt.left) > 0.5 || Math.abs(now.top - placedAt.top) > 0.5) onMoved();
    else frame = view.requestAnimationFrame(check);
  };
  frame = view.requestAnimationFrame(check);
  return () => view.cancelAnimationFrame(frame);
}
