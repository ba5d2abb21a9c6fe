/**
 * Measurement primitives for `npm run bench`: the four browser "arms" (no extension, the same
 * build with an empty content script, ThruDial as built — underlines only near the viewport — and
 * ThruDial built with WXT_THRUDIAL_UNDERLINE=all — every found number underlined), one sample per
 * call, the settle criterion, and the CDP trace and profile analysis. Everything talks to
 * 127.0.0.1 only.
 */
import fs from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { DemoServer } from '../demo-server';
import { copyExtension, extensionWorker, launchBrowser, launchChromium } from '../../tests/support/chromium';
import { numberPoint } from '../../tests/e2e/shadow';
import { HIGHLIGHT_NAME } from './pages';
import { browserCpu } from './process-cpu';

export type ArmName = 'none' | 'empty' | 'near' | 'all';
export const THRUDIAL_ARMS: ArmName[] = ['near', 'all'];
export const isThruDial = (name: ArmName) => name === 'near' || name === 'all';

export interface Arm {
  name: ArmName;
  context: BrowserContext;
  extensionDir?: string;
  /** The arm's profile folder: finds its processes for the all-process CPU (process-cpu.ts). */
  profile: string;
  close(): Promise<void>;
}

/** Copies (snapshots) of the builds, loopback granted: default (near), the `all` build, and the default build with content.js emptied. */
export function extensionCopies(allBuild: string): { near: string; all: string; empty: string } {
  return {
    near: copyExtension({ grantLoopback: true }),
    all: copyExtension({ grantLoopback: true, source: allBuild }),
    empty: copyExtension({ grantLoopback: true, emptyContentScript: true }),
  };
}

/** One arm: Chromium without an extension (`none`) or with one copy, settled as the e2e tests launch it. */
export async function launchArm(name: ArmName, extensionDir: string | undefined, spkiHash: string): Promise<Arm> {
  const options = { args: [`--ignore-certificate-errors-spki-list=${spkiHash}`] };
  const { context, profile } = extensionDir ? await launchChromium(extensionDir, options) : await launchBrowser(undefined, options);
  return {
    name,
    context,
    extensionDir,
    profile,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- statistics ----------------------------------------------------------------------------

export function median(values: number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// ---- the count the content scripts report (badge), read in the service worker ----------------

/**
 * Every frame's content script reports its count (`numbers-found`) to the background, which sums
 * them per tab for the badge (shown as 999+ above 999). A second listener in the service worker
 * records the exact reports per tab and frame; installed again if the worker restarted.
 */
async function installCountListener(arm: Arm): Promise<void> {
  const sw = await extensionWorker(arm.context);
  await sw.evaluate(() => {
    const g = globalThis as any;
    if (g.__benchCounts) return;
    g.__benchCounts = new Map<number, Map<number, number>>();
    g.chrome.runtime.onMessage.addListener((m: any, sender: any) => {
      if (m?.type !== 'numbers-found' || sender.tab?.id === undefined) return undefined;
      let frames = g.__benchCounts.get(sender.tab.id);
      if (!frames) g.__benchCounts.set(sender.tab.id, (frames = new Map()));
      frames.set(sender.frameId, m.count);
      return undefined;
    });
  });
}

async function tabIdOf(arm: Arm, url: string): Promise<number | undefined> {
  const sw = await extensionWorker(arm.context);
  return sw.evaluate(async (u) => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t: any) => t.url === u)?.id as number | undefined;
  }, url);
}

/** The tab's total reported count and how many frames reported a non-zero count. */
async function reportedCount(arm: Arm, tabId: number | undefined): Promise<{ total: number; frames: number }> {
  if (tabId === undefined) return { total: NaN, frames: 0 };
  const sw = await extensionWorker(arm.context);
  return sw.evaluate((id) => {
    const frames: Map<number, number> | undefined = (globalThis as any).__benchCounts?.get(id);
    let total = 0;
    let n = 0;
    for (const c of frames?.values() ?? []) {
      total += c;
      if (c > 0) n++;
    }
    return { total, frames: n };
  }, tabId);
}

// ---- the settle criterion ----------------------------------------------------------------------

