/**
 * What the page says around a run, for the matcher's labels: read lazily, only when the matcher
 * asks (most runs never need it).
 */
import type { MatchContext } from '../matcher';
import { blockOf, excludedElement, isElement, isText } from './dom';
import { nodeIndexAt, type Run } from './runs';

/** How much text before a run may serve as its label ("Fax", "Kundennummer"). */
const LABEL_CHARS = 40;

export function matchContextFor(run: Run, ignore?: (element: Element) => boolean): MatchContext {
  return {
    labelBefore: () => labelBefore(run, ignore),
    inTelLink: (start, end) => inTelLink(run, start, end),
  };
}

/**
 * The text just before a run, where its label stands when the run has none: the previous
 * inline text of the block (after a <br>), else the previous table cell, the <dt> of a <dd>,
 * or the block's previous sibling. Only the last LABEL_CHARS characters are read.
 */
function labelBefore(run: Run, ignore?: (element: Element) => boolean): string {
  const block = blockOf(run.nodes[0]!);
  let from: Node | null = null;
  for (let n: Node | null = run.nodes[0]!; n && n !== block && !from; n = n.parentNode) from = n.previousSibling;
  if (!from && block && isElement(block)) {
    from = block.previousElementSibling;
    if (block.localName === 'dd') while (from && (from as Element).localName !== 'dt') from = (from as Element).previousElementSibling;
  }
  // Skip what holds no text (<br>, <img>, blank text) for a few siblings.
  for (let hops = 0; from && hops < 4; hops++, from = from.previousSibling) {
    const text = tailText(from, ignore);
    if (text.trim()) return text;
  }
  return '';
}

function tailText(node: Node, ignore?: (element: Element) => boolean): string {
  if (isText(node)) return node.data.slice(-LABEL_CHARS);
  if (!isElement(node) || excludedElement(node, ignore)) return '';
  const walker = node.ownerDocument.createTreeWalker(node, 0x4); // SHOW_TEXT
  let text = '';
  let last: Node | null = node.lastChild;
  while (last?.lastChild) last = last.lastChild;
  if (!last) return '';
  walker.currentNode = last;
  for (let n: Node | null = isText(last) ? last : walker.previousNode(); n && text.length < LABEL_CHARS; n = walker.previousNode())
    text = (n as Text).data + text;
  return text.slice(-LABEL_CHARS);
}

function inTelLink(run: Run, start: number, end: number): boolean {
  const a = run.nodes[nodeIndexAt(run, start)]!.parentElement?.closest('a[href]');
  return Boolean(a && a === run.nodes[nodeIndexAt(run, end - 1)]!.parentElement?.closest('a[href]') && /^\s*tel:/i.test(a.getAttribute('href') ?? ''));
}
