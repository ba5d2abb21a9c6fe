/**
 * The background trusts nothing it receives: a message must come from this extension and
 * have exactly the shape of one Message kind. Pure, so it is tested without a browser.
 */
import type { Message } from './messages';
import type { RunQuery, Span } from '../matcher/run-query';
import type { PageHints } from '../protocol/country';
import { FIELD_KEYS, FIELDS, type FieldSpec } from '../settings/fields';
import type { Settings } from '../settings/settings';
import { fromOwnPage, isString, MAX_COUNT, MAX_NUMBER_LENGTH, type SenderInfo } from './guard-basics';
import { isPageNumbersRequest } from './page-numbers-guard';

export type { SenderInfo } from './guard-basics';

const MAX_URL_LENGTH = 8192;

/** A whole Settings object, field by field as settings/fields.ts declares them (kind and choices). */
function isSettings(v: unknown): v is Settings {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  return FIELD_KEYS.every((key) => {
    const spec: FieldSpec = FIELDS[key];
    const value = s[key];
    if (spec.kind === 'parameters')
      return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((text) => isString(text));
    if (spec.kind === 'choice') return typeof value === 'string' && (spec.choices ?? []).includes(value);
    return isString(value);
  });
}

/** Limits of one batch of runs ('match-runs', the first screenful in 'page-config'; the content script sends far less: see background-matcher.ts). */
export const MAX_BATCH_RUNS = 2_000;
export const MAX_BATCH_CHARS = 4_000_000;
const MAX_COUNTRIES = 4;
const MAX_HINT_LENGTH = 256;
const MAX_SPANS = 10_000;
const MAX_LABEL_TEXT = 1_000;

function isCountryList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= MAX_COUNTRIES && v.every((c) => isString(c, 2) && /^[A-Z]{2}$/.test(c));
}

/** Page text from a content script, to be matched: only the shape is checked, and how much of it there is. */
function runBatchOf(v: unknown): RunQuery[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_BATCH_RUNS) return undefined;
  let chars = 0;
  const runs: RunQuery[] = [];
  for (const raw of v) {
    const run = runQueryOf(raw);
    if (!run) return undefined;
    chars += run.text.length;
    runs.push(run);
  }
  return chars > MAX_BATCH_CHARS ? undefined : runs;
}

function pageHintsOf(v: unknown): PageHints | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const h = v as Record<string, unknown>;
  const hints: PageHints = {};
  for (const key of ['lang', 'hostname', 'topLang', 'topHostname'] as const) {
    if (h[key] === undefined) continue;
    if (!isString(h[key], MAX_HINT_LENGTH)) return undefined;
    hints[key] = h[key];
  }
  return hints;
}

const isOffset = (v: unknown, length: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= length;

function offsetsOf(v: unknown, length: number): number[] | undefined {
  return Array.isArray(v) && v.length <= MAX_SPANS && v.every((o) => isOffset(o, length)) ? [...(v as number[])] : undefined;
}

function spansOf(v: unknown, length: number): Span[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_SPANS) return undefined;
  const spans: Span[] = [];
  for (const s of v) {
    if (!Array.isArray(s) || s.length !== 2 || !isOffset(s[0], length) || !isOffset(s[1], length) || s[0] > s[1]) return undefined;
    spans.push([s[0], s[1]]);
  }
  return spans;
}

/** One run of a 'match-runs' batch, copied field by field (nothing else of the page's object is kept). */
function runQueryOf(v: unknown): RunQuery | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const r = v as Record<string, unknown>;
  if (!isString(r.text, MAX_BATCH_CHARS)) return undefined;
  if (!isString(r.labelBefore, MAX_LABEL_TEXT) || !isString(r.columnHeader, MAX_LABEL_TEXT) || !isString(r.headingAbove, MAX_LABEL_TEXT))
    return undefined;
  const length = r.text.length;
  const run: RunQuery = { text: r.text, labelBefore: r.labelBefore, columnHeader: r.columnHeader, headingAbove: r.headingAbove };
  if (r.edges !== undefined && !(run.edges = offsetsOf(r.edges, length))) return undefined;
  if (r.telLinks !== undefined && !(run.telLinks = spansOf(r.telLinks, length))) return undefined;
  if (r.invisible !== undefined && !(run.invisible = spansOf(r.invisible, length))) return undefined;
  if (r.lang !== undefined) {
    if (!isString(r.lang, MAX_HINT_LENGTH)) return undefined;
    run.lang = r.lang;
  }
  return run;
}

/** Returns the message if it is well-formed and allowed from this sender, else undefined. */
/** `ownBaseUrl` is runtime.getURL('/'), e.g. `chrome-extension://<id>/`. */
export function acceptMessage(raw: unknown, sender: SenderInfo, ownId: string, ownBaseUrl: string): Message | undefined {
  if (sender.id !== ownId || typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  const ownPage = fromOwnPage(sender, ownBaseUrl);
  switch (m.type) {
    case 'call': {
      if (!isString(m.number, MAX_NUMBER_LENGTH) || m.number.trim() === '') return undefined;
      if (m.pageCountry !== undefined && !(isString(m.pageCountry, 2) && /^[A-Z]{2}$/.test(m.pageCountry))) return undefined;
      if (m.mode !== undefined && m.mode !== 'tel' && m.mode !== 'qr') return undefined;
      return { type: 'call', number: m.number, pageCountry: m.pageCountry as string | undefined, ...(m.mode ? { mode: m.mode } : {}) } as Message;
    }
    case 'test-call':
      // Only the options page may run a call with unsaved settings.
      if (!ownPage || !isSettings(m.settings) || !isString(m.number, MAX_NUMBER_LENGTH)) return undefined;
      return { type: 'test-call', settings: m.settings, number: m.number };
    case 'site-status':
      // Only a script in a tab asks; the answer is about the sender's own page.
      return sender.tabId === undefined ? undefined : { type: 'site-status' };
    case 'page-site-status':
      // The popup asks about the tab it shows; a content script asks 'site-status' for its own page instead.
      if (!ownPage || !isString(m.url, MAX_URL_LENGTH)) return undefined;
      return { type: 'page-site-status', url: m.url };
    case 'numbers-found':
      if (sender.tabId === undefined || !Number.isSafeInteger(m.count) || (m.count as number) < 0 || (m.count as number) > MAX_COUNT)
        return undefined;
      return { type: 'numbers-found', count: m.count as number };
    case 'page-config': {
      // Any script of ours may ask; the answer holds no secret.
      if (m.page === undefined) return m.runs === undefined ? { type: 'page-config' } : undefined;
      const page = pageHintsOf(m.page);
      if (!page) return undefined;
      if (m.runs === undefined) return { type: 'page-config', page };
      // The first screenful's text: from a script in a tab only, like 'match-runs'.
      const runs = sender.tabId === undefined ? undefined : runBatchOf(m.runs);
      return runs ? { type: 'page-config', page, runs } : undefined;
    }
    case 'match-runs': {
      if (sender.tabId === undefined || !isCountryList(m.countries)) return undefined;
      const runs = runBatchOf(m.runs);
      return runs ? { type: 'match-runs', countries: m.countries, runs } : undefined;
    }
    case 'page-numbers':
      return isPageNumbersRequest(raw, sender, ownId, ownBaseUrl) ? { type: 'page-numbers' } : undefined;
    default:
      return undefined;
  }
}
