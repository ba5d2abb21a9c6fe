/**
 * What the page says around a run, for the matcher's labels, headers, tel: links and visibility,
 * as plain data (a RunQuery): sent to the background, or read by the matcher here (matchLocally).
 */
import type { MatchContext, NumberMatch } from '@/utils/matcher';
import { contextOfQuery, type RunQuery, type Span } from '@/utils/matcher/run-query';
import { worthMatching } from '@/utils/matcher/worth-matching';
import { blockOf, excludedElement, isElement, isInline, isText } from './dom';
import type { Run } from './runs';

const COMMENT_NODE = 8;

/** How much text before a run may serve as its label ("Fax", "Kundennummer"). */
const LABEL_CHARS = 40;

/** Matching in this page (tests): the matcher reads the same data the background gets. */
export function matchLocally(
  find: (text: string, context: MatchContext) => NumberMatch[],
  ignore?: (element: Element) => boolean,
): (run: Run) => NumberMatch[] {
  return (run) => find(run.text, contextOfQuery(runQueryOf(run, elementEdges(run), ignore)));
}

/**
 * A run as plain data for matching elsewhere (utils/matcher/run-query.ts): everything the
 * matcher may read of the page around it, read now (the content script sends only runs that may
 * give a number, and almost all of those need their label, header or visibility).
 */
export function runQueryOf(run: Run, edges: number[], ignore?: (element: Element) => boolean): RunQuery {
  const lang = sectionLang(run);
  const telLinks = telLinkSpans(run);
  const invisible = invisibleSpans(run);
  return {
    text: run.text,
    ...(edges.length ? { edges } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(telLinks.length ? { telLinks } : {}),
    labelBefore: labelBefore(run, ignore),
    columnHeader: columnHeader(run),
    headingAbove: headingAbove(run),
    ...(invisible.length ? { invisible } : {}),
  };
}

/** The span of the run's text each node covers. */
function spanOf(run: Run, i: number): Span {
  return [run.starts[i]!, run.starts[i]! + run.nodes[i]!.data.length];
}

/** The spans of the run's text that lie in one tel: link each (inTelLink as data). */
function telLinkSpans(run: Run): Span[] {
  const spans: Span[] = [];
  let link: Element | null | undefined;
  for (let i = 0; i < run.nodes.length; i++) {
    const a = run.nodes[i]!.parentElement?.closest('a[href]');
    const tel = a && /^\s*tel:/i.test(a.getAttribute('href') ?? '') ? a : undefined;
    if (tel && tel === link) spans[spans.length - 1] = [spans[spans.length - 1]![0], spanOf(run, i)[1]];
    else if (tel) spans.push(spanOf(run, i));
    link = tel;
  }
  return spans;
}

/** The spans of the run's text nodes that are laid out but not drawn (isInvisible as data). */
function invisibleSpans(run: Run): Span[] {
  const view = run.nodes[0]!.ownerDocument.defaultView;
  if (!view) return [];
  const spans: Span[] = [];
  for (let i = 0; i < run.nodes.length; i++) {
    const el = run.nodes[i]!.parentElement;
    const visibility = el ? view.getComputedStyle(el).visibility : '';
    if ((visibility === 'hidden' || visibility === 'collapse') && run.nodes[i]!.data.length) spans.push(spanOf(run, i));
  }
  return spans;
}

/**
 * Whether the matcher can find anything in a run (worthMatching, exact): the walk asks it of every
 * run with a digit, so a run that holds only dates, prices or ids costs no other read of the page.
 */
export function mayGiveNumber(run: Run): boolean {
  return worthMatching(run.text, elementEdges(run));
}

/**
 * Where an element starts or ends between two of the run's text nodes, as offsets into its text
 * ("0190</span><time>09:32"). Text nodes side by side, or apart only by a comment or a <wbr>
 * (a break opportunity inside a word), are one piece of text.
 */
export function elementEdges(run: Run): number[] {
  const edges: number[] = [];
  for (let i = 1; i < run.nodes.length; i++) {
    let n = run.nodes[i - 1]!.nextSibling;
    while (n && n !== run.nodes[i] && (n.nodeType === COMMENT_NODE || (isElement(n) && n.localName === 'wbr'))) n = n.nextSibling;
    if (n !== run.nodes[i]) edges.push(run.starts[i]!);
  }
  return edges;
}


/** The element a run's first text sits in, above its inline elements. */
function blockElementOf(run: Run): Element | null {
  let el = run.nodes[0]!.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el;
}

/** The `lang` of the run's nearest element that has one, below <html> (the page's own is read elsewhere). */
function sectionLang(run: Run): string | undefined {
  const el = run.nodes[0]!.parentElement?.closest('[lang]');
  return el && el !== el.ownerDocument.documentElement ? (el.getAttribute('lang') ?? undefined) : undefined;
}

/** The text of the header cell over the run's table cell: the same column of the table's first row. */
function columnHeader(run: Run): string {
  const cell = run.nodes[0]!.parentElement?.closest('td, th');
  const row = cell?.parentElement;
  const table = row?.closest('table') as HTMLTableElement | null | undefined;
  if (!cell || !row || !table || row.localName !== 'tr') return '';
  const header = table.tHead?.rows[0] ?? table.rows[0];
  if (!header || header === row) return '';
  let column = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) column += (c as HTMLTableCellElement).colSpan || 1;
  let at = 0;
  for (const h of header.cells) {
    if (at === column) return (h.textContent ?? '').slice(0, LABEL_CHARS);
    at += h.colSpan || 1;
    if (at > column) break;
  }
  return '';
}

/** How far up and back a heading over a run is looked for. */
const HEADING_LEVELS = 3;
const HEADING_SIBLINGS = 8;
const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/**
 * The nearest heading before the run's block: among its previous siblings, then its parent's,
 * a few levels up. A sibling that holds a heading of its own ends the search (another section).
 */
function headingAbove(run: Run): string {
  let el = blockElementOf(run);
  for (let level = 0; el && level < HEADING_LEVELS; level++, el = el.parentElement) {
    if (el.localName === 'body' || el.localName === 'html') break;
    let sibling = el.previousElementSibling;
    for (let hops = 0; sibling && hops < HEADING_SIBLINGS; hops++, sibling = sibling.previousElementSibling) {
      if (sibling.matches(HEADING)) return (sibling.textContent ?? '').slice(0, LABEL_CHARS);
      if (sibling.querySelector(HEADING)) return '';
    }
  }
  return '';
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

/** Navigation: a menu's "Contact" or "Kontakt" link labels no number near it. */
const NAVIGATION = 'a[href], nav, [role=navigation], menu';

function tailText(node: Node, ignore?: (element: Element) => boolean): string {
  if (isText(node)) return node.data.slice(-LABEL_CHARS);
  if (!isElement(node) || excludedElement(node, ignore)) return '';
  const lastText = deepestLast(node);
  const navigation = lastText?.parentElement?.closest(NAVIGATION);
  if (node.matches(NAVIGATION) || (navigation && node.contains(navigation))) return '';
  const walker = node.ownerDocument.createTreeWalker(node, 0x4); // SHOW_TEXT
  let text = '';
  const last = lastText;
  if (!last) return '';
  walker.currentNode = last;
  for (let n: Node | null = isText(last) ? last : walker.previousNode(); n && text.length < LABEL_CHARS; n = walker.previousNode())
    text = (n as Text).data + text;
  return text.slice(-LABEL_CHARS);
}

function deepestLast(node: Node): Node | null {
  let last: Node | null = node.lastChild;
  while (last?.lastChild) last = last.lastChild;
  return last;
}
