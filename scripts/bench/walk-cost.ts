/**
 * What reading the 5 MB bench page costs at all, before ThruDial does anything with it:
 *   npm run bench:walk [-- --loads N] [--only TEXT] [--against DIR]
 * (--only: the ways whose name holds TEXT; --against: ThruDial's ways also as bundled from another checkout of
 * the repository, e.g. a copy of the code before a change, interleaved with this one's; its walk-entry.ts must define
 * what this one's does, so copy it there when it is older.)
 * Each way of visiting the page's nodes (and what it found) runs once on a freshly loaded page (cold, as a content
 * script meets it), in the page's own world and in an isolated world (where content scripts run:
 * every node touched needs a wrapper of that world). Rounds interleave every way and world, the order rotating;
 * medians of N loads each (default 3), ms.
 * The last two ways are ThruDial's own (walk-entry.ts, bundled from source by walkBundle): its walk, what it costs
 * beyond the floor of visiting every node, and its whole reading (the tracker flushed, the background's questions
 * built, none sent). Headless Chromium without the extension, loopback only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startPageServer } from '../../tests/support/servers';
import { launchBrowser } from '../../tests/support/chromium';
import { median, sleep } from './measure';
import { bigPage } from './pages';

const args = process.argv.slice(2);
const LOADS = Math.max(1, Number(args.includes('--loads') ? args[args.indexOf('--loads') + 1] : NaN) || 3);
const ONLY = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
const AGAINST = args.includes('--against') ? path.resolve(args[args.indexOf('--against') + 1] ?? '.') : undefined;

/** Each returns a count, so nothing is optimized away. Plain JavaScript: it is evaluated in the page as it stands. */
const WAYS: Record<string, string> = {
  'every node, nodeType only (firstChild / nextSibling)': `{ let c = 0; const root = document.body; let n = root.firstChild;
    while (n) { if (n.nodeType) c++; if (n.firstChild) { n = n.firstChild; continue; }
      while (n && n !== root && !n.nextSibling) n = n.parentNode; n = !n || n === root ? null : n.nextSibling; } c; }`,
  'every node, text data tested for a digit': `{ const d = /[0-9]/; let c = 0; const root = document.body; let n = root.firstChild;
    while (n) { if (n.nodeType === 3) { if (d.test(n.data)) c++; } else if (n.nodeType === 1) { n.localName; n.shadowRoot; }
      if (n.firstChild) { n = n.firstChild; continue; }
      while (n && n !== root && !n.nextSibling) n = n.parentNode; n = !n || n === root ? null : n.nextSibling; } c; }`,
  'text nodes only (NodeIterator), data tested for a digit': `{ const d = /[0-9]/; const it = document.createNodeIterator(document.body, 4);
    let c = 0; for (let n = it.nextNode(); n; n = it.nextNode()) if (d.test(n.data)) c++; c; }`,
  'elements only (TreeWalker), shadowRoot read': `{ const it = document.createTreeWalker(document.body, 1);
    let c = 0; for (let n = it.nextNode(); n; n = it.nextNode()) if (n.shadowRoot) c++; c; }`,
  'blocks (p, li, td, th, h2, footer, nav) whose textContent has a digit': `{ const d = /[0-9]/; const all = document.body.querySelectorAll('p,li,td,th,h2,footer,nav');
    let c = 0; for (let i = 0; i < all.length; i++) if (d.test(all[i].textContent)) c++; c + ' of ' + all.length; }`,
  'text nodes with a digit (XPath snapshot)': `document.evaluate(".//text()[translate(., '0123456789', '') != .]", document.body, null, 7, null).snapshotLength`,
};

/** ThruDial's reading (walk-entry.ts) as one script that defines `__thrudialWalk()` and `__thrudialRead()` in the world it is evaluated in. */
async function walkBundle(repository: string): Promise<string> {
  const out = await build({
    configFile: false, logLevel: 'silent', resolve: { alias: { '@': repository } },
    build: { write: false, minify: true, lib: { entry: path.join(repository, 'scripts/bench/walk-entry.ts'), formats: ['iife'], name: 'thrudialWalk' } },
  });
  const output = (Array.isArray(out) ? out[0]! : out) as { output: { type: string; code?: string }[] };
  const chunk = output.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('the walk did not bundle');
  return chunk.code;
}

const THRUDIAL_WALK = "ThruDial's walk (tracker/walk.ts runsIn with the tracker's may-match test)";
const THRUDIAL_READ = "ThruDial's reading (the tracker flushed, questions built, none sent)";

async function main(): Promise<void> {
  const ways: Record<string, string> = { ...WAYS, [THRUDIAL_WALK]: '__thrudialWalk()', [THRUDIAL_READ]: '__thrudialRead()' };
  /** Evaluated before the timed call, so the bundle's own compile is not counted. */
  const bundle = await walkBundle(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
  const setup: Record<string, string> = { [THRUDIAL_WALK]: bundle, [THRUDIAL_READ]: bundle };
  if (AGAINST) {
    const other = await walkBundle(AGAINST);
    for (const name of [THRUDIAL_WALK, THRUDIAL_READ]) {
      ways[`${name}, ${AGAINST}`] = ways[name]!;
      setup[`${name}, ${AGAINST}`] = other;
    }
  }
  const pages = await startPageServer();
  const url = pages.serve('/big5.html', bigPage({ sections: 500 }).html);
  const { context } = await launchBrowser(undefined, {});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** One fresh load, one way timed in one world: [ms, what it found]. */
  async function sample(name: string, world: 'page' | 'isolated', load: number): Promise<[number, unknown]> {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(800); // past the page's own first frames
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      contextId = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `walk-cost-${load}` })).executionContextId;
    }
    if (setup[name]) {
      const r = await cdp.send('Runtime.evaluate', { expression: setup[name], ...(contextId ? { contextId } : {}) });
      if (r.exceptionDetails) throw new Error(`${name}: ${r.exceptionDetails.text}`);
    }
    const expression = `(() => { const t0 = performance.now(); const v = eval(${JSON.stringify(ways[name])}); return [performance.now() - t0, v]; })()`;
    const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, ...(contextId ? { contextId } : {}) });
    if (r.exceptionDetails) throw new Error(`${name}: ${r.exceptionDetails.text}`);
    return r.result.value as [number, unknown];
  }

  try {
    console.log(`5 MB bench page, ${LOADS} fresh loads per way and world, interleaved (the order rotates every round), median ms (samples)`);
    const cells = Object.keys(ways).filter((name) => name.includes(ONLY)).flatMap((name) => (['page', 'isolated'] as const).map((world) => ({ name, world, samples: [] as number[], found: undefined as unknown })));
    for (let round = 0; round < LOADS; round++)
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[(i + round) % cells.length]!;
        [cell.samples[round], cell.found] = await sample(cell.name, cell.world, round * cells.length + i);
      }
    for (const { name, world, samples, found } of cells)
      console.log(`${world.padEnd(8)} ${median(samples).toFixed(1).padStart(6)}  (${samples.map((s) => s.toFixed(1)).join(', ')})  ${name}: ${String(found)}`);
  } finally {
    await context.close();
    await pages.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
