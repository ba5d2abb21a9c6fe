/**
 * Whether the content script works on this page: it asks the background (`site-status`) on start
 * and again whenever the background says the site policy or the granted sites changed, and it
 * reports how many numbers it shows, for the toolbar badge.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Message } from '@/utils/messages';
import type { SiteDecision } from '@/utils/site-policy';

/** Starts finding and showing numbers; returns the function that stops and removes everything. */
export type Run = (signal: AbortSignal, onCount: (count: number) => void) => () => void;

/** Counts settle while a page renders: wait this long before telling the badge. */
const COUNT_DELAY_MS = 250;

const send = (message: Message) => browser.runtime.sendMessage(message);

/** Sends the number count, debounced, and only when it differs from the last one sent. */
function badgeReporter() {
  let sent = 0;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (latest === sent) return;
    sent = latest;
    send({ type: 'numbers-found', count: latest }).catch(() => undefined);
  };
  return {
    report(count: number): void {
      latest = count;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, COUNT_DELAY_MS);
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

export async function runWhileAllowed(ctx: ContentScriptContext, run: Run): Promise<void> {
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

  async function check() {
    const id = ++latestCheck;
    let decision: SiteDecision;
    try {
      decision = (await send({ type: 'site-status' })) as SiteDecision;
    } catch {
      return; // No answer (extension reloading): change nothing.
    }
    if (id !== latestCheck || ctx.isInvalid) return; // A newer check or the end of this script wins.
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
  ctx.addEventListener(window, 'pagehide', () => badge.leave());
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) badge.back();
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    badge.cancel();
    stop();
  });
  await check();
}
