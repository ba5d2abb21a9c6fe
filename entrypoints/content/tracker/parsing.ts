/**
 * A tracker started while the page is still parsed (the content script runs at document_start,
 * entrypoints/content/first-screen-parsed.ts) reads only its first slice, the top of the page,
 * then holds until the parser is done: the page is then walked from its top as a tracker started
 * on a parsed page does, with its changes observed. Observing the parser's every insertion, or
 * walking behind it, costs the page more than the walk itself (docs/performance.md), and a page's
 * own scripts may change what was read early; the early runs are read again, and keep their
 * numbers when unchanged (reading.ts).
 */

/**
 * How often a page still parsed is looked at. Not on readystatechange: the page can keep that
 * event from others' listeners, and it fires inside the parser's last task, which on a big page is
 * a long one of the page's own (its first whole layout); ThruDial's work goes in a task of its own.
 */
const PARSED_POLL_MS = 50;

export interface ParsingWatch {
  /** Whether the page is still parsed and the tracker holds. */
  readonly holding: boolean;
  cancel(): void;
}

/** Holds while `doc` is parsed; calls `onParsed` once it is (never when it is parsed already). */
export function holdWhileParsed(doc: Document, onParsed: () => void): ParsingWatch {
  const view = doc.defaultView;
  let holding = doc.readyState === 'loading' && view !== null;
  let timer: number | undefined;
  const cancel = () => {
    if (timer !== undefined) view!.clearInterval(timer);
  };
  const check = () => {
    if (doc.readyState === 'loading') return;
    cancel();
    holding = false;
    onParsed();
  };
  if (holding) timer = view!.setInterval(check, PARSED_POLL_MS);
  return {
    get holding() {
      return holding;
    },
    cancel,
  };
}
