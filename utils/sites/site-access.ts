/**
 * Which pages the browser lets ThruDial's content script run on: the host permissions the user
 * granted, as match patterns. Pure: no browser APIs here.
 */

/** "Allow on all sites": every web page (the manifest's optional_host_permissions). */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)?(\/.*)$/;

/** True when a match pattern (`https://*.example.org/*`, `<all_urls>`) covers the URL. Ports are ignored, as browsers do. */
export function matchesPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (pattern === '<all_urls>') return ['http', 'https', 'ws', 'wss', 'file', 'ftp'].includes(scheme);
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, patternScheme, patternHost = '', patternPath] = m;
  if (patternScheme === '*' ? scheme !== 'http' && scheme !== 'https' : patternScheme !== scheme) return false;
  if (!hostMatches(parsed.hostname, patternHost)) return false;
  return globMatches(parsed.pathname + parsed.search, patternPath!);
}

/** `*` any host; `*.example.org` example.org and its subdomains; otherwise exactly that host. */
export function hostMatches(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const wanted = pattern.toLowerCase();
  if (wanted === '*') return true;
  if (wanted.startsWith('*.')) {
    const base = wanted.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === wanted;
}

function globMatches(text: string, glob: string): boolean {
  const regex = new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(text);
}

/** True when any granted origin covers the URL. */
export function isGranted(url: string, grantedOrigins: readonly string[]): boolean {
  return grantedOrigins.some((pattern) => matchesPattern(url, pattern));
}

/** True when the grant covers every web page. */
export function allSitesGranted(grantedOrigins: readonly string[]): boolean {
  const set = new Set(grantedOrigins);
  return set.has('<all_urls>') || set.has('*://*/*') || ALL_SITES.every((p) => set.has(p));
}

/**
 * The content script's `matches` for the granted origins: exactly those web origins, or
 * `<all_urls>` when every site is granted. Sorted, so two grants compare equal as arrays.
 */
export function contentScriptMatches(grantedOrigins: readonly string[]): string[] {
  if (allSitesGranted(grantedOrigins)) return ['<all_urls>'];
  const web = grantedOrigins.filter((p) => PATTERN.test(p) && /^(\*|https?):/.test(p));
  return [...new Set(web)].sort();
}

/** The pattern to ask for to run on one page's site, e.g. `https://shop.example/*`; undefined for non-web pages. */
export function sitePermissionPattern(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return undefined;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}
