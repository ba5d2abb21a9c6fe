/**
 * The content script's entry. An unlisted script, not WXT's defineContentScript: the background
 * registers it at runtime for exactly the granted sites (entrypoints/background/content-registration.ts,
 * which also says when it runs), and WXT's content-script wrapper would only add its
 * ContentScriptContext, which ThruDial does not use (entrypoints/content/lifetime.ts says why), and
 * its "<extension id>:content:wxt:content-script-started" event on the page's document, which any
 * page could see. Without it the script starts ~1 ms sooner (docs/performance.md).
 */
import { startContentScript } from './content/start';

// An inline function, not `startContentScript` itself: WXT reads this file's options in node with the
// function's body removed, and only an inline body is removed (with the imports only it uses).
export default defineUnlistedScript(() => startContentScript());
