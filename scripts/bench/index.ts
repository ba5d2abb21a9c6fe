/**
 * ThruDial page-overhead benchmark in real headless Chromium (loopback only).
 *
 *   npm run bench            (= tsx scripts/bench/index.ts: builds both designs, then measures)
 *   tsx scripts/bench/index.ts [--rounds N] [--quick] [--tiny] [--no-build] [--no-write] [--strict] [--help]
 *
 * Four browsers ("arms"), each a persistent Chromium profile: no extension; the default build with
 * an empty content script (the floor any extension with a document_idle content script pays);
 * ThruDial as built (`near`: underlines registered only near the viewport); and ThruDial built with
 * WXT_THRUDIAL_UNDERLINE=all (`all`: every found number registered). Samples are interleaved
 * (rounds, arm order rotated every round), every tab is brought to the foreground, and every ratio
 * is the median of the per-round ratios. A load ends when the load event has passed, (ThruDial
 * arms) the first underline exists, and the renderer main thread has been quiet for 500 ms
 * (CDP TaskDuration grew < 5 ms, no long task): the same criterion in every arm.
 * --quick: 1 and 5 MB only (no 20 MB), 3 rounds unless --rounds, fewer clicks, writes nothing.
 * --tiny (development): the big pages 20x smaller. --no-build: use .output/chrome-mv3 and .output/bench-all as built.
 * Prints the tables and writes them to docs/performance.md (unless --no-write).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo-server';
import { BUILT_EXTENSION, CONTENT_JS, storeSettings, waitForContentScript } from '../../tests/support/chromium';
import { demoSettings, startPageServer } from '../../tests/support/servers';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import {
  calibrate, clickSample, compileSample, QUIET_MS, quietThreshold, diagnosticSample, extensionCopies, firstUnderlineSample, isThruDial, launchArm, loadSample, median,
  pageFetchSample, scriptedSample, THRUDIAL_ARMS, traceSample,
  longestWithJs, longestWithoutJs, threadMs, type Arm, type ArmName, type LoadSample, type ScriptedSample, type TraceAnalysis,
} from './measure';
import { BURST_SIZE, BURSTS, bigPage, burstPage, clickPage, framesPage, ROUTES, routeAppPage, shadowAppPage } from './pages';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ROUNDS = Math.max(1, Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : NaN) || (QUICK ? 3 : 5));
/** The 20 MB page takes ~10-60 s per load and arm, and the no-numbers page serves mostly the traces: fewer rounds. */
const ROUNDS_20 = Math.ceil(ROUNDS / 2);
const WRITE = !args.includes('--no-write') && !QUICK && !args.includes('--tiny');
const STRICT = args.includes('--strict');
const BUILD = !args.includes('--no-build');
/** Development only: the "1 MB" and "5 MB" pages are 20x smaller, to check the whole run quickly. */
const TINY = args.includes('--tiny');
const CLICKS = QUICK ? 5 : 15;
/**
 * Loads traced per arm and page for the longest task ThruDial causes (causedBy): with the script at document_start,
 * the page's own parse and first whole layout (1.0-2.3 s on the 5 MB page, spread widely between loads of any arm)
 * come after the script's start, so one load per arm cannot tell whether ThruDial lengthens them.
 */
