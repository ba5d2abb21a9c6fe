/**
 * Runs the detection corpus (tests/detection-corpus/) through the built content script in
 * Chromium and scores it: recall and false positives per category and per country.
 *
 *   npx wxt build && npx tsx tests/e2e/eval-detect.ts      (prints the table; exit code 0)
 *
 * Cases are batched, one page per `<html lang>` (and `<head>`), each case in its own
 * `<section data-case>`. Detections are read from the page's highlight registry
 * (`CSS.highlights.get('thrudial-number')`): each Range is mapped to its case, and its text is
 * normalised to E.164 here with libphonenumber-js/max and the case's country.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Page } from 'playwright-core';
import { detectionCorpus, isNegativeCategory, langOf, type DetectionCase } from '../detection-corpus';
import { BUILT_EXTENSION, startHarness, type Harness } from './harness';

const HIGHLIGHT_NAME = 'thrudial-number';
/** Pages open at once; the machine has 2 cores. */
const CONCURRENCY = 4;
/**
 * The highlight count must stay the same this long, and across this many idle callbacks in a row
 * (the page's main thread, which the content script shares, had nothing left to run), before a
 * page is read: wall-clock time alone is too short on a machine whose load is many times its cores.
 */
const SETTLE_MS = 400;
const SETTLE_IDLE_TICKS = 10;

export interface Detection {
  /** The highlighted text as it is on the page. */
  text: string;
  /** E.164 (`;ext=` appended), or undefined when the text is no parseable number. */
  e164?: string;
}

export interface CaseResult {
  case: DetectionCase;
  detected: Detection[];
  /** Expected numbers that were detected. */
  hits: string[];
  /** Expected numbers that were not detected (or detected in another form). */
  misses: string[];
  /** Detections that are not among the expected numbers. */
  falsePositives: Detection[];
}

export interface Tally {
  cases: number;
  expected: number;
  hits: number;
  falsePositives: number;
  /** Cases with at least one false positive. */
  casesWithFalsePositives: number;
}

