/** Which tracked number is drawn at a viewport point: the caret position first, then the ranges' boxes. */

export interface HitTarget {
  readonly range: Range;
}

export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    // With shadowRoots, the caret may land inside those trees instead of at their host.
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }
  return undefined;
}

export function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/** The first of `candidates` whose boxes contain the point (at most `limit` are measured). */
export function hitByBoxes<T extends HitTarget>(candidates: Iterable<T>, x: number, y: number, limit: number): T | undefined {
  let measured = 0;
  for (const t of candidates) {
    if (++measured > limit) return undefined;
    if (rectsContain(t.range, x, y)) return t;
  }
  return undefined;
}
