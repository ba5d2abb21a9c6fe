/**
 * Runs at document_start on the granted sites, before the page has any content: gives the
 * document the underline's style rule while restyling it costs nothing (see
 * content/tracker/highlight-rule.ts). It reads nothing and sends nothing; the rule draws only
 * ranges the content script registers.
 */
import { adoptHighlightRule } from './content/tracker/highlight-rule';

export default defineContentScript({
  // Registered by the background beside the content script (entrypoints/background/content-registration.ts).
  registration: 'runtime',
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    adoptHighlightRule(document, window);
  },
});
