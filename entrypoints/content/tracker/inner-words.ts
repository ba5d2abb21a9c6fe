/**
 * Text a page hides inside a number against scrapers: `(213) 373-<span style="display:none">spam</span>4253`.
 * The walk reads no style, so it cannot tell hidden text from shown; a run whose whole text holds no
 * number gets a second look without such words, and what is drawn is read from the style when the
 * run is matched (reading.ts, drawnPart). The second look only lets a run be read: the matcher
 * still decides on the drawn text alone.
 */
import { INLINE } from './dom';
import { makeRun, type Run } from './runs';
import { DIGIT } from './walk';

/**
 * What a number's text ends with right before the inner word, and starts with right after it: the
 * word touches both (a word set apart by spaces, "4253 or 4253", is the page's own text).
 */
const BEFORE_WORD = /[0-9\uFF10-\uFF19\-\u2010-\u2015./()]$/;
const AFTER_WORD = /^[0-9\uFF10-\uFF19\-\u2010-\u2015.(]/;

/**
 * The run without its inner words: text nodes inside an inline element, with no digit, touching
 * the characters of a number on both sides. Undefined when it has none.
 */
export function withoutInnerWords(run: Run): Run | undefined {
  const { nodes, starts, text } = run;
  let kept: Text[] | undefined;
  for (let i = 1; i < nodes.length - 1; i++) {
    const node = nodes[i]!;
    const end = starts[i]! + node.data.length;
    const inner =
      /\S/.test(node.data) && !DIGIT.test(node.data) && BEFORE_WORD.test(text.slice(Math.max(0, starts[i]! - 8), starts[i]!))
      && AFTER_WORD.test(text.slice(end, end + 8)) && INLINE.has(node.parentElement?.localName ?? '');
    if (inner) kept ??= nodes.slice(0, i);
    else kept?.push(node);
  }
  if (!kept) return undefined;
  kept.push(nodes[nodes.length - 1]!);
  return makeRun(kept);
}
