/**
 * Whether the content script works on this page: the background says so on start (in its
 * 'page-config' answer) and again, asked with `site-status`, whenever it says the site policy or
 * the granted sites changed; and it reports how many numbers it shows, for the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { askBackground } from '@/utils/messaging/send-message';
import { rateLimit } from './rate-limit';
import type { Message } from '@/utils/messaging/messages';
import type { SiteDecision } from '@/utils/sites/site-policy';

/** Starts finding and showing numbers; returns the function that stops and removes everything. */
export type Run = (signal: AbortSignal, onCount: (count: number) => void) => () => void;

/**
 * How long the content script lives: `signal` aborts and `isInvalid` turns true when the
 * extension is gone. ThruDial's own (entrypoints/content/lifetime.ts), not WXT's context, which a
 * page can invalidate.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
}

/**
 * document.open() replaces the whole document tree (and erases every event listener on the
 * window and the document, ThruDial's included): the run starts again on the new tree, at most
 * this many times per minute (a page that rewrites itself in a loop gets one restart a minute after that).
 */
const MAX_RESTARTS_PER_MINUTE = 10;

/** Counts settle while a page renders: wait this long before telling the badge. */
const COUNT_DELAY_MS = 250;

const send = (message: Message) => askBackground(message);

/**
 * Sends the number count, debounced, and only when it differs from the last one sent. A scan
 * reports after every slice: the report only moves the due time, and the one timer, when it
 * fires early, waits out the rest (a timer cleared and set again per report cost ~18 ms of a
 * 5 MB page's scan, `npm run bench` hot spots).
 */
function badgeReporter() {
  let sent = 0;
  let latest = 0;
  let due = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    const wait = due - Date.now();
    if (wait > 0) {
      timer = setTimeout(flush, wait);
      return;
    }
    timer = undefined;
    if (latest === sent) return;
    sent = latest;
    send({ type: 'numbers-found', count: latest }).catch(() => undefined);
  };
  return {
    report(count: number): void {
      latest = count;
      due = Date.now() + COUNT_DELAY_MS;
      timer ??= setTimeout(flush, COUNT_DELAY_MS);
    },
    /** The document is going away (navigation, reload, back/forward cache): clear the badge now. */
    leave() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (sent !== 0) send({ type: 'numbers-found', count: 0 }).catch(() => undefined);
      sent = 0;
    },
    /** Back from the back/forward cache: show the count again. */
    back() {
      this.report(latest);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/**
 * `firstStatus`: the site's status as the start-up message answered it, together with what the run
 * needs besides (one message, not two); without an answer in it, the site's status is asked on its own.
 */
export async function runWhileAllowed(
  life: Lifetime,
  run: Run,
  firstStatus: Promise<SiteDecision | undefined> = Promise.resolve(undefined),
  doc: Document = document,
): Promise<void> {
  if (life.isInvalid) return;
  const view = doc.defaultView!;
  const badge = badgeReporter();
  let stopRun: (() => void) | undefined;
  let controller: AbortController | undefined;
  let latestCheck = 0;

  function stop() {
    controller?.abort();
    stopRun?.();
    stopRun = undefined;
    controller = undefined;
  }

  async function check(known?: Promise<SiteDecision | undefined>) {
    const id = ++latestCheck;
    let decision: SiteDecision;
    try {
      const answer = (await known) ?? (await askBackground({ type: 'site-status' }));
      if (answer === undefined) return; // No answer: change nothing.
      decision = answer;
    } catch {
      return; // No answer (extension reloading): change nothing.
    }
    if (id !== latestCheck || life.isInvalid) return; // A newer check or the end of this script wins.
    if (decision === 'on' && !stopRun) {
      controller = new AbortController();
      stopRun = run(controller.signal, badge.report);
    } else if (decision !== 'on' && stopRun) {
      stop();
      badge.report(0);
    }
  }

  const onMessage = (message: unknown) => {
    if ((message as Partial<Message> | null)?.type === 'site-policy-changed') void check();
  };
  browser.runtime.onMessage.addListener(onMessage);
  // The badge belongs to this document: cleared when it goes (a same-document navigation keeps it).
  // Back from the back/forward cache only after it went: the pageshow listener is added then, so
  // none of ThruDial's code runs in the page's own load task (where pageshow fires first).
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) badge.back();
  };
  const onPageHide = () => {
    badge.leave();
    view.addEventListener('pageshow', onPageShow, { signal: life.signal, once: true });
  };
  /** (Again) after document.open(), which removed it; adding the same listener twice adds it once. */
  function listenToWindow() {
    view.addEventListener('pagehide', onPageHide, { signal: life.signal });
  }
  listenToWindow();

  // ---- a replaced document (document.open + document.write) ---------------------------------
  let root = doc.documentElement;
  const restarts = rateLimit(MAX_RESTARTS_PER_MINUTE);
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  function restart() {
    restartTimer = undefined;
    if (life.isInvalid) return;
    listenToWindow();
    if (!stopRun) return; // not running (site paused or denied): the next check starts on the new tree
    if (!restarts.take()) {
      restartTimer ??= setTimeout(restart, restarts.waitMs());
      return;
    }
    stop();
    controller = new AbortController();
    stopRun = run(controller.signal, badge.report);
  }
  const rootWatch = new MutationObserver(() => {
    const current = doc.documentElement;
    if (!current || current === root) return;
    root = current;
    if (restartTimer === undefined) restart();
  });
  rootWatch.observe(doc, { childList: true });

  life.signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    rootWatch.disconnect();
    if (restartTimer !== undefined) clearTimeout(restartTimer);
    badge.cancel();
    stop();
  });
  await check(firstStatus.catch(() => undefined));
}
