/**
 * Real-browser harness: Debian's Chromium with the built extension, the demo call-through
 * server over HTTP and HTTPS, and a page server, all on 127.0.0.1. The pieces it is built from
 * (launch, extension copies, page server) are in tests/support/, shared with the bench.
 */
import fs from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { copyExtension, extensionWorker, launchChromium, storeSettings } from '../support/chromium';
import { startPageServer, type PageServer } from '../support/servers';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  server: DemoServer;
  pages: PageServer;
  /** The extension's service worker, looked up again each time (MV3 may restart it). */
  worker(): Promise<Worker>;
  /** Stores settings as the options page would. */
  configure(settings: Partial<Settings>): Promise<void>;
  /**
   * A new tab and the tel: URIs handed to the system for it: the background's hand-off from its
   * short-lived dial tab while this is the newest tab from newPage(), and tel: links the page
   * itself follows (a page's own default, without ThruDial).
   */
  newPage(): Promise<{ page: Page; tel: string[] }>;
  /** Every tel: URI ThruDial's dial tab handed to the system, oldest first. */
  handedOff: string[];
  close(): Promise<void>;
}

export async function startHarness(
  options: { grantLoopback?: boolean; extensionDir?: string; httpsPort?: number } = {},
): Promise<Harness> {
  const server = await startDemoServer({ httpsPort: options.httpsPort });
  const pages = await startPageServer();
  const extensionDir = options.extensionDir ?? copyExtension({ grantLoopback: options.grantLoopback ?? true });
  const { context, extensionId, profile } = await launchChromium(extensionDir, {
    // Trust exactly the demo server's self-signed certificate, nothing else.
    args: [`--ignore-certificate-errors-spki-list=${server.spkiHash}`],
  });

  // The background hands tel: to the system from its own dial tab (entrypoints/background/tel-handoff.ts):
  // any tel: request that no tab from newPage() made. (A just-created tab may have no frame object yet.)
  const ownPages = new WeakSet<Page>();
  const handedOff: string[] = [];
  const recorders: string[][] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('tel:')) return;
    let fromOwnPage = false;
    try {
      fromOwnPage = ownPages.has(request.frame().page());
    } catch {
      // no frame yet: a tab the extension just opened
    }
    if (fromOwnPage) return;
    handedOff.push(request.url());
    recorders.at(-1)?.push(request.url());
  });

  const worker = (): Promise<Worker> => extensionWorker(context, extensionId);

  return {
    context,
    extensionId,
    server,
    pages,
    worker,
    handedOff,
    configure: (partial) => storeSettings(context, { ...DEFAULT_SETTINGS, ...partial }, extensionId),
    async newPage() {
      const page = await context.newPage();
      ownPages.add(page);
      const tel: string[] = [];
      recorders.push(tel);
      page.on('close', () => recorders.splice(recorders.indexOf(tel), 1));
      page.on('request', (request) => { if (request.url().startsWith('tel:')) tel.push(request.url()); });
      return { page, tel };
    },
    async close() {
      await context.close();
      await Promise.all([server.close(), pages.close()]);
      fs.rmSync(profile, { recursive: true, force: true });
      if (!options.extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}