/** A load (or a page's own work) has settled when, over QUIET_MS, the renderer main thread's busy time grew by less than QUIET_TASK_MS and no long task ran. */
export const QUIET_MS = 500;
export const QUIET_TASK_MS = 5;
const POLL_MS = 100;
/**
 * The bench's own polling (CDP getMetrics + one evaluate every 100 ms, the page probe's 50 ms timer)
 * costs the renderer a few ms per window too, more when the machine is busy: calibrate() measures
 * it on a settled page without the extension, and a window counts as quiet when TaskDuration grew
 * by less than QUIET_TASK_MS beyond it. One threshold for every arm.
 */
let pollFloorMs = 0;
export const quietThreshold = () => QUIET_TASK_MS + pollFloorMs;

/** Measures the polling floor (median TaskDuration growth per QUIET_MS while polling a settled page) and uses it from now on. */
export async function calibrate(arm: Arm, url: string): Promise<number> {
  const { page, cdp } = await openTab(arm);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(1500);
    const samples: { now: number; task: number }[] = [];
    const t0 = Date.now();
    while (Date.now() - t0 < 4000) {
      const task = (await metrics(cdp)).TaskDuration! * 1000;
      const s = await probe(page);
      samples.push({ now: s.now, task });
      await sleep(POLL_MS);
    }
    const growth: number[] = [];
    for (let j = 0; j < samples.length; j++) {
      let i = j;
      while (i > 0 && samples[j]!.now - samples[i]!.now < QUIET_MS) i--;
      if (samples[j]!.now - samples[i]!.now >= QUIET_MS) growth.push(samples[j]!.task - samples[i]!.task);
    }
    pollFloorMs = median(growth);
    await cdp.detach().catch(() => {});
    return pollFloorMs;
  } finally {
    await page.close();
  }
}

interface ProbeState {
  now: number;
  loadEnd: number;
  longtasks: [number, number][];
  count: number;
  firstSeen: number;
  firstInView: number;
  lastChange: number;
}

async function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const b = (window as any).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      now: performance.now(),
      loadEnd: nav?.loadEventEnd ?? 0,
      longtasks: b.longtasks.slice(),
      count: b.count,
      firstSeen: b.firstSeen,
      firstInView: b.firstInView,
      lastChange: b.lastChange,
    };
  });
}

export interface Settled extends ProbeState {
  /** Page time (performance.now) at which the quiet window began. */
  idleAt: number;
  /** Renderer main-thread busy time (TaskDuration), ms, at idleAt; and at the moment the wait started. */
  taskAtIdle: number;
  taskAtStart: number;
  /** The other CDP metrics at idle (ms): script, style, layout. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  timedOut: boolean;
}

export interface SettleOptions {
  /** ThruDial arms: the first underline must exist. */
  expectUnderline: boolean;
  /** Page time before which the page cannot be idle (e.g. the end of its own scripted work). */
  notBefore?: number;
  timeoutMs: number;
}

/**
 * Waits (bounded) until: the load event has passed, (ThruDial arms) the first underline exists, and
 * the renderer main thread was quiet for QUIET_MS (TaskDuration grew < QUIET_TASK_MS, no long task
 * ended inside the window). Polls every POLL_MS in every arm alike. `timedOut` when the bound was hit.
 */
export async function settle(page: Page, cdp: CDPSession, o: SettleOptions): Promise<Settled> {
  const end = Date.now() + o.timeoutMs;
  const samples: { now: number; task: number; m: Record<string, number> }[] = [];
  let taskAtStart = NaN;
  for (;;) {
    const m = await metrics(cdp);
    const s = await probe(page);
    const task = (m.TaskDuration ?? NaN) * 1000;
    if (!samples.length) taskAtStart = task;
    samples.push({ now: s.now, task, m });
    const ready = s.loadEnd > 0 && (!o.expectUnderline || s.firstSeen >= 0);
    if (ready) {
      // The window: from the latest sample at least QUIET_MS old to now.
      let i = samples.length - 1;
      while (i > 0 && s.now - samples[i]!.now < QUIET_MS) i--;
      const start = samples[i]!;
      const floor = Math.max(s.loadEnd, o.expectUnderline ? s.firstSeen : 0, o.notBefore ?? 0);
      const lastLong = s.longtasks.reduce((t, [a, d]) => Math.max(t, a + d), 0);
      if (s.now - start.now >= QUIET_MS && start.now >= floor && task - start.task < quietThreshold() && lastLong <= start.now) {
        return {
          ...s,
          idleAt: start.now,
          taskAtIdle: start.task,
          taskAtStart,
          scriptMs: (start.m.ScriptDuration ?? NaN) * 1000,
          styleMs: (start.m.RecalcStyleDuration ?? NaN) * 1000,
          layoutMs: (start.m.LayoutDuration ?? NaN) * 1000,
          timedOut: false,
        };
      }
    }
    if (Date.now() > end) {
      return { ...s, idleAt: s.now, taskAtIdle: task, taskAtStart, scriptMs: (m.ScriptDuration ?? NaN) * 1000, styleMs: (m.RecalcStyleDuration ?? NaN) * 1000, layoutMs: (m.LayoutDuration ?? NaN) * 1000, timedOut: true };
    }
    await sleep(POLL_MS);
  }
}

