/**
 * How ThruDial's underline is drawn: the style of its CSS Custom Highlight, written into the
 * build as `underline.css` (wxt.config.ts) and registered with the content script
 * (entrypoints/background/content-registration.ts). The browser then applies it from the first
 * byte of every page, in the document and in every shadow tree, without a style sheet the page
 * can see and without restyling a page that already has content (adopting a sheet into a 5 MB
 * document cost one 500-600 ms restyle).
 */
import { HIGHLIGHT_NAME } from './underline';

/** Where the build puts the style, relative to the extension's root. */
export const UNDERLINE_CSS_FILE = 'underline.css';

const DECLARATIONS = 'text-decoration: underline dotted; text-decoration-thickness: from-font; text-underline-offset: 0.15em;';

/**
 * Chromium inherits highlight styles (CSS highlight inheritance), so the rule sits on :root only;
 * a universal `::highlight()` rule gives every element highlight styles of its own (+11 MB of
 * renderer memory on a 5 MB page). Firefox does not inherit them and needs the universal rule.
 */
export function underlineCss(browser: string): string {
  const selector = browser === 'firefox' ? `::highlight(${HIGHLIGHT_NAME})` : `:root::highlight(${HIGHLIGHT_NAME})`;
  return `${selector} { ${DECLARATIONS} }\n`;
}
