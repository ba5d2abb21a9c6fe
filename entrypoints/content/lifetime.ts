/** How long this copy of the content script lives, on ThruDial's own terms (not WXT's context). */
import { browser } from 'wxt/browser';
import type { Lifetime } from './site-gate';

/**
 * This copy of the script, registered on the isolated world's global object. The page cannot
 * see or reach it (separate JavaScript world), unlike WXT's "script started" CustomEvent on
 * `document`, which any page can dispatch once it knows the extension's (public) id.
 */
const INSTANCE = Symbol.for('thrudial.content-script');
interface Instance {
  alive(): boolean;
  stop(): void;
}

/** How often a copy checks whether its extension is still there (reloaded, updated, removed). */
const ALIVE_CHECK_MS = 2000;

/**
 * The lifetime of this copy of the content script, on ThruDial's own terms: it ends only when
 * the extension is gone (`browser.runtime.id` unset after a reload, update or uninstall) or a
 * newer copy replaces a dead one in this world. Never tied to WXT's ContentScriptContext, whose
 * invalidation a page can trigger with a CustomEvent (see tests/e2e/hostile-page W1).
 * Returns undefined when a live copy already runs in this world (a second injection).
 */
export function claimLifetime(): Lifetime | undefined {
  const global = globalThis as { [INSTANCE]?: Instance };
  const previous = global[INSTANCE];
  if (previous?.alive()) return undefined;
  previous?.stop();
  const controller = new AbortController();
  const alive = () => {
    if (!controller.signal.aborted && browser.runtime?.id == null) controller.abort();
    return !controller.signal.aborted;
  };
  const me: Instance = { alive, stop: () => controller.abort() };
  global[INSTANCE] = me;
  const timer = setInterval(alive, ALIVE_CHECK_MS);
  controller.signal.addEventListener('abort', () => {
    clearInterval(timer);
    if (global[INSTANCE] === me) delete global[INSTANCE];
  });
  return {
    signal: controller.signal,
    get isInvalid() {
      return !alive();
    },
  };
}
