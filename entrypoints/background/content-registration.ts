/**
 * The content script (entrypoints/content-script.ts, an unlisted script) is registered at runtime,
 * for exactly the sites the user granted. Kept in step at startup and whenever the
 * granted origins change; pages already open on a newly covered site get it injected once.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_RUN_AT } from '@/utils/sites/content-script';
import { contentScriptMatches, isGranted } from '@/utils/sites/site-access';
import { UNDERLINE_CSS_FILE } from '../content/tracker/underline-style';

export const CONTENT_SCRIPT_ID = 'thrudial-content';
/** How the underline is drawn, applied by the browser from the start of every page (see underline-style.ts). */
const UNDERLINE_CSS = `/${UNDERLINE_CSS_FILE}`;

/** Extension files as the browser gives them back: Chromium drops the leading slash ("underline.css"). */
function sameFile(given: string, ours: string): boolean {
  const path = (file: string) => new URL(file, 'file:///').pathname;
  return path(given) === path(ours);
}

async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

async function syncNow(): Promise<void> {
  const matches = contentScriptMatches(await grantedOrigins());
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  const before = [...(current?.matches ?? [])].sort();
  // A registration from an older version (top frame only, no style, another file or time to run) is replaced too.
  const upToDate = current?.allFrames && current.js?.some((file) => sameFile(file, CONTENT_SCRIPT_FILE))
    && current.css?.some((file) => sameFile(file, UNDERLINE_CSS))
    && current.runAt === CONTENT_SCRIPT_RUN_AT && JSON.stringify(before) === JSON.stringify(matches);
  if (upToDate) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: CONTENT_SCRIPT_ID,
        js: [CONTENT_SCRIPT_FILE],
        css: [UNDERLINE_CSS],
        matches,
        runAt: CONTENT_SCRIPT_RUN_AT,
        persistAcrossSessions: true,
        // Every frame of a granted site, and about:blank / srcdoc / blob: frames a granted page creates.
        allFrames: true,
        matchOriginAsFallback: true,
      },
    ]);
    await injectIntoOpenTabs(matches, before);
  }
}

let queue: Promise<void> = Promise.resolve();

/**
 * Registers the content script for the granted origins (or removes it when none are). Calls run
 * one at a time; a failure is logged and never rejects.
 */
export function syncContentScript(): Promise<void> {
  queue = queue.then(syncNow).then(
    () => undefined,
    (e: unknown) => console.error('ThruDial: could not register the content script', e),
  );
  return queue;
}

/**
 * A registration only affects pages loaded later: run the content script once in open tabs that
 * the new matches cover and the old ones did not (a grant just given, or tabs the browser opened
 * before this background started).
 */
async function injectIntoOpenTabs(matches: readonly string[], before: readonly string[]): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      // tab.url is only visible for tabs the extension may access, which is what we want here.
      if (tab.id === undefined || !tab.url || !isGranted(tab.url, matches) || isGranted(tab.url, before)) return;
      try {
        const target = { tabId: tab.id, allFrames: true };
        // A page that is already open gets the style now (one restyle, once), as a user style like the registered one.
        await browser.scripting.insertCSS({ target, files: [UNDERLINE_CSS], origin: 'USER' });
        await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] });
      } catch {
        // A page the browser keeps scripts out of (the web store, an error page): nothing to do.
      }
    }),
  );
}
