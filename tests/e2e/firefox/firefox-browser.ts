/**
 * Headless firefox-esr driven through WebDriver BiDi (puppeteer-core, which downloads nothing),
 * with a copy of the built firefox-mv3 extension installed as a temporary add-on (BiDi
 * `webExtension.install`). The copy lists the loopback origins in host_permissions: the state of a
 * user who granted them (see harness.ts). Rough edges this file takes care of, found on firefox-esr 153:
 * - moz-extension:// pages can be scripted only with `--remote-allow-system-access`, and they send
 *   no load events: they are opened with BiDi `browsingContext.navigate` (wait: none) and polled.
 * - The extension's UUID is fixed with the pref `extensions.webextensions.uuids`, so its pages have known URLs.
 * - tel: goes to a stand-in handler registered in the profile (handlers.json +
 *   `network.protocol-handler.external.tel`), a shell script that appends each URI to a file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { copyExtension } from '../../support/chromium';

export const BUILT_FIREFOX_EXTENSION = path.resolve(import.meta.dirname, '../../../.output/firefox-mv3');
const GECKO_ID = 'thrudial@example.invalid';
const EXTENSION_UUID = '6b1f3c2e-7a4d-4e8b-9c1a-2d5e8f0a1b3c';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxRun {
  browser: Browser;
  /** A new tab on one of the extension's pages (e.g. 'options.html'), once its script has rendered `ready`. */
  openExtensionPage(name: string, ready: string): Promise<Page>;
  /** Every URI the stand-in tel: handler was given, oldest first (empty without a handler). */
  handedToTelHandler(): string[];
  close(): Promise<void>;
}

/** `telHandler: false` leaves tel: without any application, as on a machine with no softphone. */
export async function launchFirefox(options: { telHandler: boolean }): Promise<FirefoxRun> {
  const extensionDir = copyExtension({ grantLoopback: true, source: BUILT_FIREFOX_EXTENSION });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thrudial-firefox-profile-'));
  const telLog = path.join(profile, 'tel-handed-over.log');
  if (options.telHandler) registerTelRecorder(profile, telLog);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    // The demo server's self-signed certificate; this session talks to 127.0.0.1 only.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.protocol-handler.external.tel': true,
      'network.protocol-handler.warn-external.tel': false,
      // Optional permissions are granted without the doorhanger automation cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(extensionDir);

  return {
    browser,
    async openExtensionPage(name, ready) {
      const page = await browser.newPage();
      const frame = page.mainFrame() as unknown as { browsingContext: { id: string; userContext: { browser: { session: BidiSession } } } };
      const context = frame.browsingContext;
      await context.userContext.browser.session.send('browsingContext.navigate', {
        context: context.id,
        url: `${EXTENSION_ORIGIN}/${name}`,
        wait: 'none',
      });
      await waitFor(() => page.evaluate((selector) => document.querySelector(selector) !== null, ready).catch(() => false), `${name} to render ${ready}`);
      return page;
    },
    handedToTelHandler: () => (fs.existsSync(telLog) ? fs.readFileSync(telLog, 'utf8').split('\n').filter(Boolean) : []),
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

interface BidiSession {
  send(method: string, params: object): Promise<unknown>;
}

/** A "softphone" for tel: in this profile only: Firefox runs it with the URI as its one argument. */
function registerTelRecorder(profile: string, log: string): void {
  const program = path.join(profile, 'tel-recorder.sh');
  fs.writeFileSync(program, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\n`, { mode: 0o755 });
  const handlers = {
    defaultHandlersVersion: {},
    isDownloadsImprovementsAlreadyMigrated: true,
    mimeTypes: {},
    // action 2 = use this helper application, ask: false = no chooser dialog.
    schemes: { tel: { action: 2, ask: false, handlers: [{ name: 'tel recorder', path: program }] } },
  };
  fs.writeFileSync(path.join(profile, 'handlers.json'), JSON.stringify(handlers));
}

/** Polls `read` until it gives a truthy value; the limit only ends a wait that will never succeed. */
export async function waitFor<T>(read: () => Promise<T> | T, what: string, timeoutMs = 60_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
