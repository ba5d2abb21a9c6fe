/**
 * A regular expression built the first time it is asked for. Why: V8 checks each RegExp literal
 * when the script is parsed, even inside a function never called, and a Unicode property class
 * such as [\p{L}\p{M}] costs 0.1-0.25 ms there (its character set is built): paid in every page's
 * content script at start, whether the page's text ever needs it or not. Only such costly ones go
 * through here, written as String.raw templates so they read as the literals did.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