/** A fresh foreground tab (IntersectionObserver reports only for drawn pages) with a CDP session. */
async function openTab(arm: Arm): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await arm.context.newPage();
  await page.bringToFront();
  const cdp = await arm.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (isThruDial(arm.name)) await installCountListener(arm);
  return { page, cdp };
}

async function heapUsage(cdp: CDPSession): Promise<{ heapUsed: number; embedderHeap: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return { heapUsed: heap.usedSize, embedderHeap: heap.embedderHeapUsedSize ?? NaN };
}

// ---- load to idle ------------------------------------------------------------------------------

export interface LoadSample {
  arm: ArmName;
  /** ms from navigation start: load event end, and idle (start of the quiet window). */
  loadEnd: number;
  idleAt: number;
  /** Renderer main-thread busy time until idle (CDP TaskDuration, since the tab opened) and its parts, ms. */
  taskMs: number;
  /** CPU of every process of the browser from navigation to idle (ms; 10 ms resolution), and of the extension's process (its worker). */
  browserCpuMs: number;
  extensionCpuMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  longtasks: [number, number][];
  /** Highlight size at idle (-1: no registry), first time it existed, last change (where its ranges are: firstUnderlineSample). */
  count: number;
  firstSeen: number;
  lastChange: number;
  /** The count the content scripts reported (badge), summed over frames; frames with numbers. */
  reported: number;
  reportedFrames: number;
  /** After HeapProfiler.collectGarbage ×2: V8 heap used (all worlds), Oilpan (embedder) heap used, bytes. */
  heapUsed: number;
  embedderHeap: number;
  timedOut: boolean;
}

/** `hasNumbers`: whether ThruDial arms wait for the first underline (a page without numbers never gets one). */
export async function loadSample(arm: Arm, url: string, timeoutMs: number, hasNumbers = true): Promise<LoadSample> {
  const { page, cdp } = await openTab(arm);
  try {
    const cpuBefore = browserCpu(arm.profile);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const s = await settle(page, cdp, { expectUnderline: isThruDial(arm.name) && hasNumbers, timeoutMs });
    const cpuAfter = browserCpu(arm.profile);
    let reported = { total: NaN, frames: 0 };
    if (isThruDial(arm.name)) {
      await sleep(300); // the content script sends its count at most every ~250 ms
      reported = await reportedCount(arm, await tabIdOf(arm, url));
    }
    const heap = await heapUsage(cdp);
    await cdp.detach().catch(() => {});
    return {
      arm: arm.name,
      loadEnd: s.loadEnd,
      idleAt: s.idleAt,
      taskMs: s.taskAtIdle,
      browserCpuMs: cpuAfter.totalMs - cpuBefore.totalMs,
      extensionCpuMs: cpuAfter.extensionMs - cpuBefore.extensionMs,
      scriptMs: s.scriptMs,
      styleMs: s.styleMs,
      layoutMs: s.layoutMs,
      longtasks: s.longtasks,
      count: s.count,
      firstSeen: s.firstSeen,
      lastChange: s.lastChange,
      reported: reported.total,
      reportedFrames: reported.frames,
      ...heap,
      timedOut: s.timedOut,
    };
  } finally {
    await page.close();
  }
}

