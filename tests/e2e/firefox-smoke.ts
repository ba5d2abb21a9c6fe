/**
 * Firefox smoke test: the MV3 Firefox build installs in firefox-esr (headless, through web-ext's
 * API) and its content script finds a number on a page served from 127.0.0.1. The content script
 * runs only on granted sites, so the test loads a copy whose manifest lists the loopback origins in
 * host_permissions: the state of a user who granted them.
 * Run: `npm run test:firefox` (builds first; isolates the network to loopback when run as root).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import webExt from 'web-ext';

const builtDir = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');
const extensionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-firefox-'));
fs.cpSync(builtDir, extensionDir, { recursive: true });
const manifestPath = path.join(extensionDir, 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*', 'https://127.0.0.1/*'];
fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
const TIMEOUT_MS = 45_000;

// The page reports back once the content script has underlined its number.
const page = `<!doctype html><html lang="en-US"><body>
<p>Call us at <b>+1</b> (213) 373-4253 today.</p>
<script>
  const started = Date.now();
  (function poll() {
    const highlight = window.CSS && CSS.highlights && CSS.highlights.get('thrudial-number');
    const count = highlight ? highlight.size : 0;
    if (count > 0) { fetch('/ready?count=' + count); return; }
    if (Date.now() - started < 30000) setTimeout(poll, 100); else fetch('/ready?count=0');
  })();
</script></body></html>`;

/** Resolves with the number count the page reported. */
function servePage(onReady: (count: number) => void): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/ready') {
      res.end('ok');
      onReady(Number(url.searchParams.get('count')));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let report!: (count: number) => void;
const reported = new Promise<number>((resolve) => (report = resolve));
const server = await servePage(report);
const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const runner = await webExt.cmd.run(
  { sourceDir: extensionDir, target: ['firefox-desktop'], firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    args: ['--headless'], startUrl: [pageUrl], noReload: true, noInput: true },
  { shouldExitProgram: false },
);
let timer: NodeJS.Timeout | undefined;
const timedOut = new Promise<number>((resolve) => { timer = setTimeout(() => resolve(-1), TIMEOUT_MS); timer.unref(); });
const count = await Promise.race([reported, timedOut]);
clearTimeout(timer);
await runner.exit();
server.closeAllConnections();
server.close();
fs.rmSync(extensionDir, { recursive: true, force: true });

if (count > 0) console.log(`firefox smoke: the content script underlined ${count} number(s) in firefox-esr`);
else console.error(count < 0 ? `firefox smoke: FAILED: no report within ${TIMEOUT_MS / 1000} s` : 'firefox smoke: FAILED: no number found');
process.exit(count > 0 ? 0 : 1);
