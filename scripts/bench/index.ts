/**
 * ThruDial page-overhead benchmark in real headless Chromium (loopback only).
 *
 *   npm run bench            (= wxt build && tsx scripts/bench/index.ts)
 *   tsx scripts/bench/index.ts [--rounds N] [--no-write] [--strict]
 *
 * Three browsers ("arms"), each a persistent Chromium profile: no extension, the same build with an
 * empty content script (the floor any extension with a document_idle content script pays), and
 * ThruDial as built. Samples are interleaved (rounds, arm order rotated every round) and every
 * ratio is the median of the per-round ratios. CPU time (renderer main thread busy time,
 * CDP Performance.getMetrics TaskDuration) is printed beside wall time: the machine is shared.
 * Prints a table with targets and PASS/FAIL and writes it to docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo-server';
import { BUILT_EXTENSION, demoSettings, startPageServer } from '../../tests/e2e/harness';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import {
  clickSample, compileSample, diagnosticSample, extensionCopies, launchArm, loadSample, median, pageFetchSample,
  burstSample, storeSettings, traceSample, waitForContentScript, type Arm, type ArmName, type BurstSample, type LoadSample,
} from './measure';
import { BURST_SIZE, BURSTS, bigPage, burstPage, clickPage } from './pages';

const args = process.argv.slice(2);
const ROUNDS = Math.max(5, Number(args[args.indexOf('--rounds') + 1]) || 5);
const WRITE = !args.includes('--no-write');
const STRICT = args.includes('--strict');
const CLICKS = 15;
const ROOT = path.resolve(import.meta.dirname, '../..');
const started = Date.now();

const log = (...a: unknown[]) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

interface Row {
  figure: string;
  value: string;
  target: string;
  pass: boolean | undefined;
  method: string;
}

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

async function main(): Promise<void> {
  const m = machine();
  log(`machine: ${m.nproc} cores, ${m.cpu}, ${m.chromium}, node ${m.node}, load average ${m.load}`);
  const bundlePath = path.join(BUILT_EXTENSION, 'content-scripts/content.js');
  if (!fs.existsSync(bundlePath)) throw new Error(`no build at ${BUILT_EXTENSION}: run npx wxt build first`);
  // Snapshot the build now: others may rebuild .output/ while this runs.
  const copies = extensionCopies();
  const bundle = fs.readFileSync(path.join(copies.thrudial, 'content-scripts/content.js'), 'utf8');
  const bundleBytes = Buffer.byteLength(bundle);
  const bundleHash = crypto.createHash('sha256').update(bundle).digest('hex').slice(0, 12);
  log(`content.js ${bundleBytes} bytes, sha256 ${bundleHash}`);

  const server = await startDemoServer();
  const pages = await startPageServer();
  const big = bigPage();
  const bigUrl = pages.serve('/big.html', big.html);
  const burstUrl = pages.serve('/bursts.html', burstPage());
  const clickUrl = pages.serve('/click.html', clickPage());

  const arms: Record<ArmName, Arm> = {
    none: await launchArm('none', undefined, server.spkiHash),
    empty: await launchArm('empty', copies.empty, server.spkiHash),
    thrudial: await launchArm('thrudial', copies.thrudial, server.spkiHash),
  };
  const order: ArmName[] = ['none', 'empty', 'thrudial'];
  try {
    const settings = { ...DEFAULT_SETTINGS, ...demoSettings(server, { dialMode: 'qr' }) };
    for (const name of ['empty', 'thrudial'] as const) {
      await storeSettings(arms[name], settings);
      log(`${name}: content script ${await waitForContentScript(arms[name])}`);
    }

    // ---- diagnostic load: trace + profile, long quiet period -> the final highlight count ----
    log('diagnostic load of the 5 MB page (trace + profile) ...');
    const diag = await diagnosticSample(arms.thrudial, bigUrl, bundle, 3000);
    const finalCount = diag.state.count;
    log(`  final highlight count ${finalCount} of ${big.numbers} planted${diag.state.timedOut ? ' (TIMED OUT)' : ''}; ` +
      `content script on-stack ${f0(diag.profile.extOnStackMs)} ms`);

    // ---- figure 1 (+3, 6): load to idle ----
    const load: Record<ArmName, LoadSample[]> = { none: [], empty: [], thrudial: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of rotate(order, round)) {
        const s = await loadSample(arms[name], bigUrl, { walker: name === 'none', finalCount: name === 'thrudial' ? finalCount : undefined });
        load[name].push(s);
        log(`fig1 round ${round + 1} ${name.padEnd(8)} idle ${f0(s.idleAt)} ms (load ${f0(s.loadEnd)}), CPU ${f0(s.taskMs)} ms, ` +
          `long tasks ${s.longtasks.length}, count ${s.count}${s.timedOut ? ' TIMED OUT' : ''}`);
      }
    }

    // ---- figure 2: page DOM growth ----
    const bursts: Record<ArmName, BurstSample[]> = { none: [], empty: [], thrudial: [] };
    const expected = BURSTS * BURST_SIZE + 1;
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of rotate(order, round)) {
        // Waiting for all underlines costs ~10 s per sample: done in the first two rounds only.
        const s = await burstSample(arms[name], burstUrl, expected, round < 2);
        bursts[name].push(s);
        log(`fig2 round ${round + 1} ${name.padEnd(8)} page ${f1(s.elapsed)} ms, CPU ${f1(s.taskMs)} ms` +
          (s.underlinedAfter !== undefined ? `, all underlined ${f0(s.underlinedAfter)} ms after (count ${s.finalCount})` : ''));
      }
    }

    // ---- figure 4: click to request ----
    const clicks: number[] = [];
    for (let i = 0; i < CLICKS; i++) clicks.push(await clickSample(arms.thrudial, clickUrl, server));
    const pageFetch: number[] = [];
    for (let i = 0; i < 10; i++) pageFetch.push(await pageFetchSample(arms.none, clickUrl, server));
    log(`fig4 click->request ${clicks.map(f0).join(' ')} ms; page's own fetch ${pageFetch.map(f0).join(' ')} ms`);

    // ---- figure 5: content.js evaluation ----
    const evals: number[] = [];
    const compiles: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = await traceSample(arms.thrudial, clickUrl, 'underlined');
      evals.push(t.evaluateMs);
      compiles.push(t.compileMs);
    }
    const newFunction: number[] = [];
    for (let i = 0; i < 3; i++) newFunction.push(await compileSample(arms.none, clickUrl, bundle));
    log(`fig5 EvaluateScript ${evals.map(f1).join(' ')} ms (v8.compile ${compiles.map(f1).join(' ')}); new Function ${newFunction.map(f1).join(' ')} ms`);

    // ---- figures ----
    const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));
    const pick = (name: ArmName, f: (s: LoadSample) => number) => load[name].map(f);
    const idle = (n: ArmName) => pick(n, (s) => s.idleAt);
    const cpu = (n: ArmName) => pick(n, (s) => s.taskMs);
    const noneIdle = median(idle('none'));
    // Long tasks attributable to ThruDial: in the ThruDial arm, after its script started and after
    // the no-extension arm was already idle (median), i.e. tasks the page alone does not have.
    const attributable = load.thrudial.map((s) =>
      Math.max(0, ...s.longtasks.filter(([start]) => start >= Math.max(s.firstSeen, noneIdle)).map(([, d]) => d)));
    const attributableCount = median(load.thrudial.map((s) => s.longtasks.filter(([start]) => start >= Math.max(s.firstSeen, noneIdle)).length));
    const longestOverall = (n: ArmName) => median(load[n].map((s) => Math.max(0, ...s.longtasks.map(([, d]) => d))));
    const longtaskCount = (n: ArmName) => median(load[n].map((s) => s.longtasks.length));
    const traceLongestWithExt = Math.max(0, ...diag.trace.longTasks.filter((t) => t.extMs > 0).map((t) => t.dur));
    const traceLongestAfter = diag.trace.longTasksAfterScript[0];

    const walkerWarm = median(load.none.flatMap((s) => s.walker!.passes.slice(1)));
    const walkerFirst = median(load.none.map((s) => s.walker!.passes[0]!));
    const walkerInfo = load.none[0]!.walker!;
    const detectCpu = median(load.thrudial.map((s, i) => s.taskMs - load.empty[i]!.taskMs));
    const detectScript = median(load.thrudial.map((s, i) => s.scriptMs - load.empty[i]!.scriptMs));
    const scanWall = median(load.thrudial.map((s) => s.lastChange - s.firstSeen));

    const heapDelta = (b: ArmName) => median(load.thrudial.map((s) => s.heapUsed)) - median(load[b].map((s) => s.heapUsed));
    const oilpanDelta = (b: ArmName) => median(load.thrudial.map((s) => s.embedderHeap)) - median(load[b].map((s) => s.embedderHeap));

    const bElapsed = (n: ArmName) => bursts[n].map((s) => s.elapsed);
    const bCpu = (n: ArmName) => bursts[n].map((s) => s.taskMs);
    const underlined = bursts.thrudial.map((s) => s.underlinedAfter ?? NaN);

    const rows: Row[] = [
      {
        figure: '1. 5 MB page load-to-idle, vs no extension',
        value: `${f2(ratio(idle('thrudial'), idle('none')))}x (${f0(median(idle('thrudial')))} vs ${f0(noneIdle)} ms); CPU ${f2(ratio(cpu('thrudial'), cpu('none')))}x (${f0(median(cpu('thrudial')))} vs ${f0(median(cpu('none')))} ms)`,
        target: '≤ 1.10',
        pass: ratio(idle('thrudial'), idle('none')) <= 1.1,
        method: `idle = first moment after load from which ${500} ms pass with no longtask and no highlight-count change (ThruDial arm: once the count reached its final value ${finalCount}); median of ${ROUNDS} per-round ratios; CPU = TaskDuration`,
      },
      {
        figure: '1. 5 MB page load-to-idle, vs empty content script',
        value: `${f2(ratio(idle('thrudial'), idle('empty')))}x (empty ${f0(median(idle('empty')))} ms, empty/none ${f2(ratio(idle('empty'), idle('none')))}x); CPU ${f2(ratio(cpu('thrudial'), cpu('empty')))}x`,
        target: '≤ 1.10',
        pass: ratio(idle('thrudial'), idle('empty')) <= 1.1,
        method: 'same, against the same build with content.js emptied',
      },
      {
        figure: '1. longest main-thread task caused by ThruDial',
        value: `${f0(median(attributable))} ms (median of per-run max; worst ${f0(Math.max(...attributable))}; ${f0(attributableCount)} such tasks/run); trace: longest task after script start ${f0(traceLongestAfter?.dur ?? 0)} ms [${traceLongestAfter?.top ?? '-'}], longest with ThruDial JS inside ${f0(traceLongestWithExt)} ms, longest contiguous ThruDial JS ${f1(diag.trace.longestExtSlice)} ms`,
        target: '≤ 50 ms',
        pass: median(attributable) <= 50,
        method: `longtask entries (PerformanceObserver) in the ThruDial arm that start after the script started and after the no-extension arm's median idle (${f0(noneIdle)} ms); long tasks/run: none ${f0(longtaskCount('none'))} (max ${f0(longestOverall('none'))} ms), empty ${f0(longtaskCount('empty'))}, ThruDial ${f0(longtaskCount('thrudial'))} (max ${f0(longestOverall('thrudial'))} ms); trace = one CDP-traced load`,
      },
      {
        figure: '2. page appending 10,000 numbered nodes in 100 bursts, vs no extension',
        value: `${f2(ratio(bElapsed('thrudial'), bElapsed('none')))}x (${f0(median(bElapsed('thrudial')))} vs ${f0(median(bElapsed('none')))} ms); CPU ${f2(ratio(bCpu('thrudial'), bCpu('none')))}x (${f0(median(bCpu('thrudial')))} vs ${f0(median(bCpu('none')))} ms)`,
        target: '≤ 1.2',
        pass: ratio(bElapsed('thrudial'), bElapsed('none')) <= 1.2,
        method: `page's own performance.now() from first burst to a rAF after the last (setTimeout 0 between bursts); median of ${ROUNDS} per-round ratios; CPU = TaskDuration delta over the bursts`,
      },
      {
        figure: '2. same, vs empty content script',
        value: `${f2(ratio(bElapsed('thrudial'), bElapsed('empty')))}x; CPU ${f2(ratio(bCpu('thrudial'), bCpu('empty')))}x; all ${expected} underlined ${f0(median(underlined))} ms after the page finished`,
        target: '≤ 1.2',
        pass: ratio(bElapsed('thrudial'), bElapsed('empty')) <= 1.2,
        method: 'same, against the empty-content-script build',
      },
      {
        figure: '3. detection vs bare TreeWalker read of the same text',
        value: `${f1(detectCpu / walkerWarm)}x: detection CPU ${f0(detectCpu)} ms vs TreeWalker ${f1(walkerWarm)} ms (first pass ${f1(walkerFirst)} ms); JS-only ${f0(detectScript)} ms, profiler ThruDial-on-stack ${f0(diag.profile.extOnStackMs)} ms; scan wall ${f0(scanWall)} ms`,
        target: '≤ 3x',
        pass: detectCpu / walkerWarm <= 3,
        method: `detection CPU = renderer TaskDuration(ThruDial) − TaskDuration(empty script), same page, per round, median; TreeWalker = page.evaluate SHOW_TEXT walk reading .data of ${walkerInfo.textNodes} text nodes (${(walkerInfo.chars / 1e6).toFixed(2)} M chars), median of warm passes; scan wall = first to last highlight change`,
      },
      {
        figure: '4. click on a number → call-through request at the server',
        value: `median ${f0(median(clicks))} ms (min ${f0(Math.min(...clicks))}, max ${f0(Math.max(...clicks))}, n=${clicks.length}); page's own fetch on click ${f0(median(pageFetch))} ms`,
        target: '≤ 30 ms',
        pass: median(clicks) <= 30,
        method: 'Date.now() before page.mouse.click (trusted) → demo server arrival time; dialMode qr, https demo server, fresh tab per click; baseline: a page button whose handler fetch()es the same server, no extension',
      },
      {
        figure: '5. content.js size',
        value: `${bundleBytes} bytes (${(bundleBytes / 1024).toFixed(1)} KiB), sha256 ${bundleHash}`,
        target: '≤ 200 KiB',
        pass: bundleBytes <= 200 * 1024,
        method: '.output/chrome-mv3/content-scripts/content.js as built (minified)',
      },
      {
        figure: '5. content.js evaluation',
        value: `${f1(median(evals))} ms (v8.compile ${f1(median(compiles))} ms; max ${f1(Math.max(...evals))}); big page ${f1(diag.trace.evaluateMs)} ms; new Function(bundle) compile ${f1(median(newFunction))} ms`,
        target: '≤ 15 ms',
        pass: median(evals) <= 15,
        method: 'CDP trace EvaluateScript (url content.js) on the renderer main thread, as injected, 5 fresh tabs on a small page; cross-check: new Function(text) in a page without the extension',
      },
      {
        figure: '6. memory retained on the 5 MB page (JS heap)',
        value: `+${mb(heapDelta('none'))} MB vs no extension, +${mb(heapDelta('empty'))} MB vs empty; Blink/Oilpan heap +${mb(oilpanDelta('none'))} MB / +${mb(oilpanDelta('empty'))} MB`,
        target: '≤ 10 MB',
        pass: heapDelta('none') <= 10 * 1024 * 1024,
        method: 'after 2× HeapProfiler.collectGarbage: Runtime.getHeapUsage usedSize (V8 isolate: page + isolated world) and embedderHeapUsedSize (Oilpan: DOM, Ranges, styles), medians',
      },
    ];

    const table = [
      '| Figure | Value | Target | Result | Method |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.target} | ${r.pass === undefined ? '-' : r.pass ? 'PASS' : 'FAIL'} | ${r.method} |`),
    ].join('\n');
    console.log('\n' + rows.map((r) => `${r.pass ? 'PASS' : 'FAIL'}  ${r.figure}\n      ${r.value}\n      target ${r.target}; ${r.method}`).join('\n'));

    const hot = diag.profile.hotSpots.map((h) => `| ${f1(h.selfMs)} | \`${h.label}\` | \`${h.snippet.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`).join('\n');
    const longTasks = diag.trace.longTasksAfterScript.slice(0, 8).map((t) => `| ${f0(t.dur)} | ${f1(t.extMs)} | ${t.top} |`).join('\n');
    console.log(`\nHot spots (self time with a content.js frame on the stack, ${f0(diag.profile.extOnStackMs)} ms of ${f0(diag.profile.profileMs)} ms profiled):`);
    for (const h of diag.profile.hotSpots) console.log(`  ${f1(h.selfMs).padStart(7)} ms  ${h.label}   ${h.snippet.slice(0, 70)}`);
    const breakdown = diag.trace.breakdownAfterScript.map(([n, ms]) => `${n} ${f0(ms)}`).join(', ');
    console.log(`Main thread after the content script started (traced load): ${f0(diag.trace.tasksAfterScriptMs)} ms in tasks; by activity (ms): ${breakdown}`);
    console.log(`Long tasks after the content script started (traced load): ${diag.trace.longTasksAfterScript.length}`);
    for (const t of diag.trace.longTasksAfterScript.slice(0, 8)) console.log(`  ${f0(t.dur).padStart(5)} ms (ThruDial JS ${f1(t.extMs)} ms): ${t.top}`);

    const elapsed = (Date.now() - started) / 1000;
    console.log(`\nmachine: ${m.nproc} cores, ${m.cpu}, ${m.chromium}, node ${m.node}; load average at start ${m.load}, at end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; bench ${elapsed.toFixed(0)} s`);

    if (WRITE) {
      const doc = `# Performance

Measured by \`npm run bench\` (\`wxt build && tsx scripts/bench/index.ts\`) in headless Chromium, loopback only.
Every figure is a ratio or difference against the same page in a browser without the extension and in one
with the same build whose content script is empty (the floor every extension with a content script pays),
from interleaved runs (${ROUNDS} rounds, arm order rotated each round), medians of the per-round figures.
CPU time is the renderer main thread's busy time (CDP \`Performance.getMetrics\` TaskDuration).

- Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${elapsed.toFixed(0)} s; content.js sha256 ${bundleHash} (${bundleBytes} bytes)
- Machine: ${m.nproc} cores, ${m.cpu}, ${m.chromium}, node ${m.node}; load average ${m.load} at start (shared machine: wall-clock ratios move between runs; compare CPU)
- 5 MB page: ${(big.bytes / 1e6).toFixed(2)} MB HTML, ${walkerInfo.textNodes} text nodes, ${big.numbers} numbers planted (${finalCount} underlined), paragraphs, tables, lists, inline markup, dates, prices, IPs, versions (scripts/bench/pages.ts, seeded)

${table}

## Where the time goes

One CDP-traced load of the 5 MB page with ThruDial: after the content script started, the renderer
main thread ran ${f0(diag.trace.tasksAfterScriptMs)} ms of tasks. Their direct activities (ms; "(ThruDial)" = the
extension's own script): ${breakdown}.

Long main-thread tasks after the content script started in that load (ThruDial JS = time in events
whose script is the extension's):

| Task ms | ThruDial JS ms | Largest activities (ms) |
|---|---|---|
${longTasks || '| - | - | none |'}

Hot spots: self time of samples with a content.js frame on the stack (CDP Profiler, 250 µs sampling,
one load of the 5 MB page; ${f0(diag.profile.extOnStackMs)} ms in total). Names are the minified ones; the
snippet is the function's source in the built content.js.

| Self ms | Function (line:col in content.js) | Source |
|---|---|---|
${hot}
`;
      fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
      fs.writeFileSync(path.join(ROOT, 'docs/performance.md'), doc);
      log('wrote docs/performance.md');
    }
    if (STRICT && rows.some((r) => r.pass === false)) process.exitCode = 1;
  } finally {
    for (const arm of Object.values(arms)) await arm.close().catch(() => {});
    await server.close();
    await pages.close();
    for (const dir of Object.values(copies)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
