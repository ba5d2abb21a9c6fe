/** Which optional host permission the call-through service needs. Pure: no browser APIs here. */

/**
 * The match pattern for a service URL template's origin, e.g. `https://example.com/*`, or
 * undefined when the URL is not http(s) or its host is still a placeholder. `%account[KEY]%`
 * in the host is filled from `account` first. Match patterns ignore the port, so none is kept.
 */
export function originPattern(url: string, account: Record<string, string> = {}): string | undefined {
  const expanded = url.trim().replace(/%account\[([^\]%]*)\]%/g, (_, key: string) => account[key] ?? '');
  const authority = /^(https?):\/\/([^/?#]*)/i.exec(expanded);
  if (!authority) return undefined;
  let parsed: URL;
  try {
    // Only the scheme and authority: the rest of the template may hold placeholders.
    parsed = new URL(`${authority[1]}://${authority[2]}/`);
  } catch {
    return undefined;
  }
  if (!parsed.hostname || parsed.hostname.includes('%')) return undefined;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** `https://example.com/*` -> `https://example.com`, for messages to the user. */
export function originLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}
