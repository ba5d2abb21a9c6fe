/**
 * Runs the detection corpus (tests/detection-corpus/) through the built content script in
 * Chromium and scores it: phone recall, faxes underlined and non-numbers underlined, per part,
 * per issue-11 class, per category and per country.
 *
 *   npx wxt build && npx tsx tests/e2e/eval-detect.ts [--only=page-,ho3-]   (prints the tables; exit code 0)
 *
 * Cases are batched, one page per `<html lang>` (and `<head>`), each case in its own
 * `<section data-case>`. Detections are read from the page's highlight registry
 * (`CSS.highlights.get('thrudial-number')`): each Range is mapped to its case, and its text is
 * normalised to E.164 here with libphonenumber-js/max, read for the country the page says
 * (see readingsOf).
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Page } from 'playwright-core';
import { detectionCorpus, ISSUE_CLASSES, isNegativeCategory, langOf, type DetectionCase } from '../detection-corpus';
import { countryFromLocale } from '../../utils/protocol/country';
import { startHarness, type Harness } from './harness';
import { BUILT_EXTENSION } from '../support/chromium';
import { demoSettings } from '../support/servers';

const HIGHLIGHT_NAME = 'thrudial-number';
/** Pages open at once; the machine has 2 cores. */
/** The window each corpus page is read in. */
const EVAL_VIEWPORT = { width: 1100, height: 3000 };
/** Pages read at once: one, since only the tab in front is drawn. */
const CONCURRENCY = 1;
/**
 * The highlight count must stay the same this long, then an idle period must come, before a
 * viewport's worth of page is read: longer than the tracker's commit interval (COMMIT_MS, 500 ms),
 * which is how often a long scan shows progress.
 */
const SETTLE_MS = 600;

export interface Detection {
  /** The highlighted text as it is on the page. */
  text: string;
  /** The `lang` of the detection's nearest ancestor that has one. */
  lang?: string;
  /** E.164 (`;ext=` appended) read for the case's country, or undefined when the text is no parseable number. */
  e164?: string;
  /** What a click on it dialled (the service's targetNumber; '' when no call started), when it was clicked (see needsDialCheck). */
  dialed?: string;
}

/** What the in-page reader returns for one highlight range. */
export interface RawDetection {
  text: string;
  lang?: string;
  dialed?: string;
}

export interface CaseResult {
  case: DetectionCase;
  detected: Detection[];
  /** Expected numbers that were detected. */
  hits: string[];
  /** Expected numbers that were not detected (or detected in another form). */
  misses: string[];
  /** Detections that are not among the expected numbers (faxUnderlined + nonNumbers). */
  falsePositives: Detection[];
  /** Of the false positives: the page's fax lines. */
  faxUnderlined: Detection[];
  /** Of the false positives: everything else (ids, dates, wrong or cut numbers, hidden text). */
  nonNumbers: Detection[];
}

export interface Tally {
  cases: number;
  expected: number;
  hits: number;
  /** Fax lines the cases list. */
  faxes: number;
  faxUnderlined: number;
  nonNumbers: number;
  falsePositives: number;
  /** Cases with at least one false positive. */
  casesWithFalsePositives: number;
}

export interface DetectionReport {
  results: CaseResult[];
  byCategory: Map<string, Tally>;
  byCountry: Map<string, Tally>;
  /** Issue 11 classes (cases that name them). */
  byClass: Map<string, Tally>;
  /** Corpus parts: written with the matcher, held-out sets, whole pages. */
  byPart: Map<string, Tally>;
  total: Tally;
  /** False positives in the negative categories (fax, dates, amounts, ...). */
  negativeFalsePositives: number;
  /** False positives in snippets that hold numbers (a wrong or extra number). */
  positiveFalsePositives: number;
  recall: number;
  /** Detections that fell outside every case container (should be none). */
  stray: string[];
  durationMs: number;
}

