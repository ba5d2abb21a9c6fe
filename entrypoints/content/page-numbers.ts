/**
 * The popup's "Numbers on this page": answers `page-numbers` from ThruDial's own pages with the
 * numbers the page shows, in page order, each with the words that label it ("Sales"). Knows
 * nothing of how numbers are found: it takes a getter of the tracked numbers and their Ranges.
 */
import { browser } from 'wxt/browser';
import { isPageNumbersRequest, MAX_LABEL_LENGTH, MAX_PAGE_NUMBERS } from '@/utils/messaging/page-numbers-guard';
import type { PageNumber, PageNumbers } from '@/utils/messaging/messages';
import { labelOf as matcherLabelOf } from '@/utils/matcher/labels';
import { lazyRegExp } from '@/utils/lazy-regexp';

export interface ShownNumber {
  text: string;
  country?: string;
  range: Range;
}

/** Answers the popup while `signal` is not aborted (the run's signal: a paused site lists nothing). */
export function answerPageNumbers(numbers: () => ShownNumber[], signal: AbortSignal): void {
  if (signal.aborted) return;
  // Answered through sendResponse, at once: a returned promise is not an answer in Chromium before 148
  // (the content script talks to the browser's own namespace, entrypoints/content/browser-namespace.ts).
  const listener = (raw: unknown, sender: { id?: string; url?: string; tab?: { id?: number } }, sendResponse: (answer: PageNumbers) => void) => {
    const asked = isPageNumbersRequest(raw, { id: sender.id, url: sender.url, tabId: sender.tab?.id }, browser.runtime.id, browser.runtime.getURL('/'));
    if (!asked || signal.aborted) return undefined; // another listener's message
    sendResponse(listPageNumbers(numbers()));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** The numbers in page order with their labels; fax lines never (the matcher drops them already). */
export function listPageNumbers(shown: ShownNumber[]): PageNumbers {
  const live = shown.filter((n) => n.range.startContainer.isConnected && !n.range.collapsed);
  live.sort((a, b) => compareInPage(a.range, b.range));
  const numbers: PageNumber[] = [];
  live.forEach((number, index) => {
    const found = labelOf(number.range, live[index - 1]?.range);
    if (found.fax) return;
    numbers.push({
      text: number.text.slice(0, 64),
      ...(number.country && /^[A-Z]{2}$/.test(number.country) ? { country: number.country } : {}),
      ...(found.label ? { label: found.label } : {}),
    });
  });
  return { numbers: numbers.slice(0, MAX_PAGE_NUMBERS), total: numbers.length };
}

// ---- page order, across shadow roots ----------------------------------------------------------

/** The shadow hosts around a node, outermost first (none for a node in the document itself). */
function hostsOf(node: Node): Element[] {
  const hosts: Element[] = [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) hosts.unshift(root.host);
  return hosts;
}

/** Negative when `a` starts before `b` in the page as drawn (a shadow tree counts where its host is). */
function compareInPage(a: Range, b: Range): number {
  const hostsA = hostsOf(a.startContainer);
  const hostsB = hostsOf(b.startContainer);
  for (let i = 0; ; i++) {
    const nodeA = hostsA[i];
    const nodeB = hostsB[i];
    if (nodeA && nodeA === nodeB) continue;
    if (!nodeA && !nodeB) return a.compareBoundaryPoints(Range.START_TO_START, b); // the same tree
    const position = (nodeA ?? a.startContainer).compareDocumentPosition(nodeB ?? b.startContainer);
    return position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 0;
  }
}

// ---- labels --------------------------------------------------------------------------------

/** Words that only say "phone" ("Tel.", "Phone:"): no label of their own. */
const PHONE_WORD = /^(?:t|m|p|ph|tel|tél|tlf|telefon|telephone|téléphone|telefono|teléfono|phone|fon|mob|mobil|mobile|cell|handy|call|ruf|тел|телефон)$/i;
const FAX_WORD = /^(?:tele)?fax|^t[ée]l[ée]copie$|^faks$|^(?:теле)?факс$|^φαξ$|^(?:传真|傳真|팩스|ファクス|ファックス)$/i;
const WORD = lazyRegExp(String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*`, 'gu');
/** A label's last word, which may be a phone word to drop. */
const TAIL_WORD = lazyRegExp(String.raw`[\p{L}\p{M}.]+$`, 'u');
/** A label does not reach back across these (list separators, another entry). */
const STOP = /[|·•;\n\r]/;
const MAX_LABEL_WORDS = 4;
const INVISIBLE = lazyRegExp(String.raw`[\p{Cc}\p{Cf}\u2028\u2029]+`, 'gu');
const LETTER = lazyRegExp(String.raw`\p{L}`, 'u');

interface FoundLabel {
  label?: string;
  fax: boolean;
}

/**
 * The text right before the number in its block (after any previous number there), else the
 * previous table cell or the <dt> of a <dd>; cleaned of "Tel."-like words and punctuation.
 */
function labelOf(range: Range, previous: Range | undefined): FoundLabel {
  const block = blockOf(range.startContainer);
  let text = block ? textBefore(block, range, previous) : '';
  if (!LETTER().test(text) && block) text = headerCellText(block);
  return cleanLabel(text);
}

function blockOf(node: Node): Element | undefined {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const view = node.ownerDocument?.defaultView;
  while (el && view) {
    const display = view.getComputedStyle(el).display;
    if (display !== '' && !display.startsWith('inline') && display !== 'contents') return el; // '' : no style known
    el = el.parentElement;
  }
  return el ?? undefined;
}

function textBefore(block: Element, range: Range, previous: Range | undefined): string {
  const before = block.ownerDocument.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  // A previous number in another tree (a shadow root) is not on this line.
  if (previous && previous.endContainer.getRootNode() === block.getRootNode()
    && before.comparePoint(previous.endContainer, previous.endOffset) === 0)
    before.setStart(previous.endContainer, previous.endOffset);
  const text = before.toString();
  for (let i = text.length - 1; i >= 0; i--) if (STOP.test(text[i]!)) return text.slice(i + 1);
  return text;
}

/** The cell before the number's cell in a table row, or the <dt> before its <dd>. */
function headerCellText(block: Element): string {
  const cell = block.closest('td, th, dd');
  if (!cell) return '';
  let sibling = cell.previousElementSibling;
  if (cell.localName === 'dd') while (sibling && sibling.localName !== 'dt') sibling = sibling.previousElementSibling;
  return sibling ? (sibling.textContent ?? '') : '';
}

function cleanLabel(raw: string): FoundLabel {
  const text = raw.replace(INVISIBLE(), ' ').replace(/\s+/g, ' ').trim();
  const words = text.match(WORD()) ?? [];
  const bare = (word: string) => word.replace(/[.'’-]+$/, '');
  // The matcher's own reading: "Fax", "Telefax:", "F:" label a fax line; "Tel./Fax" is a phone; "team F" is neither.
  if (matcherLabelOf(text, 2) === 'fax') return { fax: true };
  // Drop trailing punctuation and phone words: "Sales, Tel.:" -> "Sales".
  let label = text;
  for (;;) {
    const trimmed = label.replace(/[\s:：,.\-–—(\[/☎☏✆📞📱]+$/u, '');
    const tail = trimmed.match(TAIL_WORD())?.[0] ?? '';
    const next = tail && (PHONE_WORD.test(bare(tail)) || FAX_WORD.test(bare(tail))) ? trimmed.slice(0, -tail.length) : trimmed;
    if (next === label) break;
    label = next;
  }
  label = label.trim();
  // A label names a line in a few words ("Sales", "Head office"); a sentence around a number is no label.
  if (!LETTER().test(label) || words.length > MAX_LABEL_WORDS) return { fax: false };
  if (label.length > MAX_LABEL_LENGTH) {
    const tail = label.slice(-(MAX_LABEL_LENGTH - 1));
    const space = tail.indexOf(' ');
    label = `…${space > 0 && space < 20 ? tail.slice(space + 1) : tail}`;
  }
  return { label, fax: false };
}
