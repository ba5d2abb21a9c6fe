/** Content script: wires the matcher, the observer and the widget to the page and the background. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { CallOutcome } from '@/utils/messages';
import { countryFromPage } from '@/utils/phone';
import type { Settings } from '@/utils/settings';
import { findNumberMatches, resolveDefaultCountry } from './matcher';
import { trackNumbers } from './observer';
import { HOST_ID, mountWidget } from './widget';

/** `<meta name="format-detection" content="telephone=no">`: the page asks for no phone links. */
function telephoneDetectionOff(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[name="format-detection" i]'))
    if (/(?:^|[,;\s])telephone\s*=\s*no\b/i.test(meta.getAttribute('content') ?? '')) return true;
  return false;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    if (telephoneDetectionOff(document)) return;
    const settings = await storage.getItem<Partial<Settings>>('local:settings').catch(() => null);
    if (ctx.isInvalid) return;
    const pageCountry = resolveDefaultCountry(
      countryFromPage(document.documentElement.lang, location.hostname),
      settings?.defaultCountry,
      navigator.language,
    );
    const tracker = trackNumbers(document, {
      match: (text) => findNumberMatches(text, pageCountry),
      ignore: (element) => element.id === HOST_ID,
    });
    const widget = mountWidget(document, {
      tracker,
      pageCountry,
      send: (message) => browser.runtime.sendMessage(message) as Promise<CallOutcome>,
      signal: ctx.signal,
    });
    ctx.onInvalidated(() => {
      tracker.stop();
      widget.destroy();
    });
  },
});
