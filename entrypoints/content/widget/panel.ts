/**
 * The status panel: what a call is doing and how it ended (text, or a QR code built from SVG
 * nodes), said once to screen readers through a live region. Page text only ever as textContent.
 */
import { t } from '@/utils/i18n';
import type { CallOutcome } from '@/utils/protocol/call';
import { addListener, appendChild, make, setAttribute } from './dom';
import { qrSvg } from './qr-svg';

export interface Panel {
  readonly element: HTMLElement;
  readonly closeButton: HTMLButtonElement;
  /** Shows these nodes in place of what the panel showed. */
  show(...children: Node[]): void;
  /** Hides and empties it; `onHidden` hears whether focus was in it. */
  hide(): void;
  /** The call's result as the panel and the live region give it. */
  showOutcome(outcome: CallOutcome | undefined, label: string): void;
  /** Says `text` once through the live region. */
  announce(text: string): void;
  readonly hidden: boolean;
}

export interface PanelOptions {
  signal: AbortSignal;
  /** Whether focus is inside `part` of ThruDial's UI. */
  focusIn: (part: Element) => boolean;
  /** After the panel hid; `hadFocus`: the keyboard user was in it, focus should go back. */
  onHidden: (hadFocus: boolean) => void;
}

export function createPanel(doc: Document, root: ShadowRoot, options: PanelOptions): Panel {
  const view = doc.defaultView!;
  const element = make(doc, 'div', { class: 'panel', role: 'dialog', 'aria-label': t('widgetPanel'), hidden: '' });
  const closeButton = make(doc, 'button', { type: 'button', class: 'close', 'aria-label': t('widgetClose') }, '×');
  const body = make(doc, 'div', { class: 'body' });
  appendChild.call(element, closeButton);
  appendChild.call(element, body);
  // The call's result, said once: the panel's own text is not a live region.
  const live = make(doc, 'div', { class: 'announce', role: 'status', 'aria-live': 'polite' });
  appendChild.call(root, element);
  appendChild.call(root, live);

  function show(...children: Node[]): void {
    body.replaceChildren(...children);
    element.hidden = false;
  }

  function hide(): void {
    const hadFocus = options.focusIn(element);
    element.hidden = true;
    body.replaceChildren();
    options.onHidden(hadFocus);
  }

  addListener.call(closeButton, 'click', (e) => {
    if (e.isTrusted) hide();
  }, { signal: options.signal });

  /** Emptied first, so a repeat is said again. */
  function announce(text: string): void {
    live.textContent = '';
    view.setTimeout(() => {
      live.textContent = text;
    }, 50);
  }

  const paragraph = (text: string) => make(doc, 'p', {}, text);

  function line(label: string, code: string): HTMLParagraphElement {
    const p = paragraph(`${label} `);
    appendChild.call(p, make(doc, 'span', { class: 'code' }, code));
    // For the eyes: the QR code's name already says the dial string once.
    setAttribute.call(p, 'aria-hidden', 'true');
    return p;
  }

  function showOutcome(outcome: CallOutcome | undefined, label: string): void {
    announce(resultText(outcome, label));
    if (!outcome) return show(paragraph(t('widgetNoAnswer')));
    switch (outcome.kind) {
      case 'dialed':
        if (outcome.mode === 'tel') return show(paragraph(t('widgetDialing', label)));
        return show(
          paragraph(t('widgetScan', label)),
          ...(outcome.qr && /^[Mhvz\d .-]*$/.test(outcome.qr.path) ? [qrSvg(doc, outcome.telUri, outcome.qr)] : []),
          line(t('widgetDialString'), outcome.dialString),
          line(t('widgetLink'), outcome.telUri),
        );
      case 'message':
        return show(paragraph(outcome.message));
      case 'silent':
        return hide();
      case 'error':
        return show(paragraph(outcome.message));
    }
  }

  return {
    element,
    closeButton,
    show,
    hide,
    showOutcome,
    announce,
    get hidden() {
      return element.hidden;
    },
  };
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