const TRACES = QUICK ? 3 : 5;
/** Loads traced per arm for content.js's evaluation: its wall time spreads widely on 2 cores. */
const EVALUATIONS = QUICK ? 5 : 9;
const ROOT = path.resolve(import.meta.dirname, '../..');
const started = Date.now();
/** Every sample, one JSON line each, as the run goes (kept if a run is stopped). */
const SAMPLES = path.join(os.tmpdir(), `thrudial-bench-samples-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);

const log = (...a: unknown[]) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const sgn = (n: number) => (Number.isFinite(n) ? (n >= 0 ? '+' : '') + n.toFixed(0) : 'n/a');
const mb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1024 / 1024).toFixed(1) : 'n/a');

const ARMS: ArmName[] = ['none', 'empty', 'near', 'all'];

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  let chromium = '?';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  return { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu, chromium, node: process.version, load: os.loadavg().map((l) => l.toFixed(1)).join(' ') };
}

function rotate<T>(list: T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/** Builds the `all` design into a copy, then the default design into .output/chrome-mv3. Returns the copy. */
function buildBoth(): string {
  const allDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-bench-all-build-'));
  if (BUILD) {
    log('building WXT_THRUDIAL_UNDERLINE=all ...');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WXT_THRUDIAL_UNDERLINE: 'all' } });
    fs.cpSync(BUILT_EXTENSION, allDir, { recursive: true });
    log('building the default design (near) ...');
    const env = { ...process.env };
    delete env.WXT_THRUDIAL_UNDERLINE;
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });
  } else {
    if (!fs.existsSync(path.join(ROOT, '.output/bench-all'))) throw new Error('--no-build needs .output/bench-all (a WXT_THRUDIAL_UNDERLINE=all build)');
    fs.cpSync(path.join(ROOT, '.output/bench-all'), allDir, { recursive: true });
  }
  const near = fs.readFileSync(path.join(BUILT_EXTENSION, CONTENT_JS), 'utf8');
  const all = fs.readFileSync(path.join(allDir, CONTENT_JS), 'utf8');
  if (!/underline:`near`/.test(near) || !/underline:`all`/.test(all)) log('WARNING: could not confirm the underline design in the two builds');
  return allDir;
}

interface BigPageInfo {
  key: string;
  mb: number;
  url: string;
  numbers: number;
  bytes: number;
  rounds: number;
  timeoutMs: number;
}

async function main(): Promise<void> {
  const m = machine();
  log(`samples: ${SAMPLES}`);
  log(`machine: ${m.nproc} cores, ${m.cpu}, ${m.chromium}, node ${m.node}, load average ${m.load}`);
  const allBuild = buildBoth();
  // Snapshot the builds now: others may rebuild .output/ while this runs.
  const copies = extensionCopies(allBuild);
  fs.rmSync(allBuild, { recursive: true, force: true });
  const bundleOf = (dir: string) => fs.readFileSync(path.join(dir, CONTENT_JS), 'utf8');
  const bundles = { near: bundleOf(copies.near), all: bundleOf(copies.all) };
  const hash = (s: string) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 12);
  const bundleBytes = Buffer.byteLength(bundles.near);
  log(`content.js near ${bundleBytes} bytes (sha256 ${hash(bundles.near)}), all ${Buffer.byteLength(bundles.all)} bytes (sha256 ${hash(bundles.all)})`);

  const server = await startDemoServer();
  const pages = await startPageServer();
  const bigs: BigPageInfo[] = [];
  for (const [mbSize, sections, rounds, timeoutMs] of [
    [1, 100, ROUNDS, 60_000],
    [5, 500, ROUNDS, 90_000],
    ...(QUICK ? [] : [[20, 2000, ROUNDS_20, 120_000]]),
  ] as [number, number, number, number][]) {
    const p = bigPage({ sections: TINY ? Math.ceil(sections / 20) : sections });
    bigs.push({ key: `${mbSize} MB`, mb: p.bytes / 1e6, url: pages.serve(`/big${mbSize}.html`, p.html), numbers: p.numbers, bytes: p.bytes, rounds, timeoutMs });
  }
  const big5 = bigs.find((b) => b.key === '5 MB')!;
  const plain = bigPage({ sections: TINY ? 25 : 500, numbers: false });
  const plainUrl = pages.serve('/plain5.html', plain.html);
  const frames = framesPage();
  const shadow = shadowAppPage();
  const routes = routeAppPage();
  const others = [
    { key: '5 MB, no numbers', url: plainUrl, numbers: 0, rounds: ROUNDS_20, timeoutMs: 90_000 },
    { key: '50 frames', url: pages.serve('/frames.html', frames.html), numbers: frames.numbers, rounds: ROUNDS, timeoutMs: 60_000 },
    { key: 'web components, 5,000 shadow rows', url: pages.serve('/components.html', shadow.html), numbers: shadow.numbers, rounds: ROUNDS, timeoutMs: 60_000 },
  ];
  const burstUrl = pages.serve('/bursts.html', burstPage());
  const routesUrl = pages.serve('/routes.html', routes.html);
  const clickUrl = pages.serve('/click.html', clickPage());

  const arms = {} as Record<ArmName, Arm>;
  arms.none = await launchArm('none', undefined, server.spkiHash);
  arms.empty = await launchArm('empty', copies.empty, server.spkiHash);
  arms.near = await launchArm('near', copies.near, server.spkiHash);
  arms.all = await launchArm('all', copies.all, server.spkiHash);
  const timeouts: string[] = [];
  try {
    const settings = { ...DEFAULT_SETTINGS, ...demoSettings(server, { dialMode: 'qr' }) };
    for (const name of ['empty', 'near', 'all'] as const) {
      await storeSettings(arms[name].context, settings);
      log(`${name}: content script ${await waitForContentScript(arms[name].context)}`);
    }
    // Warm every arm the same way: one small page load each (ThruDial: until underlined).
    for (const name of ARMS) await traceSample(arms[name], clickUrl, 'underlined');

    // ---- load to idle: 1, 5, (20) MB, and the pages for the new reach ----
    const loads = new Map<string, Record<ArmName, LoadSample[]>>();
    const calibrated: string[] = [];
    const recalibrate = async (what: string) => {
      const floor = await calibrate(arms.none, clickUrl);
      calibrated.push(`${f1(floor)} (${what})`);
      log(`polling floor ${f1(floor)} ms per ${QUIET_MS} ms: quiet below ${f1(quietThreshold())} ms`);
    };
    for (const p of [...bigs, ...others]) {
      await recalibrate(p.key);
      const rec: Record<ArmName, LoadSample[]> = { none: [], empty: [], near: [], all: [] };
      loads.set(p.key, rec);
      for (let round = 0; round < p.rounds; round++) {
        for (const name of rotate(ARMS, round)) {
          const s = await loadSample(arms[name], p.url, p.timeoutMs, p.numbers > 0);
          rec[name].push(s);
          fs.appendFileSync(SAMPLES, JSON.stringify({ page: p.key, round, ...s }) + '\n');
          if (s.timedOut) timeouts.push(`${p.key} ${name} round ${round + 1}`);
          log(`${p.key.padEnd(12).slice(0, 12)} round ${round + 1} ${name.padEnd(5)} idle ${f0(s.idleAt)} ms (load ${f0(s.loadEnd)}), CPU ${f0(s.taskMs)} ms (all processes ${f0(s.browserCpuMs)}, extension ${f0(s.extensionCpuMs)}), ` +
            `long tasks ${s.longtasks.length}${isThruDial(name) ? `, highlight ${s.count}, reported ${s.reported} (${s.reportedFrames} frames)` : ''}` +
            `${s.timedOut ? ' TIMED OUT' : ''}`);
        }
      }
    }

    // ---- first underline in the viewport on the 5 MB page (fast-polling samples of their own) ----
    const first: Record<'near' | 'all', number[]> = { near: [], all: [] };
    for (let i = 0; i < (QUICK ? 3 : 5); i++) for (const name of rotate(THRUDIAL_ARMS, i) as ('near' | 'all')[]) first[name].push(await firstUnderlineSample(arms[name], big5.url));
    log(`first underline in view after load (5 MB): near ${first.near.map(f0).join(' ')} ms; all ${first.all.map(f0).join(' ')} ms`);

    // ---- the page's own DOM growth: bursts and route changes ----
    const scripted = async (key: string, url: string, start: string, result: string) => {
      const rec: Record<ArmName, ScriptedSample[]> = { none: [], empty: [], near: [], all: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of rotate(ARMS, round)) {
          const s = await scriptedSample(arms[name], url, start, result);
          rec[name].push(s);
          fs.appendFileSync(SAMPLES, JSON.stringify({ page: key, round, ...s }) + '\n');
          if (s.timedOut) timeouts.push(`${key} ${name} round ${round + 1}`);
          log(`${key} round ${round + 1} ${name.padEnd(5)} page ${f1(s.elapsed)} ms, CPU during ${f0(s.taskDuring)} ms, to idle ${f0(s.taskToIdle)} ms, ` +
            `settled ${f0(s.settleAfter)} ms after${isThruDial(name) ? `, reported ${s.reported}` : ''}${s.timedOut ? ' TIMED OUT' : ''}`);
        }
      }
      return rec;
    };
    await recalibrate('bursts, routes');
    const bursts = await scripted('bursts', burstUrl, '__startBursts', '__burst');
    const routeRec = await scripted('routes', routesUrl, '__startRoutes', '__routes');

    // ---- traces: long-task attribution (5 MB with and without numbers), hot spots ----
    log('traced loads of the 5 MB pages ...');
    // Profiled once for the hot spots only: the profiler's sampling lengthens JS, so its trace counts for nothing else.
    const diag = await diagnosticSample(arms.near, big5.url, bundles.near);
    const tracedArms = ['empty', 'near', 'all'] as const;
    const tracedPages = { '5 MB': { url: big5.url, numbers: true }, '5 MB no numbers': { url: plainUrl, numbers: false } };
    const traced: Record<string, TraceAnalysis[]> = {};
    for (const [page, { url, numbers }] of Object.entries(tracedPages))
      for (let round = 0; round < TRACES; round++)
        for (const name of rotate([...tracedArms], round)) (traced[`${name}, ${page}`] ??= []).push(await traceSample(arms[name], url, 'idle', numbers));
    /** Each arm's load whose page-own longest task is its median one: the load the report shows. */
    const traces: Record<string, TraceAnalysis> = Object.fromEntries(
      Object.entries(traced).map(([k, list]) => [k, [...list].sort((a, b) => longestWithoutJs(a) - longestWithoutJs(b))[Math.floor((list.length - 1) / 2)]!]),
    );
    for (const [k, list] of Object.entries(traced))
      log(`traces ${k}: longest task after script start without ThruDial JS ${list.map((t) => `${f0(longestWithoutJs(t))} (thread ${f0(longestWithoutJs(t, threadMs))})`).join(', ')} ms; with ThruDial JS ${list.map((t) => `${f0(longestWithJs(t))} (thread ${f0(longestWithJs(t, threadMs))})`).join(', ')} ms`);

    // ---- click to request ----
    const clicks: Record<'near' | 'all', number[]> = { near: [], all: [] };
    for (let i = 0; i < CLICKS; i++) for (const name of ['near', 'all'] as const) clicks[name].push(await clickSample(arms[name], clickUrl, server));
    const pageFetch: number[] = [];
    for (let i = 0; i < 5; i++) pageFetch.push(await pageFetchSample(arms.none, clickUrl, server));
    log(`click->request near ${clicks.near.map(f0).join(' ')} ms; all ${clicks.all.map(f0).join(' ')} ms; page's own fetch ${pageFetch.map(f0).join(' ')} ms`);

    // ---- content.js evaluation ----
    const evals: Record<'near' | 'all', number[]> = { near: [], all: [] };
    const compiles: number[] = [];
    const evalCpu: Record<'near' | 'all', number[]> = { near: [], all: [] };
    for (let i = 0; i < EVALUATIONS; i++)
      for (const name of ['near', 'all'] as const) {
        const t = await traceSample(arms[name], clickUrl, 'underlined');
        evals[name].push(t.evaluateMs);
        evalCpu[name].push(t.evaluateCpuMs);
        if (name === 'near') compiles.push(t.compileMs);
      }
    const newFunction: number[] = [];
    for (let i = 0; i < 3; i++) newFunction.push(await compileSample(arms.none, clickUrl, bundles.near));
    log(`EvaluateScript near ${evals.near.map(f1).join(' ')} ms (thread ${evalCpu.near.map(f1).join(' ')}), all ${evals.all.map(f1).join(' ')} ms (thread ${evalCpu.all.map(f1).join(' ')}); new Function ${newFunction.map(f1).join(' ')} ms`);

    // ================================== figures ==================================
    const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));
    const diff = (a: number[], b: number[]) => median(a.map((x, i) => x - b[i]!));
    const idle = (rec: Record<ArmName, LoadSample[]>, n: ArmName) => rec[n].map((s) => s.idleAt);
    const cpu = (rec: Record<ArmName, LoadSample[]>, n: ArmName) => rec[n].map((s) => s.taskMs);
    const allCpu = (rec: Record<ArmName, LoadSample[]>, n: ArmName) => rec[n].map((s) => s.browserCpuMs);
    const extCpu = (rec: Record<ArmName, LoadSample[]>, n: ArmName) => rec[n].map((s) => s.extensionCpuMs);
    const get = (k: string) => loads.get(k)!;

    // Scaling table.
    const scaling: string[] = [
      '| Page | Arm | Load-to-idle ms (median) | vs empty | Extra wall ms vs empty | Extra wall ms per MB | CPU ms (median) | CPU vs empty | Extra CPU ms per MB | All-process CPU ms (extension process) | All-process CPU vs empty | Highlight / reported count | Timeouts |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ];
    const perMb: Record<string, Record<string, { wall: number; cpu: number; ratio: number }>> = {};
    for (const b of bigs) {
      const rec = get(b.key);
      perMb[b.key] = {};
      for (const n of ARMS) {
        const wallX = diff(idle(rec, n), idle(rec, 'empty'));
        const cpuX = diff(cpu(rec, n), cpu(rec, 'empty'));
        const r = ratio(idle(rec, n), idle(rec, 'empty'));
        perMb[b.key]![n] = { wall: wallX / b.mb, cpu: cpuX / b.mb, ratio: r };
        const counts = isThruDial(n) ? `${f0(median(rec[n].map((s) => s.count)))} / ${f0(median(rec[n].map((s) => s.reported)))} of ${b.numbers} planted` : '-';
        scaling.push(`| ${b.key} (${b.mb.toFixed(2)} MB) | ${n} | ${f0(median(idle(rec, n)))} | ${f2(r)}x | ${n === 'empty' ? '-' : sgn(wallX)} | ${n === 'empty' ? '-' : sgn(wallX / b.mb)} | ` +
          `${f0(median(cpu(rec, n)))} | ${f2(ratio(cpu(rec, n), cpu(rec, 'empty')))}x | ${n === 'empty' ? '-' : sgn(cpuX / b.mb)} | ` +
          `${f0(median(allCpu(rec, n)))} (${f0(median(extCpu(rec, n)))}) | ${f2(ratio(allCpu(rec, n), allCpu(rec, 'empty')))}x | ${counts} | ${rec[n].filter((s) => s.timedOut).length}/${rec[n].length} |`);
      }
    }
    const otherTable: string[] = [
      '| Page | Arm | Load-to-idle ms | vs empty | vs none | CPU ms | CPU vs empty | Reported count (frames with numbers) | Highlight size (top document) | Timeouts |',
      '|---|---|---|---|---|---|---|---|---|---|',
    ];
    for (const p of others) {
      const rec = get(p.key);
      for (const n of ARMS)
        otherTable.push(`| ${p.key} | ${n} | ${f0(median(idle(rec, n)))} | ${f2(ratio(idle(rec, n), idle(rec, 'empty')))}x | ${f2(ratio(idle(rec, n), idle(rec, 'none')))}x | ${f0(median(cpu(rec, n)))} | ` +
          `${f2(ratio(cpu(rec, n), cpu(rec, 'empty')))}x | ${isThruDial(n) ? `${f0(median(rec[n].map((s) => s.reported)))} of ${p.numbers} (${f0(median(rec[n].map((s) => s.reportedFrames)))})` : '-'} | ` +
          `${isThruDial(n) ? f0(median(rec[n].map((s) => s.count))) : '-'} | ${rec[n].filter((s) => s.timedOut).length}/${rec[n].length} |`);
    }
    const scriptedTable = (name: string, rec: Record<ArmName, ScriptedSample[]>, expected: number) => {
      const out: string[] = [];
      for (const n of ARMS) {
        const e = rec[n].map((s) => s.elapsed);
        out.push(`| ${name} | ${n} | ${f1(median(e))} | ${f2(ratio(e, rec.empty.map((s) => s.elapsed)))}x | ${f2(ratio(e, rec.none.map((s) => s.elapsed)))}x | ` +
          `${f0(median(rec[n].map((s) => s.taskDuring)))} | ${f0(median(rec[n].map((s) => s.taskToIdle)))} | ${f2(ratio(rec[n].map((s) => s.taskToIdle), rec.empty.map((s) => s.taskToIdle)))}x | ` +
          `${f0(median(rec[n].map((s) => s.settleAfter)))} | ${isThruDial(n) ? `${f0(median(rec[n].map((s) => s.reported)))} of ${expected}` : '-'} | ${rec[n].filter((s) => s.timedOut).length}/${rec[n].length} |`);
      }
      return out;
    };
    const growthTable = [
      '| Page | Arm | Page\'s own time ms | vs empty | vs none | CPU during ms | CPU until settled ms | CPU until settled vs empty | Settled ms after the page finished | Reported count at the end | Timeouts |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...scriptedTable(`${BURSTS}×${BURST_SIZE} numbered nodes in bursts (first burst → rAF after last)`, bursts, BURSTS * BURST_SIZE + 1),
      ...scriptedTable(`${ROUTES} route changes, 400 rows each (median route: change → rAF + task)`, routeRec, routes.numbers),
    ];

    // Longest task ThruDial causes.
    const attributable = (n: ArmName, key: string) => {
      const baseIdle = median(idle(get(key), 'empty'));
      return get(key)[n].map((s) => Math.max(0, ...s.longtasks.filter(([start]) => start >= baseIdle).map(([, d]) => d)));
    };
    const traceLongest = (t: TraceAnalysis) => t.longTasksAfterScript[0];
    const traceWithJs = (t: TraceAnalysis) => Math.max(0, ...t.longTasks.filter((x) => x.extMs > 0).map((x) => x.dur));
    const describeTrace = (k: string) => {
      const t = traces[k]!;
      const l = traceLongest(t);
      return `${k}: longest after script start ${f0(l?.dur ?? 0)} ms${l ? ` [${l.top}; ThruDial JS ${f1(l.extMs)}; Chromium's page-text capture ${f0(l.chromeCaptureMs)}]` : ''}, longest with ThruDial JS ${f0(traceWithJs(t))} ms, longest contiguous ThruDial JS ${f1(t.longestExtSlice)} ms`;
    };
    /**
     * Caused by ThruDial (`npm run bench`'s rule, docs/performance.md): the longest task after its script started that
     * holds ThruDial JS, over all its traced loads; or, when longer, how much longer the page's own longest task
     * (no ThruDial JS inside) is with ThruDial than with the empty script, medians of TRACES interleaved loads each.
     */
    const causedBy = (n: 'near' | 'all', page: string) => {
      const [mine, empty] = [traced[`${n}, ${page}`]!, traced[`empty, ${page}`]!];
      const heaviest = [...mine].sort((a, b) => longestWithJs(b) - longestWithJs(a))[0]!;
      const withJs = longestWithJs(heaviest);
      const lengthened = median(mine.map((t) => longestWithoutJs(t))) - median(empty.map((t) => longestWithoutJs(t)));
      // Beside, in thread time (a 2-core machine's waits for a core taken out): reported, not judged.
      const withJsThread = longestWithJs(heaviest, threadMs);
      const lengthenedThread = median(mine.map((t) => longestWithoutJs(t, threadMs))) - median(empty.map((t) => longestWithoutJs(t, threadMs)));
      return { withJs, lengthened, withJsThread, lengthenedThread, caused: Math.max(0, withJs, lengthened) };
    };
    const describeCaused = (n: 'near' | 'all') => {
      const [a, b] = [causedBy(n, '5 MB'), causedBy(n, '5 MB no numbers')];
      return `${f0(a.caused)} / ${f0(b.caused)} ms (task holding ThruDial JS ${f0(a.withJs)} / ${f0(b.withJs)}, thread time ${f0(a.withJsThread)} / ${f0(b.withJsThread)}; ` +
        `page's own longest task lengthened ${sgn(a.lengthened)} / ${sgn(b.lengthened)}, thread time ${sgn(a.lengthenedThread)} / ${sgn(b.lengthenedThread)})`;
    };

    // Memory on 5 MB.
    const mem = (n: ArmName) => {
      const r = get('5 MB');
      return { js: median(r[n].map((s) => s.heapUsed)), dom: median(r[n].map((s) => s.embedderHeap)) };
    };
    const memDelta = (n: ArmName) => ({ js: mem(n).js - mem('empty').js, dom: mem(n).dom - mem('empty').dom });

    const r5 = get('5 MB');
    const firstMed = (n: 'near' | 'all') => median(first[n]);
    const burstRatio = (n: ArmName) => ratio(bursts[n].map((s) => s.elapsed), bursts.empty.map((s) => s.elapsed));
    const growth = (k: string) => {
      const r = perMb[k];
      return r;
    };
    const scalingVerdict = (n: ArmName) => {
      const keys = bigs.map((b) => b.key);
      const vals = keys.map((k) => growth(k)![n]!.cpu);
      const walls = keys.map((k) => growth(k)![n]!.wall);
      return { vals, walls, ok: vals.every((v, i) => i === 0 || v <= Math.max(vals[0]!, 0) * 1.25 + 20) };
    };

    interface Row { figure: string; near: string; all: string; target: string; pass: [boolean | undefined, boolean | undefined] }
    const rows: Row[] = [
      {
        figure: '5 MB page load-to-idle vs empty content script (wall; page CPU; all-process CPU)',
        near: `${f2(perMb['5 MB']!.near!.ratio)}x; CPU ${f2(ratio(cpu(r5, 'near'), cpu(r5, 'empty')))}x; all ${f2(ratio(allCpu(r5, 'near'), allCpu(r5, 'empty')))}x`,
        all: `${f2(perMb['5 MB']!.all!.ratio)}x; CPU ${f2(ratio(cpu(r5, 'all'), cpu(r5, 'empty')))}x; all ${f2(ratio(allCpu(r5, 'all'), allCpu(r5, 'empty')))}x`,
        target: '≤ 1.10x',
        pass: [perMb['5 MB']!.near!.ratio <= 1.1, perMb['5 MB']!.all!.ratio <= 1.1],
      },
      {
        figure: 'Scaling: extra CPU ms per MB vs empty at ' + bigs.map((b) => b.key).join(' / ') + ' (wall ms per MB)',
        near: `${scalingVerdict('near').vals.map(f0).join(' / ')} (${scalingVerdict('near').walls.map(f0).join(' / ')})`,
        all: `${scalingVerdict('all').vals.map(f0).join(' / ')} (${scalingVerdict('all').walls.map(f0).join(' / ')})`,
        target: 'does not grow with size',
        pass: bigs.length > 2 ? [scalingVerdict('near').ok, scalingVerdict('all').ok] : [undefined, undefined],
      },
      {
        figure: '10,000-node bursts: page time vs empty',
        near: `${f2(burstRatio('near'))}x; CPU until settled ${f2(ratio(bursts.near.map((s) => s.taskToIdle), bursts.empty.map((s) => s.taskToIdle)))}x`,
        all: `${f2(burstRatio('all'))}x; CPU until settled ${f2(ratio(bursts.all.map((s) => s.taskToIdle), bursts.empty.map((s) => s.taskToIdle)))}x`,
        target: '≤ 1.20x',
        pass: [burstRatio('near') <= 1.2, burstRatio('all') <= 1.2],
      },
      {
        figure: 'Longest main-thread task ThruDial causes (CDP trace: 5 MB with numbers / without; longtask observer, 5 MB, median of per-load max after the empty arm\'s idle)',
        near: `${describeCaused('near')}; observer ${f0(median(attributable('near', '5 MB')))} ms`,
        all: `${describeCaused('all')}; observer ${f0(median(attributable('all', '5 MB')))} ms`,
        target: '≤ 50 ms',
        pass: (['near', 'all'] as const).map((n) => Math.max(causedBy(n, '5 MB').caused, causedBy(n, '5 MB no numbers').caused, median(attributable(n, '5 MB'))) <= 50) as [boolean, boolean],
      },
      {
        figure: 'Renderer memory on the 5 MB page vs empty (JS heap + Oilpan/DOM-side)',
        near: `+${mb(memDelta('near').js + memDelta('near').dom)} MB (JS ${mb(memDelta('near').js)}, Oilpan ${mb(memDelta('near').dom)})`,
        all: `+${mb(memDelta('all').js + memDelta('all').dom)} MB (JS ${mb(memDelta('all').js)}, Oilpan ${mb(memDelta('all').dom)})`,
        target: '≤ +10 MB',
        pass: (['near', 'all'] as const).map((n) => memDelta(n).js + memDelta(n).dom <= 10 * 1024 * 1024) as [boolean, boolean],
      },
      {
        figure: 'content.js size (minified)',
        near: `${(bundleBytes / 1024).toFixed(1)} KiB`,
        all: `${(Buffer.byteLength(bundles.all) / 1024).toFixed(1)} KiB`,
        target: '≤ 200 KiB',
        pass: [bundleBytes <= 200 * 1024, Buffer.byteLength(bundles.all) <= 200 * 1024],
      },
      {
        figure: `content.js evaluation (CDP trace EvaluateScript, small page, median of ${EVALUATIONS}; its thread time beside)`,
        near: `${f1(median(evals.near))} ms (thread ${f1(median(evalCpu.near))}, v8.compile ${f1(median(compiles))})`,
        all: `${f1(median(evals.all))} ms (thread ${f1(median(evalCpu.all))})`,
        target: '≤ 10 ms',
        pass: [median(evals.near) <= 10, median(evals.all) <= 10],
      },
      {
        figure: 'Load event → first underline inside the viewport, 5 MB page (4 ms polling, median)',
        near: `${f0(firstMed('near'))} ms (${first.near.map(f0).join(', ')})`,
        all: `${f0(firstMed('all'))} ms (${first.all.map(f0).join(', ')})`,
        target: '≤ 150 ms',
        pass: [firstMed('near') <= 150, firstMed('all') <= 150],
      },
      {
        figure: 'Click on a number → call-through request at the server (median)',
        near: `${f0(median(clicks.near))} ms (n=${clicks.near.length}, max ${f0(Math.max(...clicks.near))})`,
        all: `${f0(median(clicks.all))} ms (n=${clicks.all.length}, max ${f0(Math.max(...clicks.all))})`,
        target: '≤ 30 ms',
        pass: [median(clicks.near) <= 30, median(clicks.all) <= 30],
      },
    ];
    const mark = (p: boolean | undefined) => (p === undefined ? '-' : p ? 'met' : 'MISSED');
    const mainTable = [
      '| Figure | near (default build) | | all (WXT_THRUDIAL_UNDERLINE=all) | | Target |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.figure} | ${r.near} | ${mark(r.pass[0])} | ${r.all} | ${mark(r.pass[1])} | ${r.target} |`),
    ].join('\n');
    console.log('\n' + mainTable + '\n\n' + scaling.join('\n') + '\n\n' + otherTable.join('\n') + '\n\n' + growthTable.join('\n'));

    const traceTable = [
      '| Traced load | Main thread after script start ms | Long tasks after script start (ms, ThruDial JS ms inside, largest activities) |',
      '|---|---|---|',
      ...Object.entries(traces).map(([k, t]) => `| ${k} | ${f0(t.tasksAfterScriptMs)} | ${t.longTasksAfterScript.slice(0, 5).map((x) => `${f0(x.dur)} (JS ${f1(x.extMs)}; Chromium page-text capture ${f0(x.chromeCaptureMs)}; ${x.top})`).join('<br>') || 'none'} |`),
    ].join('\n');
    const breakdowns = Object.entries(traces).map(([k, t]) => `- ${k}: ${t.breakdownAfterScript.slice(0, 10).map(([n, ms]) => `${n} ${f0(ms)}`).join(', ')}`).join('\n');
    const hot = diag.profile.hotSpots.map((h) => `| ${f1(h.selfMs)} | \`${h.label}\` | \`${h.snippet.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`).join('\n');
    console.log('\n' + traceTable + '\n' + breakdowns);
    console.log(`\nHot spots (near, 5 MB; ${f0(diag.profile.extOnStackMs)} ms with content.js on the stack):`);
    for (const h of diag.profile.hotSpots) console.log(`  ${f1(h.selfMs).padStart(7)} ms  ${h.label}   ${h.snippet.slice(0, 70)}`);
    for (const k of Object.keys(traces)) console.log(describeTrace(k));
    if (timeouts.length) console.log(`\nTIMEOUTS (sample taken at the bound): ${timeouts.join('; ')}`);

    const elapsed = (Date.now() - started) / 1000;
    const end = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`\nmachine: ${m.nproc} cores, ${m.cpu}, ${m.chromium}, node ${m.node}; load average at start ${m.load}, at end ${end}; bench ${elapsed.toFixed(0)} s`);

    if (WRITE) {
      const doc = `# Performance

Measured by \`npm run bench\` (\`tsx scripts/bench/index.ts\`: it builds both underline designs, then measures) in
headless Chromium, loopback only. Four browsers ("arms"): **none** (no extension), **empty** (the default
build with content.js emptied: the floor any extension with a content script pays), **near** (ThruDial as
built: Highlight ranges registered only for numbers near the viewport) and **all** (built with
\`WXT_THRUDIAL_UNDERLINE=all\`: every found number registered). Samples are interleaved (${ROUNDS} rounds${bigs.length > 2 ? `, ${ROUNDS_20} for 20 MB` : ''},
arm order rotated each round), each in a fresh foreground tab; every ratio is the median of the per-round ratios.

**A load ends** when the load event has passed, (ThruDial arms) the first underline exists, and the renderer
main thread has been quiet for 500 ms: CDP \`Performance.getMetrics\` TaskDuration grew by less than 5 ms over
the window beyond the bench's own polling, and no long task ended in it (ThruDial's idle slices keep TaskDuration growing while it still
works). Load-to-idle is the page time at the start of that window; CPU is TaskDuration until then (the page's main
thread). ThruDial matches in its service worker, so the scaling table also gives the **all-process CPU**: utime +
stime (+ reaped children) of every process of that browser instance from navigation to idle, read from /proc
(\`scripts/bench/process-cpu.ts\`, 10 ms resolution), and in brackets the extension process's share. Polled
every 100 ms in every arm alike; bounded (timeouts are counted in the tables). The polling's own cost (TaskDuration
growth per 500 ms on a settled page without the extension, measured before each page group) was ${calibrated.join(', ')} ms. Memory: after 2×
\`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\` usedSize (V8: page + isolated worlds) and
embedderHeapUsedSize (Oilpan: DOM, Ranges, style data). Counts: the highlight size in the top document, and the
exact count every frame's content script reported to the background (the badge's source). The pages' own probe polls the highlight's size every 50 ms;
only the first-underline loads (their own, 4 ms polling) read where its ranges are: a range's box lays the page out,
and only ThruDial's arms have ranges (until 2026-12-05 every load read them, charging that layout to ThruDial).

- Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${elapsed.toFixed(0)} s${QUICK ? ' (--quick: no 20 MB page)' : ''}; content.js near sha256 ${hash(bundles.near)} (${bundleBytes} bytes), all sha256 ${hash(bundles.all)}
- Machine: ${m.nproc} cores, ${m.cpu}, ${m.chromium}, node ${m.node}; load average ${m.load} at start, ${end} at end (shared machine: wall-clock ratios move between runs; compare CPU)
- Big pages (scripts/bench/pages.ts, seeded): ${bigs.map((b) => `${b.key} = ${(b.bytes / 1e6).toFixed(2)} MB, ${b.numbers} numbers planted`).join('; ')}; paragraphs, tables, lists, inline markup, dates, prices, IPs, versions. The no-numbers page is the 5 MB page with every number replaced by a decoy.
${timeouts.length ? `- **Timeouts** (sample taken at the bound): ${timeouts.join('; ')}\n` : ''}
## Targets (issue 9)

${mainTable}

## Load to idle by page size (scaling)

${scaling.join('\n')}

## Pages for the new reach

${otherTable.join('\n')}

## The page's own DOM changes

${growthTable.join('\n')}

## Where the time goes (CDP traces: ${TRACES} interleaved loads per arm and page; the table shows each arm's median one)

"Caused by ThruDial" in the targets table: the longest task that holds ThruDial JS, over all ${TRACES} traced loads;
or, when longer, how much longer the page's own longest task after the script's start (no ThruDial JS inside) is
with ThruDial than with the empty content script, medians of the ${TRACES} loads each. The script runs at
document_start, so the page's own parse and first whole layout (one task of 1.0-2.3 s on the 5 MB page, spread
widely between loads of any arm) come after its start in every arm: one load per arm cannot tell whether ThruDial
lengthens them. Not caught: a task ThruDial triggers without JS of its own that is shorter than the page's own
longest (the traces table lists every arm's long tasks to compare).
Chromium's own page-text capture for language detection (ChromeRenderFrameObserver::CapturePageText, in the
first frame after load, which every bench page requests at load in every arm) is taken out of each task first.

${traceTable}

Main thread after the content script started, by direct activity (ms; "(ThruDial)" = the extension's own script):
${breakdowns}

Hot spots (near, 5 MB): self time of samples with a content.js frame on the stack (CDP Profiler, 250 µs sampling;
${f0(diag.profile.extOnStackMs)} ms in total). Names are the minified ones.

| Self ms | Function (line:col in content.js) | Source |
|---|---|---|
${hot}
`;
      fs.writeFileSync(path.join(ROOT, 'docs/performance.md'), doc);
      log('wrote docs/performance.md');
    }
    if (STRICT && rows.some((r) => r.pass.includes(false))) process.exitCode = 1;
  } finally {
    for (const arm of Object.values(arms)) await arm.close().catch(() => {});
    await server.close();
    await pages.close();
    for (const dir of Object.values(copies)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (args.includes('--help')) {
  // The usage is this file's opening comment: print it and start nothing.
  const usage = /^\/\*\*\n([\s\S]*?)\n \*\//.exec(fs.readFileSync(import.meta.filename, 'utf8'))?.[1] ?? '';
  console.log(usage.replace(/^ \* ?/gm, ''));
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
