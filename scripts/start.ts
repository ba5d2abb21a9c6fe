/**
 * `npm start`: build ThruDial, start the demo call-through server, and open Chromium with the
 * extension loaded and configured for it on a demo page full of numbers. Without a display
 * it prints exactly how to load the extension by hand.
 */
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';

const root = path.resolve(import.meta.dirname, '..');
const extensionDir = path.join(root, '.output/chrome-mv3');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const server = await startDemoServer({
  httpPort: Number(process.env.DEMO_HTTP_PORT ?? 8780),
  httpsPort: Number(process.env.DEMO_HTTPS_PORT ?? 8743),
});

// Over plain http the password never travels: the demo account proves it with sha1(nonce + password).
const demo: Settings = {
  ...DEFAULT_SETTINGS,
  cth_ws_url: `${server.httpUrl}/callthrough/?username=%account[username]%&nonce=%nonce%&hash=%sha1(%nonce%%account[password]%)%&targetNumber=%targetNumber%`,
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234' },
  defaultCountry: 'US',
  dialMode: 'qr',
};
const demoPage = `${server.httpUrl}/demo`;

if (process.env.DISPLAY && fs.existsSync(chromiumPath)) {
  // Same state as a user who granted the service's origin: list it in the copy's host_permissions.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-start-'));
  fs.cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-profile-')), {
    executablePath: chromiumPath,
    headless: false,
    viewport: null,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${copy}`, `--load-extension=${copy}`, '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((settings) => (globalThis as any).chrome.storage.local.set({ settings }), demo);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoPage);
  console.log(`ThruDial is running in Chromium on ${demoPage}. Close the browser window to stop.`);
  context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  console.log(`
ThruDial is built and the demo call-through server is running (Ctrl-C to stop).

  Demo server (http):  ${server.httpUrl}/callthrough/
  Demo server (https): ${server.httpsUrl}/callthrough/   (self-signed certificate)
  Demo page:           ${demoPage}

No display was found, so load the extension by hand in Chromium or Chrome:
  1. Open chrome://extensions and switch on "Developer mode".
  2. "Load unpacked" and choose: ${extensionDir}
  3. Open ThruDial's options, paste this into "Account XML", press "Import", then "Save"
     (allow access to 127.0.0.1 when asked):

<account>
  <cth_ws_url>${demo.cth_ws_url.replaceAll('&', '&amp;')}</cth_ws_url>
  <username>johndow</username>
  <password>secret</password>
  <x-cth-pin>1234</x-cth-pin>
</account>

  4. Let ThruDial run on the demo page: on the welcome page that opened choose "Allow on all
     sites", or open ${demoPage}, click ThruDial's toolbar button and "Enable ThruDial on 127.0.0.1".
  5. Click a number on ${demoPage}: ThruDial hands the dial string to your phone app as a tel:
     link, or shows it as a QR code with "QR code" chosen under Dial mode in the options.
`);
}
