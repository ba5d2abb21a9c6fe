/**
 * What every message guard checks alike (message-guard.ts for the background, page-numbers-guard.ts
 * for the content script and the popup): who sent a message, and the shape of a bounded string.
 * Apart from message-guard.ts so that the content script's bundle holds none of the background's
 * guards (nor the settings table they check against).
 */
export interface SenderInfo {
  /** The sending extension's id (runtime.MessageSender.id). */
  id?: string;
  /** URL of the sending page or frame. */
  url?: string;
  /** Set when a content script sent it. */
  tabId?: number;
}

export const MAX_NUMBER_LENGTH = 64;
/** More numbers than any page shows; the badge is only a hint. */
export const MAX_COUNT = 1_000_000;

export const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;

/** Extension pages (options, popup) have our own origin, whether or not they sit in a tab. `ownBaseUrl` is runtime.getURL('/'). */
export const fromOwnPage = (sender: SenderInfo, ownBaseUrl: string): boolean =>
  typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
