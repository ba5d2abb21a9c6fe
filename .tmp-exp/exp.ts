import fs from 'node:fs'; import http from 'node:http'; import os from 'node:os'; import path from 'node:path';
import { chromium } from 'playwright-core';
import { bigPage } from '../scripts/bench/pages';
const sections = Number(process.argv[2] ?? 2500);
const html = bigPage({ sections }).html as string;
console.log('page MB', (html.length / 1e6).toFixed(2));
const server = http.createServer((req, res) => { res.setHeader('content-type', 'text/html'); res.end(html); }).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as any).port}/p.html`;
function ext(name: string, cs: unknown[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exp-' + name));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1', host_permissions: ['http://127.0.0.1/*'], content_scripts: cs }));
  fs.writeFileSync(path.join(dir, 'empty.js'), '');
  fs.writeFileSync(path.join(dir, 'hl.css'), '::highlight(thrudial-number) { text-decoration: underline dotted; }');
  return dir;
}
const M = ['http://127.0.0.1/*'];
const arms: Record<string, string | undefined> = {
  none: undefined,
  idle: ext('idle', [{ matches: M, js: ['empty.js'], run_at: 'document_idle', all_frames: true }]),
  start: ext('start', [{ matches: M, js: ['empty.js'], run_at: 'document_start', all_frames: true }, { matches: M, js: ['empty.js'], run_at: 'document_idle', all_frames: true }]),
  css: ext('css', [{ matches: M, css: ['hl.css'], js: ['empty.js'], run_at: 'document_idle', all_frames: true }]),
};
const ctx: Record<string, any> = {};
for (const [name, dir] of Object.entries(arms)) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'exp-prof-'));
  ctx[name] = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, ...(dir ? { ignoreDefaultArgs: ['--disable-extensions'], args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox'] } : { args: ['--no-sandbox'] }) });
}
const res: Record<string, number[]> = {};
for (let round = 0; round < Number(process.argv[3] ?? 3); round++) {
  for (const name of Object.keys(arms)) {
    const page = await ctx[name].newPage();
    await page.goto(url, { waitUntil: 'load' });
    const t = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return [n.domContentLoadedEventStart, n.loadEventStart]; });
    (res[name] ??= []).push(Math.round(t[1]));
    if (round === 0 && name === 'css') {
      const deco = await page.evaluate(() => {
        const p = document.querySelector('p')!; const r = document.createRange(); r.selectNodeContents(p);
        CSS.highlights.set('thrudial-number', new Highlight(r));
        const host = document.createElement('div'); document.body.prepend(host); const sr = host.attachShadow({ mode: 'open' }); sr.innerHTML = '<p>x</p>';
        return [getComputedStyle(p, '::highlight(thrudial-number)').textDecorationLine, getComputedStyle(sr.querySelector('p')!, '::highlight(thrudial-number)').textDecorationLine, document.styleSheets.length, document.adoptedStyleSheets.length];
      });
      console.log('css arm: highlight decoration doc / shadow, styleSheets, adopted:', deco);
    }
    await page.close();
  }
  console.log(JSON.stringify(res));
}
for (const c of Object.values(ctx)) await c.close();
server.close();
