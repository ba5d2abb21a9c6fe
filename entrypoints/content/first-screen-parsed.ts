/**
 * When the content script starts on a page that is still loading. It runs at document_start
 * (utils/sites/content-script.ts) so that the top of a long page is read and underlined while the
 * rest is still parsed (the body's walk then follows the parser: tracker/frontier.ts); it waits
 * for the body, which also means the head and its <meta> tags are read, and for the parsed part
 * to fill the viewport, so the first screenful is there to read and ask about in one message.
 */

/** How often it looks, besides each frame: a tab in the background gets no frames. */
const POLL_MS = 100;

/** Resolves once the page's parsed content reaches the bottom of the viewport, or the page is parsed. */
export function whenFirstScreenParsed(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    let frame = 0;
    // Read in a frame callback, when the browser lays the page out next anyway: the read forces nothing extra.
    const filled = () => doc.readyState !== 'loading' || (doc.body !== null && doc.body.getBoundingClientRect().bottom >= view.innerHeight);
    const check = (): boolean => {
      if (!filled()) return false;
      view.cancelAnimationFrame(frame);
      view.clearInterval(timer);
      doc.removeEventListener('readystatechange', check);
      resolve();
      return true;
    };
    const eachFrame = () => {
      if (!check()) frame = view.requestAnimationFrame(eachFrame);
    };
    const timer = view.setInterval(() => {
      if (doc.readyState !== 'loading') check();
    }, POLL_MS);
    doc.addEventListener('readystatechange', check);
    frame = view.requestAnimationFrame(eachFrame);
  });
}
