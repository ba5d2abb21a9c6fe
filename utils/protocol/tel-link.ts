/** The number a `tel:` or `callto:` link names. Pure; the background still parses what it gets. */

/**
 * RFC 3966 style: the scheme (and a `//` callto links often carry), the `;parameters`, query and
 * fragment are dropped and the rest is percent-decoded; a global `phone-context=+CC` is put in
 * front of a local number. Undefined for any other link or an empty number.
 */
export function telLinkNumber(href: string): string | undefined {
  const scheme = /^\s*(?:tel|callto):(?:\/\/)?/i.exec(href);
  if (!scheme) return undefined;
  const [body = '', ...params] = href.slice(scheme[0].length).split(/[?#]/, 1)[0]!.split(';');
  let number: string;
  try {
    number = decodeURIComponent(body).trim();
  } catch {
    return undefined;
  }
  if (number && !number.startsWith('+')) {
    const context = params.map((p) => /^phone-context=(\+[\d\-.()]+)$/i.exec(p)?.[1]).find(Boolean);
    if (context) number = context + number;
  }
  return number || undefined;
}
