/**
 * Head to head on the 5 MB bench page: builds of ThruDial against the empty content script, in
 * one run, interleaved, for trying a design before the full bench.
 *   npx wxt build && cp -r .output/chrome-mv3 /tmp/a   (then change something, build, copy to /tmp/b)
 *   npm run bench:compare -- /tmp/a /tmp/b [--rounds 3] [--first-underline 5] [--evaluate 7] [--clicks 9] [--floor] [--long-task 10] [--profile] [--no-numbers]
 * Prints per build the medians of: load-to-idle and its ratio to the empty script, page CPU, CPU of
 * every process of the browser, load event → first underline in view (its own loads), and the
 * content script's EvaluateScript on the small click page (wall and thread time), and a click on a
 * number → the call-through request at the server; `--long-task N` traces the 5 MB page N times per arm, interleaved
 * with the empty script, and gives the medians of the page's own longest task after the script's start (wall and
 * thread time) and the longest task holding ThruDial JS, and where each build's extra main-thread time goes (the
 * median time per trace activity, against the empty script's); `--profile` adds each build's hot spots (one
 * profiled load: the profiler lengthens JS, so it is timed against nothing); `--no-numbers` loads the 5 MB page with decoys in place
 * of its numbers instead (the full bench's page without numbers). The same primitives as `npm run bench`
 * (measure.ts); headless Chromium, loopback only. `--floor` adds, for --evaluate, a content script that
 * does only what any content script talking to its background must (MESSAGING_FLOOR): the floor under
 * ThruDial's evaluation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startDemoServer } from '../demo-server';
import { CONTENT_JS, copyExtension, storeSettings, waitForContentScript } from '../../tests/support/chromium';
import { demoSettings, startPageServer } from '../../tests/support/servers';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import {
  calibrate, clickSample, diagnosticSample, firstUnderlineSample, launchArm, loadSample, longestWithJs, longestWithoutJs, median, threadMs, traceSample,
  type Arm, type LoadSample, type TraceAnalysis,
} from './measure';
import { bigPage, clickPage } from './pages';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Math.max(0, Number(args[args.indexOf(name) + 1]) || 0) : fallback);
const ROUNDS = option('--rounds', 3);
const FIRST_UNDERLINE = option('--first-underline', 0);
const EVALUATE = option('--evaluate', 0);
const CLICKS = option('--clicks', 0);
const LONG_TASK = option('--long-task', 0);
const FLOOR = args.includes('--floor');
const PROFILE = args.includes('--profile');
/** The 5 MB page with decoys in place of its numbers (`npm run bench`'s page without numbers). */
const NO_NUMBERS = args.includes('--no-numbers');
/** The options that take a number after them. */
const VALUED = new Set(['--rounds', '--first-underline', '--evaluate', '--clicks', '--long-task']);
const builds = args.filter((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1]!));

/** Reads the page's language and host, asks the background once and listens for its messages: nothing of ThruDial's own. */
const MESSAGING_FLOOR = `const api = globalThis.browser?.runtime?.id ? globalThis.browser : chrome;
api.runtime.onMessage.addListener(() => undefined);
api.runtime.sendMessage({ type: 'page-config', page: { lang: document.documentElement.lang, hostname: location.hostname } }).catch(() => undefined);
`;

