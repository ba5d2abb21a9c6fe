/**
 * The content script is registered at runtime, for exactly the sites the user granted
 * (entrypoints/content: `registration: 'runtime'`). Kept in step at startup and whenever the
 * granted origins change; pages already open on a newly covered site get it injected once.
 */
import { browser } from 'wxt/browser';
import { contentScriptMatches, isGranted } from '@/utils/site-access';

export const CONTENT_SCRIPT_ID = 'thrudial-content';
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** The underline's style rule, given to the document before it has content (entrypoints/highlight-rule.content.ts). */
export const HIGHLIGHT_RULE_SCRIPT_ID = 'thrudial-highlight-rule';
const HIGHLIGHT_RULE_FILE = '/content-scripts/highlight-rule.js';
const IDS = [CONTENT_SCRIPT_ID, HIGHLIGHT_RULE_SCRIPT_ID];

async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

async function syncNow(): Promise<void> {
  const matches = contentScriptMatches(await grantedOrigins());
  const current = await browser.scripting.getRegisteredContentScripts({ ids: IDS });
  const content = current.find((s) => s.id === CONTENT_SCRIPT_ID);
  const before = [...(content?.matches ?? [])].sort();
  // A registration from an older version (top frame only, no style rule) is replaced too.
  const upToDate = current.length === IDS.length && current.every((s) => s.allFrames && JSON.stringify([...(s.matches ?? [])].sort()) === JSON.stringify(matches));
  if (upToDate) return;
  if (current.length) await browser.scripting.unregisterContentScripts({ ids: current.map((s) => s.id) });
  if (matches.length > 0) {
    // Every frame of a granted site, and about:blank / srcdoc / blob: frames a granted page creates.
    const where = { matches, persistAcrossSessions: true, allFrames: true, matchOriginAsFallback: true };
    await browser.scripting.registerContentScripts([
      { id: HIGHLIGHT_RULE_SCRIPT_ID, js: [HIGHLIGHT_RULE_FILE], runAt: 'document_start', ...where },
      { id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', ...where },
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
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
      } catch {
        // A page the browser keeps scripts out of (the web store, an error page): nothing to do.
      }
    }),
  );
}
