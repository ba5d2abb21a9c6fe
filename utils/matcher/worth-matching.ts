/**
 * Whether findNumberMatches can find anything in a run: the exits it takes before
 * libphonenumber-js, without libphonenumber-js, so the content script sends only runs that may
 * give a number (on a page with dates, prices and order numbers, most runs with digits give
 * none). Exact, not a guess: a run this says no to gets [] from the matcher too.
 */
import { gluedEdges } from './glued-edges';
import { mayHoldNumber, normalize } from './normalize';
import { mayGiveCandidate } from './prefilter';

export function worthMatching(text: string, elementEdges: readonly number[] | undefined): boolean {
  if (!mayHoldNumber(text)) return false;
  // Read twice at glued element edges (element-breaks.ts): the matcher decides.
  if (gluedEdges(text, elementEdges).length) return true;
  const { text: normalized } = normalize(text);
  // A vanity number needs a word of capitals (vanity.ts); the rest a candidate cluster (prefilter.ts).
  return /[A-Z]{3}/.test(normalized) || mayGiveCandidate(normalized);
}
