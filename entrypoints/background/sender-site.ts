/**
 * The address a content script's site decisions are made for, from what the browser says of the
 * sender (never from page data): the frame's own http(s) URL; for about:blank, srcdoc, data: and
 * blob: frames, the origin that created them, else the tab's page.
 */
export interface SenderAddress {
  url?: string;
  origin?: string;
  tabUrl?: string;
}

const WEB = /^https?:\/\//i;

export function siteUrlOf(sender: SenderAddress): string | undefined {
  if (sender.url && WEB.test(sender.url)) return sender.url;
  if (sender.origin && WEB.test(sender.origin)) return `${sender.origin}/`;
  return sender.tabUrl;
}
