/**
 * Where the page's text and ThruDial's underlines are, read from Playwright: the underlined texts
 * of a document (its shadow trees included: their ranges share the document's highlight
 * registry), and the point of a text written in a document, in that document's viewport.
 */
import type { Frame, Page } from 'playwright-core';
import { HIGHLIGHT_NAME } from './shadow';

/** The underlined texts of a frame's document. */
export function underlined(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate((name) => [...((CSS as any).highlights?.get(name) ?? [])].map((r: Range) => r.toString()), HIGHLIGHT_NAME);
}

/** The point (in the frame's own viewport) at the middle of the first place `text` is written in its document. */
export async function textPointInFrame(frame: Frame | Page, text: string): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return undefined;
  }, text);
  if (!point) throw new Error(`"${text}" is not in the frame`);
  return point;
}
