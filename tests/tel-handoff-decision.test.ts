/** The tel: hand-off's decisions (entrypoints/background/tel-handoff-decision.ts), event by event. */
import { describe, expect, it } from 'vitest';
import { START, acceptDialPageMessage, decide, type HandoffEvent, type HandoffState, type HandoffStep } from '../entrypoints/background/tel-handoff-decision';

/** Feeds events one after another; returns the last step (or the first that ends the hand-off) and whether the page was told to show the question. */
function run(...events: HandoffEvent[]): { step: HandoffStep; askingShown: boolean } {
  let state: HandoffState = START;
  let step: HandoffStep = { next: state };
  let askingShown = false;
  for (const event of events) {
    step = decide(state, event);
    if ('done' in step) return { step, askingShown };
    if (step.showAsking) askingShown = true;
    state = step.next;
  }
  return { step, askingShown };
}

const focused = { type: 'page-state', focused: true, visible: true } as const;
const blurred = { type: 'page-state', focused: false, visible: true } as const;
const hidden = { type: 'page-state', focused: false, visible: false } as const;

describe('tel: hand-off decision', () => {
  it('a dial page still focused and visible after the quiet period: handed off, the tab closes', () => {
    expect(run(focused, { type: 'tel-started' }, { type: 'quiet-over' })).toEqual({ step: { done: 'handed-off' }, askingShown: false });
  });

  it('an error page instead of the dial page (Firefox, nothing takes tel:): no handler, whatever the focus', () => {
    expect(run(focused, { type: 'tel-started' }, { type: 'error-page' }).step).toEqual({ done: 'no-handler' });
    expect(run(focused, { type: 'tel-started' }, blurred, { type: 'error-page' }).step).toEqual({ done: 'no-handler' });
  });

  it('the focus lost after tel: was handed over (a browser question over the tab): the page says so and waits', () => {
    const { step, askingShown } = run(focused, { type: 'tel-started' }, blurred);
    expect(askingShown).toBe(true);
    expect(step).toMatchObject({ next: { phase: 'asking' } });
    // The quiet period passing changes nothing while the question is up.
    expect(run(focused, { type: 'tel-started' }, blurred, { type: 'quiet-over' }).step).toMatchObject({ next: { phase: 'asking' } });
  });

  it('a question answered (the focus comes back): handed off, the tab closes', () => {
    expect(run(focused, { type: 'tel-started' }, blurred, { type: 'quiet-over' }, focused).step).toEqual({ done: 'handed-off' });
  });

  it('the user leaves the tab while it waits: it closes', () => {
    expect(run(focused, { type: 'tel-started' }, blurred, hidden).step).toEqual({ done: 'handed-off' });
  });

  it('the user leaves the tab during the quiet period: it closes without showing the question', () => {
    expect(run(focused, { type: 'tel-started' }, hidden)).toEqual({ step: { done: 'handed-off' }, askingShown: false });
  });

  it('a dial page that never had the focus (window in the background) waits like one with a question over it', () => {
    const { step, askingShown } = run(blurred, { type: 'tel-started' }, { type: 'quiet-over' });
    expect(askingShown).toBe(true);
    expect(step).toMatchObject({ next: { phase: 'asking' } });
  });

  it('"Show QR code instead" ends the wait with the QR code', () => {
    expect(run(focused, { type: 'tel-started' }, blurred, { type: 'show-qr' }).step).toEqual({ done: 'qr-instead' });
  });

  it('the deadline ends a wait that nothing else ends', () => {
    expect(run(focused, { type: 'tel-started' }, blurred, { type: 'quiet-over' }, blurred, { type: 'deadline' }).step).toEqual({ done: 'handed-off' });
  });

  it('a tab closed before tel: went out reached nothing; closed afterwards, the browser had the URI', () => {
    expect(run(focused, { type: 'tab-closed' }).step).toEqual({ done: 'no-handler' });
    expect(run(focused, { type: 'tel-started' }, blurred, { type: 'tab-closed' }).step).toEqual({ done: 'handed-off' });
  });

  it('focus changes while the dial page loads decide nothing; the last one counts once tel: is out', () => {
    expect(run(blurred, focused).step).toMatchObject({ next: { phase: 'loading', focused: true } });
    expect(run(blurred, focused, { type: 'tel-started' }, { type: 'quiet-over' }).step).toEqual({ done: 'handed-off' });
    expect(run(focused, { type: 'quiet-over' }).step).toMatchObject({ next: { phase: 'loading' } });
  });
});

describe('messages from the dial page', () => {
  it('accepts exactly the two kinds, with their fields', () => {
    expect(acceptDialPageMessage({ type: 'page-state', focused: true, visible: false })).toEqual({ type: 'page-state', focused: true, visible: false });
    expect(acceptDialPageMessage({ type: 'show-qr', extra: 1 })).toEqual({ type: 'show-qr' });
  });
  it.each([null, 'show-qr', {}, { type: 'page-state', focused: 'yes', visible: true }, { type: 'page-state', focused: true }, { type: 'call', number: '1' }])(
    'drops %j',
    (raw) => expect(acceptDialPageMessage(raw)).toBeUndefined(),
  );
});

describe('the user going to another tab (tabs.onActivated)', () => {
  it('while the browser asks, or during the quiet period: the dial tab closes', () => {
    expect(run(focused, { type: 'tel-started' }, blurred, { type: 'tab-left' }).step).toEqual({ done: 'handed-off' });
    expect(run(focused, { type: 'tel-started' }, { type: 'tab-left' })).toEqual({ step: { done: 'handed-off' }, askingShown: false });
  });
});