export interface DetectionReport {
  results: CaseResult[];
  byCategory: Map<string, Tally>;
  byCountry: Map<string, Tally>;
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

/** Page text -> `+E164` or `+E164;ext=N`, read with the case's country for national formats. */
export function normalizeDetection(text: string, country: string): string | undefined {
  // Line breaks and runs of spaces in the page's source render as one space.
  const cleaned = text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  try {
    const number = parsePhoneNumberFromString(cleaned, { defaultCountry: country as CountryCode });
    if (!number) return undefined;
    return number.ext ? `${number.number};ext=${number.ext}` : number.number;
  } catch {
    return undefined;
  }
}

export function scoreCase(c: DetectionCase, texts: string[]): CaseResult {
  const detected = texts.map((text) => ({ text, e164: normalizeDetection(text, c.country) }));
  const left = [...detected];
  const hits: string[] = [];
  const misses: string[] = [];
  for (const want of c.expected) {
    const i = left.findIndex((d) => d.e164 === want);
    if (i >= 0) {
      hits.push(want);
      left.splice(i, 1);
    } else misses.push(want);
  }
  return { case: c, detected, hits, misses, falsePositives: left };
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function pageHtml(lang: string, head: string, cases: DetectionCase[]): string {
  const sections = cases.map((c) => `<section data-case="${escapeAttr(c.id)}">\n${c.html}\n</section>`).join('\n');
  const langAttr = lang ? ` lang="${escapeAttr(lang)}"` : '';
  return `<!doctype html>\n<html${langAttr}><head><meta charset="utf-8"><title>Detection corpus</title>${head}</head>\n<body>\n${sections}\n</body></html>`;
}

/**
 * In-page reader, kept as source text: tsx would wrap a function literal's inner functions in
 * its `__name` helper, which does not exist in the page.
 * Waits for the content script's highlight to settle and returns case id -> highlighted texts.
 */
const READ_DETECTIONS = `async ({ name, settleMs, idleTicks, startMs }) => {
  const t0 = performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const idle = () => new Promise((r) => requestIdleCallback((d) => r(!d.didTimeout), { timeout: 1000 }));
  while (!CSS.highlights.has(name)) {
    if (performance.now() - t0 > startMs) return { started: false, byCase: {}, stray: [] };
    await sleep(25);
  }
  const highlight = CSS.highlights.get(name);
  let last = -1;
  let since = performance.now();
  let quietTicks = 0;
  while ((performance.now() - since < settleMs || quietTicks < idleTicks) && performance.now() - t0 < 120000) {
    if (highlight.size !== last) { last = highlight.size; since = performance.now(); quietTicks = 0; }
    await sleep(25);
    if (highlight.size === last && (await idle())) quietTicks++;
  }
  const byCase = {};
  const stray = [];
  for (const range of highlight) {
    const node = range.commonAncestorContainer;
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const id = el && el.closest('[data-case]') && el.closest('[data-case]').getAttribute('data-case');
    if (id) (byCase[id] ??= []).push(range.toString());
    else stray.push(range.toString());
  }
  return { started: true, byCase, stray };
}`;

async function readDetections(page: Page, optedOut: boolean): Promise<{ started: boolean; byCase: Record<string, string[]>; stray: string[] }> {
  // An opted-out page never registers the highlight: waiting 1.5 s for it is enough.
  const args = { name: HIGHLIGHT_NAME, settleMs: SETTLE_MS, idleTicks: SETTLE_IDLE_TICKS, startMs: optedOut ? 1_500 : 60_000 };
  return page.evaluate(`(${READ_DETECTIONS})(${JSON.stringify(args)})`);
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
    const groups = new Map<string, { lang: string; head: string; cases: DetectionCase[] }>();
    for (const c of cases) {
      const key = `${langOf(c)}\n${c.head ?? ''}`;
      if (!groups.has(key)) groups.set(key, { lang: langOf(c), head: c.head ?? '', cases: [] });
      groups.get(key)!.cases.push(c);
    }
    const texts = new Map<string, string[]>();
    const stray: string[] = [];
    const queue = [...groups.values()];
    let pageNo = 0;
    async function worker() {
      for (let group = queue.shift(); group; group = queue.shift()) {
        const url = harness.pages.serve(`/corpus-${pageNo++}.html`, pageHtml(group.lang, group.head, group.cases));
        const page = await harness.context.newPage();
        try {
          await page.goto(url, { waitUntil: 'load' });
          const optedOut = /format-detection/i.test(group.head) && /telephone\s*=\s*no/i.test(group.head);
          const read = await readDetections(page, optedOut);
          if (!read.started && !optedOut)
            throw new Error(`The content script did not start on the page for lang="${group.lang}" (${url}).`);
          for (const [id, list] of Object.entries(read.byCase)) texts.set(id, list);
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
  return { cases: 0, expected: 0, hits: 0, falsePositives: 0, casesWithFalsePositives: 0 };
}

function add(t: Tally, r: CaseResult): void {
  t.cases++;
  t.expected += r.case.expected.length;
  t.hits += r.hits.length;
  t.falsePositives += r.falsePositives.length;
  if (r.falsePositives.length) t.casesWithFalsePositives++;
}

export function summarize(results: CaseResult[], stray: string[] = [], durationMs = 0): DetectionReport {
  const byCategory = new Map<string, Tally>();
  const byCountry = new Map<string, Tally>();
  const total = emptyTally();
  let negativeFalsePositives = 0;
  for (const r of results) {
    if (!byCategory.has(r.case.category)) byCategory.set(r.case.category, emptyTally());
    if (!byCountry.has(r.case.country)) byCountry.set(r.case.country, emptyTally());
    add(byCategory.get(r.case.category)!, r);
    add(byCountry.get(r.case.country)!, r);
    add(total, r);
    if (isNegativeCategory(r.case.category)) negativeFalsePositives += r.falsePositives.length;
  }
  return {
    results,
    byCategory,
    byCountry,
    total,
    negativeFalsePositives,
    positiveFalsePositives: total.falsePositives - negativeFalsePositives,
    recall: total.expected ? total.hits / total.expected : 1,
    stray,
    durationMs,
  };
}

const pct = (hits: number, of: number) => (of ? `${((100 * hits) / of).toFixed(1)}%` : '–');

function table(title: string, rows: Map<string, Tally>, total: Tally): string {
  const head = [title, 'cases', 'numbers', 'found', 'recall', 'false pos.', 'cases w/ FP'];
  const body = [...rows.entries()].map(([k, t]) => [
    isNegativeCategory(k) ? `${k} (neg)` : k,
    t.cases, t.expected, t.hits, pct(t.hits, t.expected), t.falsePositives, t.casesWithFalsePositives,
  ].map(String));
  body.push(['TOTAL', total.cases, total.expected, total.hits, pct(total.hits, total.expected), total.falsePositives, total.casesWithFalsePositives].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const oneLine = (s: string) => JSON.stringify(s.replace(/\s+/g, ' '));

export function formatReport(report: DetectionReport): string {
  const out: string[] = [];
  out.push(table('category', report.byCategory, report.total), '');
  out.push(table('country', new Map([...report.byCountry].sort(([a], [b]) => a.localeCompare(b))), report.total), '');
  const misses = report.results.filter((r) => r.misses.length);
  out.push(`Misses (${misses.reduce((n, r) => n + r.misses.length, 0)}):`);
  for (const r of misses) {
    const seen = r.detected.length ? `; detected ${r.detected.map((d) => `${oneLine(d.text)} -> ${d.e164 ?? '?'}`).join(', ')}` : '';
    out.push(`  ${r.case.id}  expected ${r.misses.join(', ')}${seen}`);
  }
  const fps = report.results.filter((r) => r.falsePositives.length);
  out.push('', `False positives (${report.total.falsePositives}):`);
  for (const r of fps)
    for (const d of r.falsePositives) out.push(`  ${r.case.id}  ${oneLine(d.text)} -> ${d.e164 ?? '(not a number)'}`);
  if (report.stray.length) out.push('', `Detections outside any case: ${report.stray.map(oneLine).join(', ')}`);
  out.push(
    '',
    `Recall ${pct(report.total.hits, report.total.expected)} (${report.total.hits}/${report.total.expected}); ` +
      `false positives: ${report.negativeFalsePositives} in negative categories, ${report.positiveFalsePositives} extra/wrong in positive snippets; ` +
      `${report.results.length} cases in ${(report.durationMs / 1000).toFixed(1)} s.`,
  );
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runDetectionCorpus()
    .then((report) => console.log(formatReport(report)))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