function messagingFloorExtension(): string {
  const dir = copyExtension({ grantLoopback: true, emptyContentScript: true });
  fs.writeFileSync(path.join(dir, CONTENT_JS), MESSAGING_FLOOR);
  return dir;
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');

/** The median main-thread time after the script's start, and per trace activity, of a build's traces minus the empty script's (largest first). */
function activityDeltas(traces: TraceAnalysis[], empty: TraceAnalysis[], top = 10): string {
  /** Each activity's median over the traces; a trace without it counts 0 ms. */
  const byActivity = (list: TraceAnalysis[]) => {
    const names = new Set(list.flatMap((t) => t.breakdownAfterScript.map(([name]) => name)));
    const msIn = (t: TraceAnalysis, name: string) => t.breakdownAfterScript.find(([n]) => n === name)?.[1] ?? 0;
    return new Map([...names].map((name) => [name, median(list.map((t) => msIn(t, name)))]));
  };
  const mine = byActivity(traces);
  const theirs = byActivity(empty);
  const deltas = [...new Set([...mine.keys(), ...theirs.keys()])]
    .map((name) => [name, (mine.get(name) ?? 0) - (theirs.get(name) ?? 0)] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, top);
  const total = median(traces.map((t) => t.tasksAfterScriptMs)) - median(empty.map((t) => t.tasksAfterScriptMs));
  return `main thread after the script's start ${total >= 0 ? '+' : ''}${f0(total)} ms vs empty (${deltas.map(([n, d]) => `${n} ${d >= 0 ? '+' : ''}${f0(d)}`).join(', ')})`;
}

async function main(): Promise<void> {
  // That page has no number to underline, in view or anywhere.
  if (NO_NUMBERS && FIRST_UNDERLINE) throw new Error('--first-underline needs the page with numbers');
  if (!builds.length) throw new Error('usage: npm run bench:compare -- <built extension dir>... [--rounds N] [--first-underline N] [--evaluate N] [--clicks N] [--floor] [--long-task N] [--profile] [--no-numbers]');
  const server = await startDemoServer();
  const pages = await startPageServer();
  const url = pages.serve('/big5.html', bigPage({ sections: 500, numbers: !NO_NUMBERS }).html);
  const clickUrl = pages.serve('/click.html', clickPage());
  const arms: Arm[] = [await launchArm('empty', copyExtension({ grantLoopback: true, emptyContentScript: true }), server.spkiHash)];
  for (const dir of builds) arms.push(await launchArm('near', copyExtension({ grantLoopback: true, source: dir }), server.spkiHash));
  const names = ['empty content script', ...builds];
  // Named 'empty' for the measuring code: it draws no underline to wait for.
  const floor = FLOOR ? await launchArm('empty', messagingFloorExtension(), server.spkiHash) : undefined;
  try {
    const settings = { ...DEFAULT_SETTINGS, ...demoSettings(server, { dialMode: 'qr' }) };
    for (const arm of floor ? [...arms, floor] : arms) {
      await storeSettings(arm.context, settings);
      await waitForContentScript(arm.context);
    }
    await calibrate(arms[0]!, clickUrl);
    const loads: LoadSample[][] = arms.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < arms.length; i++) {
        const k = (i + round) % arms.length; // the order rotates every round
        const s = await loadSample(arms[k]!, url, 90_000, !NO_NUMBERS);
        loads[k]!.push(s);
        console.log(`round ${round + 1} ${names[k]}: idle ${f0(s.idleAt)} ms (load ${f0(s.loadEnd)}), CPU ${f0(s.taskMs)} ms, all processes ${f0(s.browserCpuMs)} ms, reported ${s.reported}`);
      }
    }
    const firstUnderline: number[][] = arms.map(() => []);
    for (let round = 0; round < FIRST_UNDERLINE; round++)
      for (let k = 1; k < arms.length; k++) firstUnderline[k]!.push(await firstUnderlineSample(arms[k]!, url));
    // Index 0 is the messaging floor here (the empty script has nothing to evaluate).
    const evaluated = [floor, ...arms.slice(1)];
    const evaluate: number[][] = arms.map(() => []);
    const evaluateCpu: number[][] = arms.map(() => []);
    const startCpu: number[][] = arms.map(() => []);
    for (let round = 0; round < EVALUATE; round++)
      for (let k = 0; k < evaluated.length; k++) {
        if (!evaluated[k]) continue;
        const trace = await traceSample(evaluated[k]!, clickUrl, 'underlined');
        evaluate[k]!.push(trace.evaluateMs);
        evaluateCpu[k]!.push(trace.evaluateCpuMs);
        startCpu[k]!.push(trace.extCpuMs);
      }

    const longTask: TraceAnalysis[][] = arms.map(() => []);
    for (let round = 0; round < LONG_TASK; round++)
      for (let i = 0; i < arms.length; i++) {
        const k = (i + round) % arms.length;
        longTask[k]!.push(await traceSample(arms[k]!, url, 'idle', !NO_NUMBERS));
      }

    // One at a time: loads side by side would share the two cores.
    const profiles: Awaited<ReturnType<typeof diagnosticSample>>[] = [];
    if (PROFILE) for (const [i, dir] of builds.entries()) profiles.push(await diagnosticSample(arms[i + 1]!, url, fs.readFileSync(path.join(dir, CONTENT_JS), 'utf8'), !NO_NUMBERS));

    const clicks: number[][] = arms.map(() => []);
    for (let round = 0; round < CLICKS; round++)
      for (let k = 1; k < arms.length; k++) clicks[k]!.push(await clickSample(arms[k]!, clickUrl, server));

    const m = (k: number, f: (s: LoadSample) => number) => median(loads[k]!.map(f));
    const evaluation = (k: number) =>
      `evaluation ${median(evaluate[k]!).toFixed(1)} ms (${evaluate[k]!.map((e) => e.toFixed(1)).join(', ')}), ` +
      `its thread time ${median(evaluateCpu[k]!).toFixed(1)} ms (${evaluateCpu[k]!.map((e) => e.toFixed(1)).join(', ')}); ` +
      `the content script's thread time until the first underline ${median(startCpu[k]!).toFixed(1)} ms (${startCpu[k]!.map((e) => e.toFixed(1)).join(', ')})`;
    console.log(`\n5 MB page${NO_NUMBERS ? ' without numbers' : ''}, ${ROUNDS} interleaved rounds, medians`);
    for (let k = 0; k < arms.length; k++) {
      const parts = ROUNDS
        ? [`load-to-idle ${f0(m(k, (s) => s.idleAt))} ms (${(m(k, (s) => s.idleAt) / m(0, (s) => s.idleAt)).toFixed(2)}x)`,
          `page CPU ${f0(m(k, (s) => s.taskMs))} ms (${(m(k, (s) => s.taskMs) / m(0, (s) => s.taskMs)).toFixed(2)}x)`,
          `all processes ${f0(m(k, (s) => s.browserCpuMs))} ms`]
        : [];
      if (k && FIRST_UNDERLINE) parts.push(`first underline ${f0(median(firstUnderline[k]!))} ms (${firstUnderline[k]!.map(f0).join(', ')})`);
      if (k && EVALUATE) parts.push(evaluation(k));
      if (LONG_TASK) {
        const own = longTask[k]!.map((t) => longestWithoutJs(t));
        const ownThread = longTask[k]!.map((t) => longestWithoutJs(t, threadMs));
        parts.push(`the page's own longest task ${f0(median(own))} ms (${own.map(f0).join(', ')}), thread time ${f0(median(ownThread))} ms (${ownThread.map(f0).join(', ')})` +
          (k ? `; longest task holding ThruDial JS ${f0(Math.max(...longTask[k]!.map((t) => longestWithJs(t))))} ms (thread ${f0(Math.max(...longTask[k]!.map((t) => longestWithJs(t, threadMs))))})` : ''));
        if (k) parts.push(activityDeltas(longTask[k]!, longTask[0]!));
        // Wall time also counts the stretches the page's thread waited for a core (on 2 cores the service worker and the browser process run meanwhile).
        if (k) parts.push(`ThruDial's own JS on the page's thread ${f0(median(longTask[k]!.map((t) => t.extTotalMs)))} ms wall, ${f0(median(longTask[k]!.map((t) => t.extCpuMs)))} ms thread time`);
      }
      if (k && CLICKS) parts.push(`click → request ${f0(median(clicks[k]!))} ms (${clicks[k]!.map(f0).join(', ')})`);
      console.log(`${names[k]}: ${parts.join('; ')}`);
      const profile = profiles[k - 1];
      if (profile) {
        console.log(`  hot spots (one profiled load, 250 µs sampling; ${f0(profile.profile.extOnStackMs)} ms with content.js on the stack), self ms:`);
        for (const h of profile.profile.hotSpots) console.log(`  ${h.selfMs.toFixed(1).padStart(7)}  ${h.label}  ${h.snippet.slice(0, 60)}`);
      }
    }
    if (floor && EVALUATE) console.log(`messaging floor (a content script that only asks its background once): ${evaluation(0)}`);
  } finally {
    for (const arm of arms) await arm.close();
    await floor?.close();
    await pages.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
