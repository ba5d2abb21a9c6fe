/**
 * When the content script starts on a page that is still loading. It runs at document_start
 * (utils/sites/content-script.ts) so that the top of a long page is read and underlined while the
 * rest is still parsed (the tracker then reads that first screenful and holds until the page is
 * parsed: tracker/parsing.ts); it waits for the body, which also means the head and its <meta>
 * tags are read, and for the parsed part to fill the viewport, so the first screenful is there to
 * read and ask about in one message.
 */
import { holdWhileParsed } from './tracker/parsing';

/**
 * Resolves once the page's parsed content reaches the bottom of the viewport (and the body is there),
 * or the page is parsed (told as the tracker is told: tracker/parsing.ts). The document element's box
 * is told by an IntersectionObserver (threshold 1: it stops fitting in the viewport), from the
 * browser's own layout and in a task of its own: asking for the box (getBoundingClientRect) while
 * the parser adds would lay out a big page in ThruDial's task, and a ResizeObserver's or
 * MutationObserver's callback runs inside the page's own frame or parser task.
 */
export function whenFirstScreenParsed(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    let boxes: IntersectionObserver | undefined;
    const done = () => {
      parsing.cancel();
      boxes?.disconnect();
      resolve();
    };
    const parsing = holdWhileParsed(doc, done);
    const root = doc.documentElement;
    if (!root || typeof view.IntersectionObserver !== 'function') return;
    boxes = new view.IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1]!;
        if (doc.body && entry.rootBounds && entry.boundingClientRect.bottom >= entry.rootBounds.bottom) done();
      },
      { threshold: 1 },
    );
    boxes.observe(root);
  });
}
