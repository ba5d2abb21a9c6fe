/** Content script: wires the matcher, the observer and the widget to the page and the background. */
import { browser } from 'wxt/browser';
import type { CallOutcome, Message, PageConfig } from '@/utils/messages';
import { countryFromLanguage, countryFromPage } from '@/utils/country';
import { findNumberMatches, resolveDefaultCountry } from './matcher';
import { trackNumbers } from './observer';
import { runWhileAllowed } from './site-gate';
import { HOST_ID, mountWidget } from './widget';

/** `<meta name="format-detection" content="telephone=no">`: the page asks for no phone links. */
function telephoneDetectionOff(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[name="format-detection" i]'))
    if (/(?:^|[,;\s])telephone\s*=\s*no\b/i.test(meta.getAttribute('content') ?? '')) return true;
  return false;
}

export default defineContentScript({
  // Registered by the background for exactly the granted sites (entrypoints/background/content-registration.ts).
  registration: 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    if (telephoneDetectionOff(document)) return;
    // Never storage: the background hands over what detection needs, and no secret (see page-config).
    const config = await (browser.runtime.sendMessage({ type: 'page-config' } satisfies Message) as Promise<PageConfig | undefined>)
      .catch(() => undefined);
    if (ctx.isInvalid) return;
    const pageCountry = resolveDefaultCountry(
      countryFromPage(document.documentElement.lang, location.hostname),
      config?.defaultCountry,
      navigator.language,
    );
    // Runs only while the site is allowed (not paused, not denied); stops and starts as that changes.
    await runWhileAllowed(ctx, (signal, onCount) => {
      const countries = [pageCountry, countryFromLanguage(document.documentElement.lang)];
    const tracker = trackNumbers(document, {
        // A page that names only its language (lang="de") gets that language's main country as a
      // last hint, tried only for national numbers that are not valid for pageCountry.
      match: (text, context) => findNumberMatches(text, countries, context),
        ignore: (element) => element.id === HOST_ID,
        onChange: onCount,
      });
      const widget = mountWidget(document, {
        tracker,
        pageCountry,
        send: (message) => browser.runtime.sendMessage(message) as Promise<CallOutcome>,
        signal,
      });
      return () => {
        tracker.stop();
        widget.destroy();
      };
    });
  },
});