/** Load event → first highlight range inside the viewport, ms (the page polls every 4 ms in this mode); NaN if none within the bound. */
export async function firstUnderlineSample(arm: Arm, url: string): Promise<number> {
  const { page, cdp } = await openTab(arm);
  try {
    await page.goto(`${url}?fast`, { waitUntil: 'load', timeout: 60_000 });
    const got = await page
      .waitForFunction(() => (window as any).__bench.firstInView >= 0, undefined, { timeout: 15_000, polling: 50 })
      .then(() => true)
      .catch(() => false);
    const s = await probe(page);
    await cdp.detach().catch(() => {});
    return got ? s.firstInView - s.loadEnd : NaN;
  } finally {
    await page.close();
  }
}

// ---- the page's own DOM growth: bursts and route changes -------------------------------------------

export interface ScriptedSample {
  arm: ArmName;
  /** The page's own measure of its work, ms (bursts: first to a rAF after the last; routes: median route render). */
  elapsed: number;
  /** Routes: each route's render time. */
  parts?: number[];
  /** Renderer busy time from the start of the page's work until the page's work ended, and until settled, ms. */
  taskDuring: number;
  taskToIdle: number;
  /** ms from the end of the page's work until settled (ThruDial catching up). */
  settleAfter: number;
  reported: number;
  timedOut: boolean;
}

/**
 * Loads a page, settles, then runs its own timed script (`start`, result in `result`) and settles
 * again. The page's own timing and the CPU (TaskDuration) over the work and until settled.
 */
export async function scriptedSample(arm: Arm, url: string, start: string, result: string): Promise<ScriptedSample> {
  const { page, cdp } = await openTab(arm);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, cdp, { expectUnderline: isThruDial(arm.name), timeoutMs: 30_000 });
    const tabId = isThruDial(arm.name) ? await tabIdOf(arm, url) : undefined;
    const before = (await metrics(cdp)).TaskDuration! * 1000;
    await page.evaluate((f) => (window as any)[f](), start);
    await page.waitForFunction((r) => (window as any)[r] !== undefined, result, { timeout: 60_000, polling: 100 });
    const afterWork = (await metrics(cdp)).TaskDuration! * 1000;
    const r = (await page.evaluate((k) => (window as any)[k], result)) as { elapsed: number; doneAt: number; times?: number[] };
    const s = await settle(page, cdp, { expectUnderline: isThruDial(arm.name), notBefore: r.doneAt, timeoutMs: 60_000 });
    let reported = NaN;
    if (tabId !== undefined) {
      await sleep(300);
      reported = (await reportedCount(arm, tabId)).total;
    }
    await cdp.detach().catch(() => {});
    return {
      arm: arm.name,
      elapsed: r.times ? median(r.times) : r.elapsed,
      parts: r.times,
      taskDuring: afterWork - before,
      taskToIdle: s.taskAtIdle - before,
      settleAfter: s.idleAt - r.doneAt,
      reported,
      timedOut: s.timedOut,
    };
  } finally {
    await page.close();
  }
}

// ---- CDP trace: long-task attribution and content.js evaluation --------------------------------

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: the wall time less the time the thread was not running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: any;
}

async function withTrace<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    // 'renderer': ChromeRenderFrameObserver::CapturePageText, Chromium's own page-text capture (see TaskInfo.chromeCaptureMs).
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'renderer'], excludedCategories: ['*'] },
  });
  let result: T | undefined;
  let failure: unknown;
  try {
    result = await run();
  } catch (e) {
    failure = e;
  }
  const done = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  const chunks: string[] = [];
  if (stream) {
    for (let i = 0; i < 100_000; i++) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
      chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
  }
  if (failure) throw failure;
  const text = chunks.join('');
  const parsed = text ? JSON.parse(text) : { traceEvents: [] };
  const events: TraceEvent[] = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  return { result: result as T, events };
}

const EXT_URL = 'chrome-extension://';

function isExtEvent(e: TraceEvent): boolean {
  const d = e.args?.data;
  if (!d) return false;
  const url = d.url ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? '';
  return typeof url === 'string' && url.startsWith(EXT_URL);
}

/** The events not inside an earlier one of the list, in time order. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + e.dur!;
    out.push(e);
  }
  return out;
}

function mergeIntervals(list: [number, number][]): [number, number][] {
  list.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of list) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export interface TaskInfo {
  /** ms */
  dur: number;
  /** ms of extension JS (events whose script is chrome-extension://…) inside the task. */
  extMs: number;
  /** The task's largest direct activities, for the report. */
  top: string;
  /**
   * ms of Chromium's page-text capture for language detection inside the task
   * (ChromeRenderFrameObserver::CapturePageText, ~100 ms on the 5 MB page): it runs in the first
   * frame after load in every arm (the bench pages request one, pages.ts), so it is no one's cost.
   */
  chromeCaptureMs: number;
  /** The task's thread time, ms: its wall time less the stretches its thread waited for a core. */
  cpuMs: number;
}

