/**
 * The content script's isolated world in a page, seen through the DevTools protocol: the execution
 * context Chromium creates for the extension when its content script is injected. A page cannot
 * see it (ThruDial announces nothing on the page), so tests ask the browser.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export interface ContentScriptWorlds {
  /** The extension's isolated world in the page's current document, if its content script started there. */
  world(): ContextDescription | undefined;
  /** Runs `expression` (may be a promise) in that world and returns its value. */
  evaluate(expression: string): Promise<unknown>;
}

/** Starts watching `page` (before a navigation, to see a content script start or not on the next document). */
export async function watchContentScriptWorld(h: Harness, page: Page): Promise<ContentScriptWorlds> {
  const cdp = await h.context.newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    const i = contexts.findIndex((c) => c.id === executionContextId);
    if (i >= 0) contexts.splice(i, 1);
  });
  cdp.on('Runtime.executionContextsCleared', () => void contexts.splice(0));
  await cdp.send('Runtime.enable');
  const world = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(h.extensionId));
  return {
    world,
    async evaluate(expression) {
      const target = world();
      if (!target) throw new Error('no content script world in the page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression, contextId: target.id, awaitPromise: true, returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
  };
}
