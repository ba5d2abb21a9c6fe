/**
 * Element edges inside a run of text. Digits in one element written right against digits in the
 * next join into one digit string ("773-555-0190<time>09:32</time>" reads "773-555-019009:32"),
 * and that string alone cannot tell a number split across elements ("<span>030</span><span>1234567</span>",
 * "<b>+1</b>(213) …") from a number with something else after it. So such a run is read twice:
 * as joined, and with a space at each of those edges. The joined reading stands unless the
 * spaced reading ends or starts another number right at an edge within it (the joined one would
 * change the number); the spaced reading adds the numbers that end or start at an edge where the
 * joined one found nothing, never one that reads across an edge. No reading goes on
 * across an edge into a time, date or note ("…0190<time>09:32</time>"), or out of one. A spaced-reading
 * number that the digits right across its edge would continue into a longer one ("0049 89 123"
 * of "0049 89 123<mark>4567</mark>") counts for neither: part of a number is a wrong number; nor
 * does a number, of either reading, that is only part of digits running on across an edge and
 * does not end or start at that edge ("(2<b>13) 373-4253" read as "373-4253").
 */
import type { NumberMatch } from './index';
import { breakBeforeNonNumbers } from './candidates';
import { CLUSTER } from './prefilter';

/** `text` with a space at each edge, and the way back from its offsets to the text's. */
export function spacedAt(text: string, edges: readonly number[]): { text: string; toText: (at: number) => number } {
  let spaced = '';
  let from = 0;
  for (const at of edges) {
    spaced += text.slice(from, at) + ' ';
    from = at;
  }
  spaced += text.slice(from);
  // The k-th space (0-based) sits at edges[k] + k in the spaced text.
  const toText = (at: number) => {
    let inserted = 0;
    while (inserted < edges.length && edges[inserted]! + inserted < at) inserted++;
    return at - inserted;
  };
  return { text: spaced, toText };
}

/** How many digits across an edge are tried as more of the number. */
const MAX_CARRIED_DIGITS = 6;

const overlap = (a: NumberMatch, b: NumberMatch) => a.start < b.end && b.start < a.end;
const across = (m: NumberMatch, at: number) => m.start < at && at < m.end;

/**
 * A time, date or note right after the edge ("0190|09:32", "1234567|24/7", "0018|(2 April"): no
 * more digits of a number, as after a space (see breakBeforeNonNumbers). Read only up to the next
 * edge: another element's text is not part of this one's note.
 */
function nonNumberAfter(text: string, at: number, edges: readonly number[]): boolean {
  const next = edges.find((e) => e > at) ?? text.length;
  return breakBeforeNonNumbers(`0 ${text.slice(at, Math.min(next, at + 24))}`).startsWith('0|');
}

/**
 * The same right before the edge ("09:32|020 …", "2024-05-12|0049 …", "24/7|213-…"): no digits of
 * the number after it. Read back only to the edge before, and only over digits and the marks of
 * times and dates: in "24/7|2|13-373-4253" the "2" in an element of its own is no "24/72".
 */
function nonNumberBefore(text: string, at: number, edges: readonly number[]): boolean {
  const previous = edges.findLast((e) => e < at) ?? 0;
  // Only the digits and their marks right before the edge: in "10:00–18:00,0|20 …" or
  // "04/21/2020Phone:2|13-…" the "0" or "2" is no time or date.
  const token = /[\p{Nd}:./h-]*$/u.exec(text.slice(Math.max(0, previous, at - 24), at))![0];
  return token !== '' && breakBeforeNonNumbers(`0 ${token}`).startsWith('0|');
}

const breakAt = (text: string, at: number, edges: readonly number[]) => nonNumberAfter(text, at, edges) || nonNumberBefore(text, at, edges);

/**
 * The spaced reading's matches, less those that end (or start) at an edge where the digits
 * written right across it would carry on the number: `readsAsOne` says whether a text is one
 * number from end to end.
 */
export function withoutCutNumbers(
  text: string,
  spaced: NumberMatch[],
  edges: readonly number[],
  readsAsOne: (text: string) => boolean,
): NumberMatch[] {
  // Any of the first few digits across the edge may be the number's own ("…425|3|04/21/2020").
  const carriesOn = (digits: string, join: (part: string) => string) => {
    for (let n = 1; n <= Math.min(digits.length, MAX_CARRIED_DIGITS); n++) if (readsAsOne(join(digits.slice(0, n)))) return true;
    return false;
  };
  return spaced.filter((m) => {
    const written = text.slice(m.start, m.end);
    if (edges.includes(m.end) && !nonNumberAfter(text, m.end, edges)) {
      const on = /^\p{Nd}+/u.exec(text.slice(m.end))?.[0] ?? '';
      if (carriesOn(on, (part) => written + part)) return false;
    }
    if (edges.includes(m.start) && !nonNumberBefore(text, m.start, edges)) {
      const back = [.../\p{Nd}+$/u.exec(text.slice(0, m.start))?.[0] ?? ''].reverse().join('');
      // Up to its last digit: an extension word glued after it ("…4253ext. 12") is no part of the question.
      const digitsUpToEnd = written.replace(/\P{Nd}+$/u, '');
      if (carriesOn(back, (part) => [...part].reverse().join('') + digitsUpToEnd)) return false;
    }
    return true;
  });
}

/**
 * Whether an edge stands in the digit cluster around `m` outside `m` itself: a reading took part
 * of digits that run on across an edge ("2024-05-12|020 7946 0018" read as "7946 0018").
 */
function edgeBesideInCluster(text: string, m: NumberMatch, edges: readonly number[]): boolean {
  const cluster = CLUSTER();
  cluster.lastIndex = 0;
  for (let c = cluster.exec(text); c; c = cluster.exec(text)) {
    const start = c.index;
    const end = start + c[0].length;
    if (end <= m.start) continue;
    if (start >= m.end) break;
    return edges.some((at) => at > start && at < end && (at <= m.start || at >= m.end));
  }
  return false;
}

/** The matches of both readings that stand (see above), in text order. */
export function reconcileReadings(text: string, joined: NumberMatch[], spaced: NumberMatch[], edges: readonly number[]): NumberMatch[] {
  const atEdge = (s: NumberMatch) => edges.includes(s.start) || edges.includes(s.end);
  const same = (a: NumberMatch, b: NumberMatch) => a.start === b.start && a.end === b.end;
  const kept = joined.filter(
    (j) =>
      !edges.some((at) => across(j, at) && breakAt(text, at, edges)) &&
      !spaced.some((s) => atEdge(s) && overlap(s, j) && !same(s, j)) &&
      // Part of a cluster that runs on across an edge (even one that crosses an edge itself:
      // "2024-05-12<e>020 7946 0<e>018" read as "7946 0018"): only as the spaced reading reads it too.
      (!edgeBesideInCluster(text, j, edges) || spaced.some((s) => same(s, j))),
  );
  // The edges a spaced match starts or ends at are its own ("…0190<e>09:32"); any other in its
  // cluster means it took part of digits running on ("(2<e>13) 373-4253<e>[1]" read as "373-4253").
  const added = spaced.filter(
    (s) => !edges.some((at) => across(s, at)) && !kept.some((k) => overlap(k, s)) &&
      !edgeBesideInCluster(text, s, edges.filter((at) => at !== s.start && at !== s.end)),
  );
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}