/** Dashes Chrome draws but NFKC keeps: hyphens, minus, the katakana long-vowel mark used as a dash. */
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70]/g;

/** Phone keypad letters, for vanity numbers (1-800-FLOWERS). */
const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) => [...letters].map((l) => [l, String(i + 2)])),
);

function parse(text: string, country: string | undefined): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(text, country ? { defaultCountry: country as CountryCode } : {});
  } catch {
    return undefined;
  }
}

const e164Of = (n: PhoneNumber) => (n.ext ? `${n.number};ext=${n.ext}` : n.number);

/**
 * Page text -> `+E164` or `+E164;ext=N`, read with `country` for national formats. When the text
 * as written is no valid number, it is read the ways a person would dial it: `++` and a leading
 * `00` as the international prefix (a US page quoting `0049 89 …`), capital letters on the keypad
 * (1-800-FLOWERS).
 */
export function normalizeDetection(text: string, country: string): string | undefined {
  // Line breaks and runs of spaces in the page's source render as one space.
  const cleaned = text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  const first = parse(cleaned, country);
  if (first?.isValid()) return e164Of(first);
  const international = cleaned.replace(/^\(?\+\+/, '+').replace(/^\(?00(?=[1-9])/, '+');
  const keypad = international.replace(/[A-Z]/g, (l) => KEYPAD[l]!);
  for (const retry of [international, keypad]) {
    if (retry === cleaned) continue;
    const n = parse(retry, country);
    if (n?.isValid()) return e164Of(n);
  }
  return first ? e164Of(first) : undefined;
}

/** The trunk prefix `number` is written with in its own country ('0' for +44 20 …), or ''. */
function trunkOf(number: PhoneNumber): string {
  const national = number.formatNational().replace(/\D/g, '');
  return national.slice(0, national.length - number.nationalNumber.length - (number.ext?.length ?? 0));
}

/**
 * The E.164 readings of a detection a case may count: read for the case's country, for the
 * `lang` region of the page around it, and for the country of the wanted number itself when the
 * text carries that country's trunk prefix and national number whole ("UK: 020 7946 0321" on a
 * US page). A cut number ("20 7946 0018" from "+44 20 7946 0018") has no trunk prefix, so it is
 * never read for the country it was cut from.
 */
function readsAs(d: Detection, want: string, caseCountry: string): boolean {
  // What was really dialled settles it (the service gets no extension).
  if (d.dialed !== undefined) return d.dialed === want.split(';ext=')[0];
  if (d.e164 === want) return true;
  const region = countryFromLocale(d.lang);
  if (region && region !== caseCountry && normalizeDetection(d.text, region) === want) return true;
  const wanted = parsePhoneNumberFromString(want.split(';ext=')[0]!);
  if (!wanted?.country) return false;
  const trunk = trunkOf(wanted);
  const digits = d.text.normalize('NFKC').replace(/\D/g, '');
  if (trunk === '' || !digits.startsWith(trunk + wanted.nationalNumber)) return false;
  return normalizeDetection(d.text, wanted.country) === want;
}

/**
 * Fax lines are the case's `faxes`; in a legacy `fax` case that lists none, every number that is
 * not expected is the fax line the case is about.
 */
function isFaxLine(c: DetectionCase, d: Detection): boolean {
  if (c.faxes?.length) return c.faxes.some((fax) => readsAs(d, fax, c.country));
  return c.category === 'fax' && d.e164 !== undefined;
}

export function scoreCase(c: DetectionCase, raw: (string | RawDetection)[]): CaseResult {
  const detected: Detection[] = raw.map((r) => {
    const { text, lang, dialed } = typeof r === 'string' ? { text: r, lang: undefined, dialed: undefined } : r;
    return { text, ...(lang ? { lang } : {}), e164: normalizeDetection(text, c.country), ...(dialed ? { dialed } : {}) };
  });
  const left = [...detected];
  const hits: string[] = [];
  const misses: string[] = [];
  for (const want of c.expected) {
    const i = left.findIndex((d) => readsAs(d, want, c.country));
    if (i >= 0) {
      hits.push(want);
      left.splice(i, 1);
    } else misses.push(want);
  }
  const faxUnderlined = left.filter((d) => isFaxLine(c, d));
  const nonNumbers = left.filter((d) => !faxUnderlined.includes(d));
  return { case: c, detected, hits, misses, falsePositives: left, faxUnderlined, nonNumbers };
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A number every page starts with, outside the cases: ThruDial registers its highlight only once
 * it has something to underline, so this tells "nothing found in the cases" from "not running".
 */
const SENTINEL_ID = '__sentinel';
const SENTINEL = `<section data-case="${SENTINEL_ID}"><p>+1 213 373 4253 (sentinel)</p></section>`;

function pageHtml(lang: string, head: string, cases: DetectionCase[]): string {
  const sections = [SENTINEL, ...cases.map((c) => `<section data-case="${escapeAttr(c.id)}">\n${c.html}\n</section>`)].join('\n');
  const langAttr = lang ? ` lang="${escapeAttr(lang)}"` : '';
  return `<!doctype html>\n<html${langAttr}><head><meta charset="utf-8"><title>Detection corpus</title>${head}</head>\n<body>\n${sections}\n</body></html>`;
}

/**
 * In-page reader, kept as source text: tsx would wrap a function literal's inner functions in
 * its `__name` helper, which does not exist in the page.
 * Waits for the content script's highlight to settle and returns case id -> highlighted texts.
 */
const READ_DETECTIONS = `async ({ name, settleMs, startMs }) => {
  const t0 = performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  while (!CSS.highlights.has(name)) {
    if (performance.now() - t0 > startMs) return { started: false, byCase: {}, stray: [] };
    await sleep(25);
  }
  const highlight = CSS.highlights.get(name);
  // ThruDial underlines what is near the viewport: scroll through the page as a reader would and
  // keep every range that was underlined on the way.
  const seen = new Set();
  const settle = async () => {
    let last = -1;
    let since = performance.now();
    // Settled: the count held still for settleMs and then an idle period came (no scan slice pending).
    for (;;) {
      while (performance.now() - since < settleMs && performance.now() - t0 < 60000) {
        if (highlight.size !== last) { last = highlight.size; since = performance.now(); }
        await sleep(25);
      }
      await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
      if (highlight.size === last || performance.now() - t0 >= 60000) break;
      last = highlight.size;
      since = performance.now();
    }
    for (const range of highlight) seen.add(range);
  };
  await settle();
  for (let y = 0; y + innerHeight < document.documentElement.scrollHeight; ) {
    y += innerHeight;
    scrollTo(0, y);
    await settle();
  }
  const byCase = {};
  const stray = [];
  for (const range of seen) {
    const node = range.commonAncestorContainer;
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const id = el && el.closest('[data-case]') && el.closest('[data-case]').getAttribute('data-case');
    const langEl = el && el.closest('[lang]');
    const detection = { text: range.toString(), lang: langEl ? langEl.getAttribute('lang') : undefined };
    if (id) (byCase[id] ??= []).push(detection);
    else stray.push(range.toString());
  }
  return { started: true, byCase, stray };
}`;

async function readDetections(page: Page, optedOut: boolean): Promise<{ started: boolean; byCase: Record<string, RawDetection[]>; stray: string[] }> {
  // An opted-out page never registers the highlight: waiting 1.5 s for it is enough.
  const args = { name: HIGHLIGHT_NAME, settleMs: SETTLE_MS, startMs: optedOut ? 1_500 : 15_000 };
  return page.evaluate(`(${READ_DETECTIONS})(${JSON.stringify(args)})`);
}

/**
 * Whether the text alone cannot say which number a click dials: a number written in national
 * form on a page whose case also holds numbers of another country (a `lang` section, "UK: 020 …"
 * on a US page). Read for the page's country it may be another valid number, so it is clicked and
 * the number the service is asked to call is what counts.
 */
function needsDialCheck(c: DetectionCase, d: RawDetection): boolean {
  if (/^[\s(\[]*(?:\+|00)/.test(d.text.normalize('NFKC'))) return false;
  return [...c.expected, ...(c.faxes ?? [])].some((n) => parsePhoneNumberFromString(n.split(';ext=')[0]!)?.country !== c.country);
}

/**
 * The centre of the highlighted range of case `id` whose text is `text` (its `nth` such range),
 * once the case is scrolled into view and underlined there (in-page source, see READ_DETECTIONS).
 */
const POINT_OF_DETECTION = `async ({ name, id, text, nth }) => {
  const box = document.querySelector('[data-case="' + CSS.escape(id) + '"]');
  if (!box) return undefined;
  box.scrollIntoView({ block: 'center' });
  const t0 = performance.now();
  while (performance.now() - t0 < 5000) {
    let seen = 0;
    for (const range of CSS.highlights.get(name) ?? []) {
      const node = range.commonAncestorContainer;
      const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!el || !box.contains(el) || range.toString() !== text || seen++ !== nth) continue;
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}`;

/** A click is repeated this often, further apart than a double click, while no call starts. */
const CLICK_ATTEMPTS = 8;
const CLICK_RETRY_MS = 700;

/** Clicks run one at a time: the demo server's request log is shared by all pages. */
let clicking: Promise<unknown> = Promise.resolve();

/** Waits until `done()` or `ms` pass; whether it was done. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return done();
}

/**
 * Clicks a detection and returns the number the service was asked to call, if a call started.
 * The widget takes one call at a time and ignores a click while the last one is still going, so
 * the click is repeated (slower than a double click) until a request arrives.
 */
async function dialedBy(harness: Harness, page: Page, id: string, text: string, nth: number): Promise<string | undefined> {
  const run = clicking.then(async () => {
    const point = (await page.evaluate(`(${POINT_OF_DETECTION})(${JSON.stringify({ name: HIGHLIGHT_NAME, id, text, nth })})`)) as
      | { x: number; y: number }
      | undefined;
    if (!point) return undefined;
    const requests = harness.server.requests.length;
    for (let attempt = 0; attempt < CLICK_ATTEMPTS; attempt++) {
      await page.keyboard.press('Escape');
      await page.mouse.click(point.x, point.y);
      if (await until(() => harness.server.requests.length > requests, CLICK_RETRY_MS)) break;
    }
    const request = harness.server.requests[requests];
    return request ? (new URL(request.url, 'http://demo.invalid').searchParams.get('targetNumber') ?? undefined) : undefined;
  });
  clicking = run.catch(() => undefined);
  return run;
}

/** Runs `cases` through the built extension. Starts (and closes) a harness unless given one. */
export async function runDetectionCorpus(
  cases: DetectionCase[] = detectionCorpus,
  options: { harness?: Harness } = {},
): Promise<DetectionReport> {
  if (!fs.existsSync(BUILT_EXTENSION)) throw new Error(`No built extension at ${BUILT_EXTENSION}: run \`npx wxt build\` first.`);
  const started = performance.now();
  const harness = options.harness ?? (await startHarness());
  try {
    // A provider is configured so that a click reaches the demo server, which records the number dialled
    // (QR mode: the call ends with a code in the panel, no tel: navigation to wait for).
    await harness.configure(demoSettings(harness.server, { dialMode: 'qr' }));
    const groups = new Map<string, { lang: string; head: string; cases: DetectionCase[] }>();
    for (const c of cases) {
      const key = `${langOf(c)}\n${c.head ?? ''}`;
      if (!groups.has(key)) groups.set(key, { lang: langOf(c), head: c.head ?? '', cases: [] });
      groups.get(key)!.cases.push(c);
    }
    const texts = new Map<string, RawDetection[]>();
    const byId = new Map(cases.map((c) => [c.id, c]));
    const stray: string[] = [];
    const queue = [...groups.values()];
    let pageNo = 0;
    async function worker() {
      for (let group = queue.shift(); group; group = queue.shift()) {
        const url = harness.pages.serve(`/corpus-${pageNo++}.html`, pageHtml(group.lang, group.head, group.cases));
        const page = await harness.context.newPage();
        // A tall window: fewer viewports to scroll through and settle (the corpus pages are long).
        await page.setViewportSize(EVAL_VIEWPORT);
        try {
          // ThruDial works on what is drawn near the viewport, and a background tab draws nothing:
          // one page at a time, in front, with a tall viewport so a few scroll steps cover it.
          await page.setViewportSize({ width: 1280, height: 6000 });
          await page.bringToFront();
          await page.goto(url, { waitUntil: 'load' });
          const optedOut = /format-detection/i.test(group.head) && /telephone\s*=\s*no/i.test(group.head);
          const read = await readDetections(page, optedOut);
          if (!read.started && !optedOut)
            throw new Error(`The content script did not start on the page for lang="${group.lang}" (${url}).`);
          if (!optedOut && !read.byCase[SENTINEL_ID])
            throw new Error(`The content script did not underline the sentinel on the page for lang="${group.lang}" (${url}).`);
          for (const [id, list] of Object.entries(read.byCase)) {
            if (id === SENTINEL_ID) continue;
            const c = byId.get(id);
            if (c)
              for (const [i, d] of list.entries()) {
                if (!needsDialCheck(c, d)) continue;
                const nth = list.slice(0, i).filter((o) => o.text === d.text).length;
                d.dialed = (await dialedBy(harness, page, id, d.text, nth)) ?? '';
              }
            texts.set(id, list);
          }
          stray.push(...read.stray);
        } finally {
          await page.close();
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const results = cases.map((c) => scoreCase(c, texts.get(c.id) ?? []));
    return summarize(results, stray, performance.now() - started);
  } finally {
    if (!options.harness) await harness.close();
  }
}

function emptyTally(): Tally {
  return { cases: 0, expected: 0, hits: 0, faxes: 0, faxUnderlined: 0, nonNumbers: 0, falsePositives: 0, casesWithFalsePositives: 0 };
}

function add(t: Tally, r: CaseResult): void {
  t.cases++;
  t.expected += r.case.expected.length;
  t.hits += r.hits.length;
  t.faxes += r.case.faxes?.length ?? 0;
  t.faxUnderlined += r.faxUnderlined.length;
  t.nonNumbers += r.nonNumbers.length;
  t.falsePositives += r.falsePositives.length;
  if (r.falsePositives.length) t.casesWithFalsePositives++;
}

/** The corpus part a case belongs to, by its id prefix. */
export function partOf(id: string): string {
  const prefix = /^(page|ho3|rw2|rw)-/.exec(id)?.[1];
  return { page: 'whole pages', ho3: 'held-out 3', rw2: 'held-out 2', rw: 'held-out 1' }[prefix ?? ''] ?? 'written with the matcher';
}

const tallyOf = (map: Map<string, Tally>, key: string) => map.get(key) ?? map.set(key, emptyTally()).get(key)!;

export function summarize(results: CaseResult[], stray: string[] = [], durationMs = 0): DetectionReport {
  const byCategory = new Map<string, Tally>();
  const byCountry = new Map<string, Tally>();
  const byClass = new Map<string, Tally>();
  const byPart = new Map<string, Tally>();
  const total = emptyTally();
  let negativeFalsePositives = 0;
  for (const r of results) {
    add(tallyOf(byCategory, r.case.category), r);
    add(tallyOf(byCountry, r.case.country), r);
    add(tallyOf(byPart, partOf(r.case.id)), r);
    for (const k of r.case.classes ?? []) add(tallyOf(byClass, `${k} ${ISSUE_CLASSES[k]}`), r);
    add(total, r);
    if (isNegativeCategory(r.case.category)) negativeFalsePositives += r.falsePositives.length;
  }
  return {
    results,
    byCategory,
    byCountry,
    byClass: new Map([...byClass].sort(([a], [b]) => a.localeCompare(b))),
    byPart,
    total,
    negativeFalsePositives,
    positiveFalsePositives: total.falsePositives - negativeFalsePositives,
    recall: total.expected ? total.hits / total.expected : 1,
    stray,
    durationMs,
  };
}

const pct = (hits: number, of: number) => (of ? `${((100 * hits) / of).toFixed(1)}%` : '–');

function table(title: string, rows: Map<string, Tally>, total?: Tally): string {
  const head = [title, 'cases', 'phones', 'found', 'recall', 'faxes', 'fax underl.', 'non-numbers underl.', 'cases w/ FP'];
  const row = (k: string, t: Tally) =>
    [k, t.cases, t.expected, t.hits, pct(t.hits, t.expected), t.faxes, t.faxUnderlined, t.nonNumbers, t.casesWithFalsePositives].map(String);
  const body = [...rows.entries()].map(([k, t]) => row(isNegativeCategory(k) ? `${k} (neg)` : k, t));
  if (total) body.push(row('TOTAL', total));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const oneLine = (s: string) => JSON.stringify(s.replace(/\s+/g, ' '));
const shownNumber = (d: Detection) =>
  d.dialed !== undefined ? `dials ${d.dialed || '(no call)'}` : (d.e164 ?? '(not a number)');

export function formatReport(report: DetectionReport): string {
  const out: string[] = [];
  out.push(table('part', report.byPart, report.total), '');
  if (report.byClass.size) out.push(table('issue 11 class', report.byClass), '');
  out.push(table('category', report.byCategory, report.total), '');
  out.push(table('country', new Map([...report.byCountry].sort(([a], [b]) => a.localeCompare(b))), report.total), '');
  const misses = report.results.filter((r) => r.misses.length);
  out.push(`Misses (${misses.reduce((n, r) => n + r.misses.length, 0)}):`);
  for (const r of misses) {
    const seen = r.detected.length ? `; detected ${r.detected.map((d) => `${oneLine(d.text)} -> ${shownNumber(d)}`).join(', ')}` : '';
    out.push(`  ${r.case.id}  expected ${r.misses.join(', ')}${seen}`);
  }
  const fps = report.results.filter((r) => r.falsePositives.length);
  out.push('', `False positives (${report.total.falsePositives}: ${report.total.faxUnderlined} faxes, ${report.total.nonNumbers} non-numbers):`);
  for (const r of fps)
    for (const d of r.falsePositives)
      out.push(`  ${r.case.id}  ${r.faxUnderlined.includes(d) ? '[fax] ' : ''}${oneLine(d.text)} -> ${shownNumber(d)}`);
  if (report.stray.length) out.push('', `Detections outside any case: ${report.stray.map(oneLine).join(', ')}`);
  out.push(
    '',
    `Phone recall ${pct(report.total.hits, report.total.expected)} (${report.total.hits}/${report.total.expected}); ` +
      `faxes underlined ${report.total.faxUnderlined}, non-numbers underlined ${report.total.nonNumbers}; ` +
      `false positives: ${report.negativeFalsePositives} in negative categories, ${report.positiveFalsePositives} extra/wrong in positive snippets; ` +
      `${report.results.length} cases in ${(report.durationMs / 1000).toFixed(1)} s.`,
  );
  return out.join('\n');
}

/** `--only=page-,rw3-`: the cases whose id starts with one of the prefixes. */
function selectedCases(argv: string[]): DetectionCase[] {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean);
  return only?.length ? detectionCorpus.filter((c) => only.some((p) => c.id.startsWith(p))) : detectionCorpus;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDetectionCorpus(selectedCases(process.argv.slice(2)))
    .then((report) => console.log(formatReport(report)))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
