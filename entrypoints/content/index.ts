/** Content script: wires the matcher, the observer and the widget to the page and the background. */
import { askBackground } from '@/utils/messaging/send-message';
import { countryFromLanguage, countryFromPage, resolveDefaultCountry } from '@/utils/protocol/country';
import { findNumberMatches } from '@/utils/matcher';
import { trackNumbers } from './tracker';
import { claimLifetime } from './lifetime';
import { answerPageNumbers } from './page-numbers';
import { runWhileAllowed } from './site-gate';
import { HOST_ID, mountWidget } from './widget';

/** `<meta name="format-detection" content="telephone=no">`: the page asks for no phone links. */
function telephoneDetectionOff(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[name="format-detection" i]'))
    if (/(?:^|[,;\s])telephone\s*=\s*no\b/i.test(meta.getAttribute('content') ?? '')) return true;
  return false;
}

/** The top page's country hint, when this is a frame of the same origin; undefined otherwise. */
function topPageCountry(): string | undefined {
  if (window.top === window) return undefined;
  try {
    return countryFromPage(window.top!.document.documentElement.lang, window.top!.location.hostname);
  } catch {
    return undefined; // another origin: the background gives the tab's address hint (page-config)
  }
}

export default defineContentScript({
  // Registered by the background for exactly the granted sites (entrypoints/background/content-registration.ts).
  registration: 'runtime',
  runAt: 'document_idle',
  // No `window.postMessage` of "<extension id>:content:wxt:content-script-started" to the page.
  noScriptStartedPostMessage: true,
  // WXT's context (ctx) is deliberately not used: see claimLifetime.
  async main() {
    if (telephoneDetectionOff(document)) return;
    const life = claimLifetime();
    if (!life) return;
    // Never storage: the background hands over what detection needs, and no secret (see page-config).
    // Asked at the same time as the site's status (site-gate.ts), not one after the other.
    const configured = askBackground({ type: 'page-config' }).catch(() => undefined);
    let pageCountry: string | undefined;
    const ready = configured.then((config) => {
      // A frame that gives no hint of its own takes its top page's (read directly when same-origin).
      pageCountry = resolveDefaultCountry(
        countryFromPage(document.documentElement.lang, location.hostname) ?? topPageCountry() ?? config?.tabCountry,
        config?.defaultCountry,
        navigator.language,
      );
    });
    // Runs only while the site is allowed (not paused, not denied); stops and starts as that changes,
    // and starts again on a document rewritten by document.open().
    await runWhileAllowed(life, (signal, onCount) => {
      // A rewritten document may ask for no phone links.
      if (telephoneDetectionOff(document)) return () => undefined;
      const countries = [pageCountry, countryFromLanguage(document.documentElement.lang)];
      const tracker = trackNumbers(document, {
        // A page that names only its language (lang="de") gets that language's main country as a
        // last hint, tried only for national numbers that are not valid for pageCountry.
        match: (text, context) => findNumberMatches(text, countries, context),
        ignore: (element) => element.id === HOST_ID,
        onChange: onCount,
        // Bench builds compare the two designs: WXT_THRUDIAL_UNDERLINE=all npx wxt build.
        underline: import.meta.env.WXT_THRUDIAL_UNDERLINE === 'all' ? 'all' : 'near',
      });
      answerPageNumbers(() => tracker.numbers(), signal); // the popup's "Numbers on this page"
      const widget = mountWidget(document, {
        tracker,
        pageCountry,
        send: (message) => askBackground(message),
        signal,
        alive: () => !life.isInvalid,
      });
      return () => {
        tracker.stop();
        widget.destroy();
      };
    }, ready);
  },
});