export interface TraceAnalysis {
  /** Main-thread tasks over 50 ms, longest first. */
  longTasks: TaskInfo[];
  /** The same, only those that started after the content script's first event (its evaluation). */
  longTasksAfterScript: TaskInfo[];
  /** After the script's first event: main-thread time of each task's direct activities, by name, ms (largest first), and all tasks. */
  breakdownAfterScript: [string, number][];
  tasksAfterScriptMs: number;
  /** Longest contiguous stretch of extension JS, ms. */
  longestExtSlice: number;
  /** Union of extension JS intervals, ms. */
  extTotalMs: number;
  /** content.js: EvaluateScript (top-level run, including its compile when on this thread) and v8.compile, ms. */
  evaluateMs: number;
  /**
   * The same EvaluateScript's thread time, ms: what the script itself cost, without the stretches the
   * main thread waited for a core (on 2 cores, the browser's other processes load the page meanwhile).
   */
  evaluateCpuMs: number;
  /**
   * Thread time of all the content script's own stretches on the page's main thread (its
   * evaluation, then every task of its own: listeners, callbacks), ms: work moved out of the
   * evaluation into a later task still counts here.
   */
  extCpuMs: number;
  compileMs: number;
}

const CHROME_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

/** A task's length less Chromium's page-text capture inside it (TaskInfo.chromeCaptureMs), which is no one's cost. */
const ownMs = (t: TaskInfo) => t.dur - t.chromeCaptureMs;
/** A task's thread time: what it ran, without the stretches its thread waited for a core. */
export const threadMs = (t: TaskInfo) => t.cpuMs;

/** The longest task after the content script started that holds none of its JS (the page's own, or one it triggered), by `length`. */
export function longestWithoutJs(t: TraceAnalysis, length = ownMs): number {
  return Math.max(0, ...t.longTasksAfterScript.filter((x) => x.extMs === 0).map(length));
}

/** The longest task that holds the content script's JS, by `length`. */
export function longestWithJs(t: TraceAnalysis, length = ownMs): number {
  return Math.max(0, ...t.longTasks.filter((x) => x.extMs > 0).map(length));
}

