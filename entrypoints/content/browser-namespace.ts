/**
 * The content script's extension API: the browser's own promise-based `browser` namespace
 * (Firefox; Chromium 148 and later), or `chrome` in an older Chromium (promise-based in MV3 too).
 *
 * Why not webextension-polyfill, which the rest of ThruDial keeps: where the browser has `browser`,
 * the polyfill hands it back unchanged, but its CommonJS export reaches the bundle through an
 * interop copy that reads the descriptor of every property of the namespace, which makes the
 * browser build the binding of every extension API in each page's content-script world at
 * start-up (about 2.5 ms of the script's evaluation on this machine, `npm run bench`). The build
 * points the content script's `wxt/browser` here (wxt.config.ts, contentScriptBrowser).
 * What the content script uses of it works alike in all three: runtime.sendMessage, onMessage
 * (answered through sendResponse, never a returned promise), runtime.id/getURL, i18n.getMessage;
 * the export has only `runtime` and `i18n`.
 * Not in utils/: WXT makes every export there an auto-import, and this `browser` would take the
 * place of wxt/browser's in every entrypoint.
 */
import type { browser as Polyfilled } from '@wxt-dev/webextension-polyfill/browser';

type Browser = typeof Polyfilled;
const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

let resolved: Browser | undefined;
const namespace = (): Browser => (resolved ??= scope.browser?.runtime?.id ? scope.browser : scope.chrome!);

/**
 * Resolved on first use, not when the script is evaluated: the browser builds each API's binding
 * in the page's content-script world when it is first read (about 1 ms), and the script is
 * evaluated at document_start, before the page's parser goes on, while nothing is asked of the
 * background until the page's first screenful is parsed (first-screen-parsed.ts).
 */
export const browser = {
  get runtime() {
    return namespace().runtime;
  },
  get i18n() {
    return namespace().i18n;
  },
} as Browser;
