/**
 * The user's per-site choices: sites paused from the popup, and the allow and deny lists of the
 * options page. Pure: the background and the pages pass in what the browser granted.
 */
import { problem, type Problem } from '../protocol/problem';
import { hostMatches, isGranted } from './site-access';

export interface SitePolicy {
  /** Origins (`https://shop.example`) where the user paused ThruDial from the popup. */
  paused: string[];
  /** Host patterns (`example.com`, `*.example.org`) the user chose to run on. */
  allow: string[];
  /** Host patterns ThruDial never runs on, even with access to every site. */
  deny: string[];
}

export const EMPTY_SITE_POLICY: SitePolicy = { paused: [], allow: [], deny: [] };

/**
 * - `on`: the content script runs.
 * - `paused`: the user paused this origin from the popup.
 * - `denied`: the host is on the deny list (and no more specific allow entry names it).
 * - `no-permission`: the browser did not grant ThruDial this site (or it is not a web page).
 */
export type SiteDecision = 'on' | 'paused' | 'denied' | 'no-permission';

/** `https://shop.example:8443/a` -> `https://shop.example:8443`; undefined for non-web pages. */
export function siteOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** How narrowly a host pattern names a site: an exact host beats any wildcard, a longer suffix beats a shorter one. */
function specificity(pattern: string): number {
  return pattern.startsWith('*.') ? pattern.length - 2 : Number.MAX_SAFE_INTEGER;
}

/** The most specific pattern in `patterns` that covers `hostname`, as its specificity (-1: none). */
function bestMatch(hostname: string, patterns: readonly string[]): number {
  let best = -1;
  for (const p of patterns) if (hostMatches(hostname, p)) best = Math.max(best, specificity(p));
  return best;
}

/**
 * Whether ThruDial runs on `url`. Deny wins over the grant and over a pause; an allow entry lifts
 * a deny only when it names the site more narrowly (deny `*.example.org`, allow `www.example.org`).
 */
export function siteDecision(url: string, policy: SitePolicy, granted: readonly string[]): SiteDecision {
  const origin = siteOrigin(url);
  if (!origin) return 'no-permission';
  const { hostname } = new URL(url);
  const denied = bestMatch(hostname, policy.deny);
  if (denied >= 0 && bestMatch(hostname, policy.allow) <= denied) return 'denied';
  if (!isGranted(url, granted)) return 'no-permission';
  if (policy.paused.includes(origin)) return 'paused';
  return 'on';
}

/** The policy with `origin` paused or resumed. */
export function withPaused(policy: SitePolicy, origin: string, paused: boolean): SitePolicy {
  const others = policy.paused.filter((o) => o !== origin);
  return { ...policy, paused: paused ? [...others, origin] : others };
}

/** The host permissions an allow entry needs: `*.example.org` -> http and https on example.org and its subdomains. */
export function hostPatternOrigins(pattern: string): string[] {
  return [`http://${pattern}/*`, `https://${pattern}/*`];
}

export interface HostListProblem {
  /** 1-based line in the text the user typed. */
  line: number;
  text: string;
  problem: Problem;
}

/** Why an entry is not a host pattern; undefined when it is one. */
export function hostPatternProblem(entry: string): Problem | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return problem('errSiteScheme');
  if (entry.includes('/')) return problem('errSitePath');
  if (/\s/.test(entry)) return problem('errSiteSpaces');
  if (entry.includes(':')) return problem('errSitePort');
  if (entry === '*' || entry === '*.') return problem('errSiteStar');
  if (entry.slice(entry.startsWith('*.') ? 2 : 0).includes('*')) return problem('errSiteWildcard');
  const host = entry.startsWith('*.') ? entry.slice(2) : entry;
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    return problem('errSiteInvalid');
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(ascii) || ascii.split('.').some((label) => label.startsWith('-') || label.endsWith('-')))
    return problem('errSiteInvalid');
  return undefined;
}

/** Normalised form of a valid entry: lower case, IDN as punycode, no trailing dot. */
function normalise(entry: string): string {
  const wildcard = entry.startsWith('*.');
  const host = new URL(`http://${wildcard ? entry.slice(2) : entry}/`).hostname.replace(/\.$/, '');
  return wildcard ? `*.${host}` : host;
}

/** One host pattern per line; blank lines are skipped and repeats kept once. */
export function parseHostList(text: string): { patterns: string[]; problems: HostListProblem[] } {
  const patterns: string[] = [];
  const problems: HostListProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const entry = raw.trim();
    if (!entry) return;
    const refused = hostPatternProblem(entry.replace(/\.$/, ''));
    if (refused) problems.push({ line: i + 1, text: entry, problem: refused });
    else {
      const pattern = normalise(entry);
      if (!patterns.includes(pattern)) patterns.push(pattern);
    }
  });
  return { patterns, problems };
}
