/**
 * What the tel: hand-off does next, given what the dial tab reports. Pure, so every branch is
 * unit-tested (tests/tel-handoff-decision.test.ts); tel-handoff.ts wires it to tabs and a port.
 *
 * The dial tab is active next to the user's tab and navigates to tel:. A browser that asks
 * "Open the phone application?" shows that question over the dial tab and takes the focus from
 * it; one that has no application shows an error page instead (Firefox); one that simply hands
 * the URI over leaves the dial page focused. So: an error page means no handler; a page that is
 * still focused and visible after a quiet period means handed off; a page that lost the focus
 * waits (and says why) until the focus comes back, the tab is left, or the deadline passes.
 */

/** How long the dial page must stay quiet after the tel: navigation before it closes. Firefox shows its error page within tens of ms (31 ms idle). */
export const QUIET_MS = 1500;
/** Longest the dial tab waits for an answer to the browser's question before it closes anyway. */
export const ASKING_LIMIT_MS = 120_000;

export type HandoffResult =
  /** The browser took the URI and gave no sign that nothing handles it. */
  | 'handed-off'
  /** The browser showed that no application takes tel: (Firefox's error page). */
  | 'no-handler'
  /** The user chose the QR code on the dial page while the browser was asking. */
  | 'qr-instead';

export type HandoffPhase =
  /** The dial page is loading; tel: is not handed over yet. */
  | 'loading'
  /** tel: handed over; the quiet period runs. */
  | 'handing'
  /** The dial page lost the focus (the browser's question, or the user went elsewhere): it says so and waits. */
  | 'asking';

export interface HandoffState {
  phase: HandoffPhase;
  /** The dial page's last report. */
  focused: boolean;
  visible: boolean;
}

export type HandoffEvent =
  /** The dial page reported document.hasFocus() and document.visibilityState (on load, focus, blur, visibilitychange). */
  | { type: 'page-state'; focused: boolean; visible: boolean }
  /** Another tab became the active one in the dial tab's window: the user left it (tabs.onActivated; headless pages never report hidden). */
  | { type: 'tab-left' }
  /** The dial page is up and the tel: navigation was started. */
  | { type: 'tel-started' }
  /** The dial page was replaced while its tab stays (Firefox's error page for a protocol nothing takes). */
  | { type: 'error-page' }
  | { type: 'quiet-over' }
  /** The user pressed "Show QR code instead". */
  | { type: 'show-qr' }
  | { type: 'deadline' }
  /** The tab is gone (closed by the user or the browser). */
  | { type: 'tab-closed' };

export type HandoffStep =
  | { next: HandoffState; showAsking?: true }
  /** The end: close the dial tab (when it is still there) and give this result. */
  | { done: HandoffResult };

export const START: HandoffState = { phase: 'loading', focused: true, visible: true };

export function decide(state: HandoffState, event: HandoffEvent): HandoffStep {
  switch (event.type) {
    case 'error-page':
      return { done: 'no-handler' };
    case 'show-qr':
      return { done: 'qr-instead' };
    case 'tab-closed':
      // Before tel: was handed over nothing reached the system; afterwards the browser had it.
      return { done: state.phase === 'loading' ? 'no-handler' : 'handed-off' };
    case 'deadline':
      return { done: 'handed-off' };
    case 'tel-started':
      return state.phase === 'loading' ? afterReport({ ...state, phase: 'handing' }) : { next: state };
    case 'page-state':
      return afterReport({ ...state, focused: event.focused, visible: event.visible });
    case 'tab-left':
      return afterReport({ ...state, visible: false });
    case 'quiet-over':
      if (state.phase !== 'handing') return { next: state };
      // Still focused and visible: no question came up, and none will after this long.
      if (state.focused && state.visible) return { done: 'handed-off' };
      return { next: { ...state, phase: 'asking' }, showAsking: true };
  }
}

/** A new focus/visibility report, or the start of the hand-off with the last one. */
function afterReport(state: HandoffState): HandoffStep {
  switch (state.phase) {
    case 'loading':
      return { next: state };
    case 'handing':
      // The user left the tab (another tab or window over it): nothing to show them here.
      if (!state.visible) return { done: 'handed-off' };
      // A question over the dial page: say what it is while it is up.
      if (!state.focused) return { next: { ...state, phase: 'asking' }, showAsking: true };
      return { next: state };
    case 'asking':
      // The question was answered (the focus came back) or the user left the tab.
      if (!state.visible || state.focused) return { done: 'handed-off' };
      return { next: state };
  }
}

/** What the dial page may send over its port; anything else is dropped. */
export type DialPageMessage = { type: 'page-state'; focused: boolean; visible: boolean } | { type: 'show-qr' };

export function acceptDialPageMessage(raw: unknown): DialPageMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'page-state' && typeof m.focused === 'boolean' && typeof m.visible === 'boolean')
    return { type: 'page-state', focused: m.focused, visible: m.visible };
  if (m.type === 'show-qr') return { type: 'show-qr' };
  return undefined;
}

/** The background's one message to the dial page: show that the browser is asking. */
export type DialPageCommand = { type: 'asking' };

/** The port the dial page opens to the background. */
export const DIAL_PORT = 'tel-dial';
