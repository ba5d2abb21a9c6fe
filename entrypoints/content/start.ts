/** Content script: wires the matcher, the observer and the widget to the page and the background. */
import { askBackground } from '@/utils/messaging/send-message';
import type { PageHints } from '@/utils/protocol/country';
import type { SiteDecision } from '@/utils/sites/site-policy';
import { matchInBackground } from './background-matcher';
import { askFirstScreen } from './first-screen';
import { whenFirstScreenParsed } from './first-screen-parsed';
import { trackNumbers } from './tracker';
import { claimLifetime } from './lifetime';
import { answerPageNumbers } from './page-numbers';
import { runWhileAllowed } from './site-gate';
import { mountWidget } from './widget';
import { isOwnHost } from './widget/style';

/** `<meta name="format-detection" content="telephone=no">`: the page asks for no phone links. */
function telephoneDetectionOff(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[name="format-detection" i]'))
    if (/(?:^|[,;\s])telephone\s*=\s*no\b/i.test(meta.getAttribute('content') ?? '')) return true;
  return false;
}

/**
 * What the page says of its country, for the background to read (page-config): its own lang and
 * host, and its top page's when this is a frame of the same origin.
 */
function pageHints(): PageHints {
  const own = { lang: document.documentElement.lang, hostname: location.hostname };
  if (window.top === window) return own;
  try {
    return { ...own, topLang: window.top!.document.documentElement.lang, topHostname: window.top!.location.hostname };
  } catch {
    return own; // another origin: the background gives the tab's address hint
  }
}

/** Finds and shows the page's numbers while the site is allowed (entrypoints/content-script.ts runs it). */
export async function startContentScript(): Promise<void> {
  await whenFirstScreenParsed(document);
  if (telephoneDetectionOff(document)) return;
  const life = claimLifetime();
  if (!life) return;
  // One start-up message, in the task after this one, with the top of the page's runs (first-screen.ts).
  // Never storage: the background hands over what detection needs, and no secret (see page-config),
  // with the site's status (site-gate.ts) and the first runs' matches in the same answer.
  // The background reads the country from the page's hints (utils/protocol/country.ts, pageCountries).
  const page = pageHints();
  const ignore = isOwnHost;
  let pageCountry: string | undefined;
  let countries: string[] = [];
  let tellSiteStatus!: (site: SiteDecision | undefined) => void;
  const siteStatus = new Promise<SiteDecision | undefined>((resolve) => (tellSiteStatus = resolve));
  const earlyAnswer = askFirstScreen(document, async (runs) => {
    const config = await askBackground({ type: 'page-config', page, ...(runs.length ? { runs } : {}) }).catch(() => undefined);
    pageCountry = config?.pageCountry;
    countries = config?.countries ?? [];
    tellSiteStatus(config?.site);
    return config?.matches;
  }, ignore);
  // Runs only while the site is allowed (not paused, not denied); stops and starts as that changes,
  // and starts again on a document rewritten by document.open().
  await runWhileAllowed(life, (signal, onCount) => {
    // A rewritten document may ask for no phone links.
    if (telephoneDetectionOff(document)) return () => undefined;
    const tracker = trackNumbers(document, {
      match: matchInBackground(async (runs) => askBackground({ type: 'match-runs', countries, runs }), ignore, earlyAnswer),
      ignore,
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
  }, siteStatus);
}
