/**
 * Head to head on the 5 MB bench page: builds of ThruDial against the empty content script, in
 * one run, interleaved, for trying a design before the full bench.
 *   npx wxt build && cp -r .output/chrome-mv3 /tmp/a   (then change something, build, copy to /tmp/b)
 *   npm run bench:compare -- /tmp/a /tmp/b [--rounds 3] [--first-underline 5] [--evaluate 7]
 * Prints per build the medians of: load-to-idle and its ratio to the empty script, page CPU, CPU of
 * every process of the browser, load event → first underline in view (its own loads), and the
 * content script's EvaluateScript on the small click page (wall and thread time). The same primitives as `npm run bench`
 * (measure.ts); headless Chromium, loopback only.
 */
import { startDemoServer } from '../demo-server';
import { copyExtension, storeSettings, waitForContentScript } from '../../tests/support/chromium';
import { demoSettings, startPageServer } from '../../tests/support/servers';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { calibrate, firstUnderlineSample, launchArm, loadSample, median, traceSample, type Arm, type LoadSample } from './measure';
import { bigPage, clickPage } from './pages';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Math.max(0, Number(args[args.indexOf(name) + 1]) || 0) : fallback);
const ROUNDS = option('--rounds', 3);
const FIRST_UNDERLINE = option('--first-underline', 0);
const EVALUATE = option('--evaluate', 0);
const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');

async function main(): Promise<void> {
  if (!builds.length) throw new Error('usage: npm run bench:compare -- <built extension dir>... [--rounds N] [--first-underline N] [--evaluate N]');
  const server = await startDemoServer();
  const pages = await startPageServer();
  const url = pages.serve('/big5.html', bigPage({ sections: 500 }).html);
  const clickUrl = pages.serve('/click.html', clickPage());
  const arms: Arm[] = [await launchArm('empty', copyExtension({ grantLoopback: true, emptyContentScript: true }), server.spkiHash)];
  for (const dir of builds) arms.push(await launchArm('near', copyExtension({ grantLoopback: true, source: dir }), server.spkiHash));
  const names = ['empty content script', ...builds];
  try {
    const settings = { ...DEFAULT_SETTINGS, ...demoSettings(server, { dialMode: 'qr' }) };
    for (const arm of arms) {
      await storeSettings(arm.context, settings);
      await waitForContentScript(arm.context);
    }
    await calibrate(arms[0]!, clickUrl);
    const loads: LoadSample[][] = arms.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < arms.length; i++) {
        const k = (i + round) % arms.length; // the order rotates every round
        const s = await loadSample(arms[k]!, url, 90_000, true);
        loads[k]!.push(s);
        console.log(`round ${round + 1} ${names[k]}: idle ${f0(s.idleAt)} ms (load ${f0(s.loadEnd)}), CPU ${f0(s.taskMs)} ms, all processes ${f0(s.browserCpuMs)} ms, reported ${s.reported}`);
      }
    }
    const firstUnderline: number[][] = arms.map(() => []);
    for (let round = 0; round < FIRST_UNDERLINE; round++)
      for (let k = 1; k < arms.length; k++) firstUnderline[k]!.push(await firstUnderlineSample(arms[k]!, url));
    const evaluate: number[][] = arms.map(() => []);
    const evaluateCpu: number[][] = arms.map(() => []);
    for (let round = 0; round < EVALUATE; round++)
      for (let k = 1; k < arms.length; k++) {
        const trace = await traceSample(arms[k]!, clickUrl, 'underlined');
        evaluate[k]!.push(trace.evaluateMs);
        evaluateCpu[k]!.push(trace.evaluateCpuMs);
      }

    const m = (k: number, f: (s: LoadSample) => number) => median(loads[k]!.map(f));
    console.log(`\n5 MB page, ${ROUNDS} interleaved rounds, medians`);
    for (let k = 0; k < arms.length; k++) {
      const parts = ROUNDS
        ? [`load-to-idle ${f0(m(k, (s) => s.idleAt))} ms (${(m(k, (s) => s.idleAt) / m(0, (s) => s.idleAt)).toFixed(2)}x)`,
          `page CPU ${f0(m(k, (s) => s.taskMs))} ms (${(m(k, (s) => s.taskMs) / m(0, (s) => s.taskMs)).toFixed(2)}x)`,
          `all processes ${f0(m(k, (s) => s.browserCpuMs))} ms`]
        : [];
      if (k && FIRST_UNDERLINE) parts.push(`first underline ${f0(median(firstUnderline[k]!))} ms (${firstUnderline[k]!.map(f0).join(', ')})`);
      if (k && EVALUATE)
        parts.push(`evaluation ${median(evaluate[k]!).toFixed(1)} ms (${evaluate[k]!.map((e) => e.toFixed(1)).join(', ')}), ` +
          `its thread time ${median(evaluateCpu[k]!).toFixed(1)} ms (${evaluateCpu[k]!.map((e) => e.toFixed(1)).join(', ')})`);
      console.log(`${names[k]}: ${parts.join('; ')}`);
    }
  } finally {
    for (const arm of arms) await arm.close();
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
