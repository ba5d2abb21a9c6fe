/** Cheap exits before libphonenumber-js: digit clusters that cannot give a number the guards keep. */
import { isDateShaped, isTechnicalShape, UNSPACED_LETTER } from './shapes';
import { LABEL_REACH, LABEL_RIGHT_BEFORE, LABEL_WORDS, labelOf } from './labels';
import { lazyRegExp } from '@/utils/lazy-regexp';

/**
 * Digit groups as libphonenumber-js may take them for one candidate: digits (any script, as
 * its \p{Nd}) with up to 4 of its separators between groups and its leading brackets and plus.
 * Every candidate it reads, inner ones included, lies inside one such cluster.
 */
export const CLUSTER = lazyRegExp(String.raw`[(\[\uFF08\uFF3B+\uFF0B]*\p{Nd}(?:[-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E]{0,4}\p{Nd})*`, 'gu');
const ISO_OR_DOTTED_DATE = /^\d{4}([-.])\d{1,2}\1\d{1,2}$/;
const DAY_MONTH_DATE = /^\d{1,2}([-./])\d{1,2}\1(?:\d{2}|\d{4})$/;
const GLUED_BEFORE = lazyRegExp(String.raw`[\p{L}\p{N}#@_=?&/\\]`, 'u');
const GLUED_AFTER = lazyRegExp(String.raw`[\p{L}\p{N}@_%/\\]`, 'u');

/**
 * Whether libphonenumber-js is worth asking about `text` (normalized): some digit cluster may
 * give a number the guards below keep. A cluster gives none when it has fewer than 7 digits (6 in
 * groups right after a phone label may be a short service number, "call 13 22 11"), or
 * when it is exactly a date, an IP address or a dotted version (the shape guards reject the whole,
 * and every inner candidate starts right after a '.', '/' or '-' glued to a digit, which
 * hasBadNeighbours rejects), or unbroken digits glued to a word or a '#' (hasBadNeighbours).
 * Most runs on a page with dates, prices and order numbers end here.
 */
export function mayGiveCandidate(text: string): boolean {
  const clusters = CLUSTER();
  clusters.lastIndex = 0;
  for (let m = clusters.exec(text); m; m = clusters.exec(text)) {
    const cluster = m[0];
    let digits = 0;
    for (let i = 0; i < cluster.length; i++) {
      const c = cluster.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c > 127 && /\p{Nd}/u.test(cluster[i]!)) digits++;
    }
    if (digits < 6 || (digits === 6 && !shortServiceCue(text, m.index, cluster))) continue;
    if (/^[\d.\-/]+$/.test(cluster)) {
      if ((ISO_OR_DOTTED_DATE.test(cluster) || DAY_MONTH_DATE.test(cluster)) && isDateShaped(cluster)) continue;
      if (!/[-/]/.test(cluster) && isTechnicalShape(cluster) && cluster.includes('.')) continue;
      if (/^\d+$/.test(cluster)) {
        const before = text[m.index - 1] ?? '';
        const after = text[m.index + cluster.length] ?? '';
        // Glued to a Latin word or an id mark; CJK text has no spaces to leave (see UNSPACED_LETTER).
        const glued = (c: string, mark: RegExp) => c !== '' && mark.test(c) && !UNSPACED_LETTER().test(c);
        if (glued(before, GLUED_BEFORE()) || glued(after, GLUED_AFTER())) continue;
      }
    }
    return true;
  }
  return false;
}

/** A 6-digit cluster written in groups with a phone label right before it: the only way a short service number is taken. */
function shortServiceCue(text: string, start: number, cluster: string): boolean {
  if (!/\d\D+\d/.test(cluster)) return false;
  const segment = text.slice(Math.max(0, start - LABEL_REACH), start);
  return LABEL_RIGHT_BEFORE().test(segment) && labelOf(segment, LABEL_WORDS) === 'phone';
}