export function analyseTrace(events: TraceEvent[], pageUrl: string): TraceAnalysis {
  // The page's renderer main thread: where the page's own ParseHTML (or the content script) ran.
  const anchor =
    events.find((e) => e.name === 'ParseHTML' && typeof e.args?.beginData?.url === 'string' && e.args.beginData.url.startsWith(pageUrl)) ??
    events.find((e) => e.name === 'EvaluateScript' && isExtEvent(e));
  if (!anchor) return { longTasks: [], longTasksAfterScript: [], breakdownAfterScript: [], tasksAfterScriptMs: NaN, longestExtSlice: NaN, extTotalMs: NaN, evaluateMs: NaN, evaluateCpuMs: NaN, extCpuMs: NaN, compileMs: NaN };
  const main = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X' && e.dur !== undefined);
  // Outermost task events only (a nested run loop's tasks are inside their parent's).
  const runTasks = outermost(main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
  const tasks = mergeIntervals(runTasks.map((e) => [e.ts, e.ts + e.dur!] as [number, number]));
  const ext = mergeIntervals(main.filter(isExtEvent).map((e) => [e.ts, e.ts + e.dur!] as [number, number]));
  const overlap = (s: number, e: number) => ext.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
  const scriptStart = ext.length ? ext[0]![0] : Infinity;
  const longTasks: (TaskInfo & { start: number })[] = [];
  for (const [s, e] of tasks) {
    if (e - s <= 50_000) continue;
    const inside = main.filter((x) => x.ts >= s && x.ts + x.dur! <= e && !['ThreadControllerImpl::RunTask', 'RunTask'].includes(x.name));
    const byName = new Map<string, number>();
    for (const x of inside) byName.set(x.name, Math.max(byName.get(x.name) ?? 0, x.dur!));
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ');
    const chromeCaptureMs = inside.filter((x) => x.name === CHROME_CAPTURE).reduce((sum, x) => sum + x.dur!, 0) / 1000;
    const cpuMs = runTasks.filter((x) => x.ts >= s && x.ts + x.dur! <= e).reduce((sum, x) => sum + (x.tdur ?? NaN), 0) / 1000;
    longTasks.push({ start: s, dur: (e - s) / 1000, extMs: overlap(s, e) / 1000, top, chromeCaptureMs, cpuMs });
  }
  longTasks.sort((a, b) => b.dur - a.dur);
  // Direct children of tasks (depth 1), summed by name, after the script started.
  const isTask = (x: TraceEvent) => x.name === 'ThreadControllerImpl::RunTask' || x.name === 'RunTask';
  const sorted = [...main].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: TraceEvent[] = [];
  const breakdown = new Map<string, number>();
  let tasksAfterScript = 0;
  for (const x of sorted) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= x.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (x.ts >= scriptStart) {
      if (isTask(x) && !stack.some(isTask)) tasksAfterScript += x.dur!;
      else if (!isTask(x) && parent && isTask(parent)) {
        const name = isExtEvent(x) ? `${x.name} (ThruDial)` : x.name;
        breakdown.set(name, (breakdown.get(name) ?? 0) + x.dur! / 1000);
      }
    }
    stack.push(x);
  }
  // On the page's main thread every extension script is the content script, whatever its file
  // (bench:compare measures builds from before it became content-script.js, too).
  const contentEvents = main.filter(isExtEvent);
  const evaluations = contentEvents.filter((e) => e.name === 'EvaluateScript');
  const evaluateMs = evaluations.reduce((a, e) => a + e.dur! / 1000, 0);
  const evaluateCpuMs = evaluations.reduce((a, e) => a + (e.tdur ?? NaN) / 1000, 0);
  const compileMs = contentEvents.filter((e) => e.name === 'v8.compile').reduce((a, e) => a + e.dur! / 1000, 0);
  // Outermost stretches only (a FunctionCall inside the evaluation is counted once, with it).
  const extCpuMs = outermost(contentEvents).reduce((sum, e) => sum + (e.tdur ?? NaN) / 1000, 0);
  return {
    longTasks,
    longTasksAfterScript: longTasks.filter((t) => t.start >= scriptStart),
    breakdownAfterScript: [...breakdown].sort((a, b) => b[1] - a[1]),
    tasksAfterScriptMs: tasksAfterScript / 1000,
    longestExtSlice: ext.reduce((m, [a, b]) => Math.max(m, (b - a) / 1000), 0),
    extTotalMs: ext.reduce((sum, [a, b]) => sum + (b - a) / 1000, 0),
    evaluateMs,
    evaluateCpuMs,
    extCpuMs,
    compileMs,
  };
}

/** Loads `url` with a CDP trace until settled (big page) or until the first underline (small page). */
export async function traceSample(arm: Arm, url: string, until: 'idle' | 'underlined', hasNumbers = true): Promise<TraceAnalysis> {
  const { page, cdp } = await openTab(arm);
  try {
    const { events } = await withTrace(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      if (until === 'idle') await settle(page, cdp, { expectUnderline: isThruDial(arm.name) && hasNumbers, timeoutMs: 60_000 });
      else if (isThruDial(arm.name))
        await page.waitForFunction((n) => ((CSS as any).highlights.get(n)?.size ?? 0) >= 1, HIGHLIGHT_NAME, { timeout: 15_000, polling: 20 });
      else await sleep(300);
    });
    await cdp.detach().catch(() => {});
    return analyseTrace(events, url);
  } finally {
    await page.close();
  }
}

// ---- CDP sampling profile: hot spots in the extension's scripts -------------------------------

export interface HotSpot {
  /** function (minified name) or native name, with the extension frame it was called from. */
  label: string;
  selfMs: number;
  /** where in content.js (line:column, 1-based) and the source text there. */
  where: string;
  snippet: string;
}

