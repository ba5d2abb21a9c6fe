/**
 * ThruDial's page widget lives in a closed shadow root. WebDriver BiDi reaches it: serializing the
 * host with `includeShadowTree: 'all'` hands back a reference to its closed root, on which a
 * function is then called (`script.callFunction` with that root as `this`).
 */
import type { Page } from 'puppeteer-core';

interface BidiContext {
  id: string;
  userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: any }> } } };
}

const HOST_ID = 'thrudial-root';

function bidi(page: Page): BidiContext {
  return (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
}

/** Runs `fn` with ThruDial's shadow root as `this`; undefined until ThruDial has made its host. */
export async function inClosedShadowRoot<T>(page: Page, fn: (this: ShadowRoot) => T): Promise<T | undefined> {
  const context = bidi(page);
  const send = (method: string, params: object) => context.userContext.browser.session.send(method, params);
  const host = await send('script.callFunction', {
    functionDeclaration: `(id) => document.getElementById(id)`,
    arguments: [{ type: 'string', value: HOST_ID }],
    awaitPromise: false,
    target: { context: context.id },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const shadowRoot = host.result.result?.value?.shadowRoot?.sharedId as string | undefined;
  if (!shadowRoot) return undefined;
  const called = await send('script.callFunction', {
    functionDeclaration: `function () { return JSON.stringify((${fn.toString()}).call(this)); }`,
    this: { sharedId: shadowRoot },
    awaitPromise: true,
    target: { context: context.id },
  });
  if (called.result.type === 'exception') throw new Error(`in shadow root: ${called.result.exceptionDetails.text}`);
  return JSON.parse(called.result.result.value) as T;
}

export interface Panel {
  open: boolean;
  /** The status text, spaces collapsed. */
  text: string;
  /** Where the QR code is on the page, when one is shown. */
  qrBox?: { x: number; y: number; width: number; height: number };
}

export async function readPanel(page: Page): Promise<Panel> {
  const panel = await inClosedShadowRoot(page, function () {
    const panel = this.querySelector<HTMLElement>('.panel');
    const status = panel?.querySelector('.body');
    const svg = status?.querySelector('svg')?.getBoundingClientRect();
    return {
      open: !!panel && !panel.hidden,
      text: [...(status?.children ?? [])].map((c) => c.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim(),
      ...(svg ? { qrBox: { x: svg.x, y: svg.y, width: svg.width, height: svg.height } } : {}),
    };
  });
  return panel ?? { open: false, text: '' };
}
