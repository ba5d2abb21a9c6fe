/** Element edges between two digit groups written with no space (see element-breaks.ts). No dependencies: the content script reads it too. */

/** A digit (or closing bracket) before the edge and a digit (or opening bracket, plus) after it: no space between. */
const BEFORE_EDGE = /[\p{Nd})\]\uFF09\uFF3D]/u;
const AFTER_EDGE = /[\p{Nd}(\[+\uFF08\uFF3B\uFF0B]/u;

/** The element edges (offsets into `text`) that stand between two digit groups with no space. */
export function gluedEdges(text: string, edges: readonly number[] | undefined): number[] {
  if (!edges?.length) return [];
  return edges
    .filter((at) => at > 0 && at < text.length && BEFORE_EDGE.test(text[at - 1]!) && AFTER_EDGE.test(text[at]!))
    .sort((a, b) => a - b);
}
