/** A run: the consecutive text nodes of one block joined by inline elements, with offsets back to each node. */

export interface Run {
  nodes: Text[];
  /** Offset of each node's first character in the joined text. */
  starts: number[];
  text: string;
  /** Whether the run passed the cheap may-match test (set by the walker). */
  candidate?: boolean;
}

export function makeRun(nodes: Text[]): Run {
  const starts: number[] = new Array(nodes.length);
  const parts: string[] = new Array(nodes.length);
  let length = 0;
  for (let i = 0; i < nodes.length; i++) {
    const data = nodes[i]!.data;
    starts[i] = length;
    parts[i] = data;
    length += data.length;
  }
  return { nodes, starts, text: nodes.length === 1 ? parts[0]! : parts.join('') };
}

/** Index of the node holding character `pos` (for an end offset, pass pos - 1). */
export function nodeIndexAt(run: Run, pos: number): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (run.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