export interface ProfileAnalysis {
  /** Samples with a content.js frame on the stack (JS, natives it called, forced style/layout), ms. */
  extOnStackMs: number;
  profileMs: number;
  hotSpots: HotSpot[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * Diagnostic load of the big page (not timed against anything): CDP trace and sampling profile at
 * once, waiting for a long quiet period so the highlight count is final.
 */
export async function diagnosticSample(arm: Arm, url: string, bundle: string, hasNumbers = true) {
  const { page, cdp } = await openTab(arm);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const { result: state, events } = await withTrace(cdp, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      return settle(page, cdp, { expectUnderline: isThruDial(arm.name) && hasNumbers, timeoutMs: 60_000 });
    });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach().catch(() => {});
    return { state, trace: analyseTrace(events, url), profile: analyseProfile(profile as any, bundle) };
  } finally {
    await page.close();
  }
}

function analyseProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }, bundle: string): ProfileAnalysis {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExt = (n: ProfileNode) => n.callFrame.url.startsWith(EXT_URL);
  /** Nearest extension frame at or above the node, cached. */
  const extFrame = new Map<number, ProfileNode | null>();
  const nearestExt = (id: number): ProfileNode | null => {
    if (extFrame.has(id)) return extFrame.get(id)!;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const r = isExt(n) ? n : p === undefined ? null : nearestExt(p);
    extFrame.set(id, r);
    return r;
  };
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + dt);
  }
  const lines = bundle.split('\n');
  const groups = new Map<string, HotSpot>();
  let extOnStack = 0;
  for (const [id, us] of self) {
    const ext = nearestExt(id);
    if (!ext) continue;
    extOnStack += us;
    const n = byId.get(id)!;
    const f = ext.callFrame;
    const where = `${f.lineNumber + 1}:${f.columnNumber + 1}`;
    const extName = `${f.functionName || '(anonymous)'}@${where}`;
    const label = isExt(n) ? extName : `${n.callFrame.functionName || '(native)'} ← ${extName}`;
    const g = groups.get(label) ?? { label, selfMs: 0, where, snippet: (lines[f.lineNumber] ?? '').slice(f.columnNumber, f.columnNumber + 90) };
    g.selfMs += us / 1000;
    groups.set(label, g);
  }
  return {
    extOnStackMs: extOnStack / 1000,
    profileMs: (profile.endTime - profile.startTime) / 1000,
    hotSpots: [...groups.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, 15),
  };
}

// ---- figure 4: click to request --------------------------------------------------------------

/** Fresh tab, trusted click on the number, ms until the demo server has the call-through request. */
export async function clickSample(arm: Arm, url: string, server: DemoServer): Promise<number> {
  const page = await arm.context.newPage();
  try {
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((n) => ((CSS as any).highlights.get(n)?.size ?? 0) >= 1, HIGHLIGHT_NAME, { timeout: 15_000, polling: 20 });
    const { x, y } = await numberPoint(page, '(213) 373-4253');
    server.clearRequests();
    const t0 = Date.now();
    await page.mouse.click(x, y);
    return await arrival(server, '/callthrough', t0);
  } finally {
    await page.close();
  }
}

/** Baseline: the page's own click handler fetch()es the same server (no extension involved). */
export async function pageFetchSample(arm: Arm, url: string, server: DemoServer): Promise<number> {
  const page = await arm.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate((target) => {
      document.getElementById('ping')!.addEventListener('click', () => void fetch(target, { mode: 'no-cors', cache: 'no-store' }).catch(() => {}));
    }, `${server.httpsUrl}/ping`);
    const box = (await page.locator('#ping').boundingBox())!;
    server.clearRequests();
    const t0 = Date.now();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    return await arrival(server, '/ping', t0);
  } finally {
    await page.close();
  }
}

async function arrival(server: DemoServer, prefix: string, t0: number): Promise<number> {
  const end = Date.now() + 10_000;
  for (;;) {
    const r = server.requests.find((q) => q.url.startsWith(prefix));
    if (r) return r.time - t0;
    if (Date.now() > end) return NaN;
    await sleep(1);
  }
}

// ---- figure 5: compile of the bundle in a page (no extension) ----------------------------------

/** `new Function(bundle)` in a fresh page: V8 parse/compile of the whole bundle text (not run), ms. */
export async function compileSample(arm: Arm, url: string, bundle: string): Promise<number> {
  const page = await arm.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate((src) => {
      const t0 = performance.now();
      // eslint-disable-next-line no-new-func
      const f = new Function(src);
      const ms = performance.now() - t0;
      void f;
      return ms;
    }, bundle);
  } finally {
    await page.close();
  }
}
