/**
 * Reading ThruDial's page UI from Playwright. The widget lives in a CLOSED shadow root, which
 * Playwright locators, `element.shadowRoot` and aria snapshots cannot enter. The Chrome DevTools
 * Protocol can: `DOM.describeNode({ pierce: true })` lists closed shadow roots too, and
 * `DOM.resolveNode` turns one into a JS object we call functions on (`Runtime.callFunctionOn`).
 * Clicks still go through `page.mouse`, so the extension sees trusted events, as from a user.
 *
 * The underlines are a CSS Custom Highlight: the registry is per document, shared by the page's
 * main world and the content script's isolated world, so `page.evaluate` reads its ranges.
 */
import type { CDPSession, Page } from 'playwright-core';

export const HOST_ID = 'thrudial-root';
export const HIGHLIGHT_NAME = 'thrudial-number';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/**
 * Runs `fn` with ThruDial's shadow root as `this` in the page, returning its JSON result,
 * or undefined when ThruDial has not created its host (yet).
 */
export async function inShadowRoot<T>(page: Page, fn: (this: ShadowRoot, arg: unknown) => T, arg?: unknown): Promise<T | undefined> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${HOST_ID}` });
  if (!nodeId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const objectGroup = 'thrudial-e2e';
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn.toString(),
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

/** The shadow root's mode as the browser reports it ('closed' for ThruDial). */
export async function shadowRootType(page: Page): Promise<string | undefined> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${HOST_ID}` });
  if (!nodeId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  return node.shadowRoots?.[0]?.shadowRootType;
}

export interface PanelState {
  open: boolean;
  /** The status text, spaces collapsed (without the close button). */
  text: string;
  /** The QR code's SVG markup, when one is shown. */
  qrSvg?: string;
  qrLabel?: string;
  /** The monospace values (dial string, link) in the order shown. */
  codes: string[];
}

export async function readPanel(page: Page): Promise<PanelState> {
  const state = await inShadowRoot(page, function () {
    const panel = this.querySelector<HTMLElement>('.panel');
    const status = panel?.querySelector('.body');
    const svg = status?.querySelector('svg');
    return {
      open: !!panel && !panel.hidden,
      text: [...(status?.children ?? [])].map((c) => c.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim(),
      qrSvg: svg?.outerHTML,
      qrLabel: svg?.getAttribute('aria-label') ?? undefined,
      codes: [...(status?.querySelectorAll('.code') ?? [])].map((c) => c.textContent ?? ''),
    };
  });
  return state ?? { open: false, text: '', codes: [] };
}

export interface ControlState {
  visible: boolean;
  buttons: { text: string; label: string; x: number; y: number }[];
}

/** The hover control: its buttons with their accessible names and centre points. */
export async function readControl(page: Page): Promise<ControlState> {
  const state = await inShadowRoot(page, function () {
    const control = this.querySelector<HTMLElement>('.control');
    const buttons = [...(control?.querySelectorAll('button') ?? [])].map((b) => {
      const r = b.getBoundingClientRect();
      return { text: b.textContent ?? '', label: b.getAttribute('aria-label') ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    return { visible: !!control && !control.hidden, buttons };
  });
  return state ?? { visible: false, buttons: [] };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Viewport box of the first element matching `selector` in ThruDial's shadow root (e.g. '.panel svg'). */
export async function shadowBox(page: Page, selector: string): Promise<Box | undefined> {
  const box = await inShadowRoot(page, function (sel) {
    const el = this.querySelector(sel as string);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
  return box ?? undefined;
}

/** The text of every underlined number, in document order. */
export async function highlightedNumbers(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const ranges = [...((CSS as any).highlights?.get(name) ?? [])] as Range[];
    // Ranges in different trees (document, shadow roots) cannot be compared: those go by position.
    const byBox = (a: Range, b: Range) => {
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      return ra.top - rb.top || ra.left - rb.left;
    };
    ranges.sort((a, b) => {
      try {
        return a.compareBoundaryPoints(Range.START_TO_START, b);
      } catch {
        return byBox(a, b);
      }
    });
    return ranges.map((r) => r.toString().replace(/\s+/g, ' ').trim());
  }, HIGHLIGHT_NAME);
}

/**
 * Centre of the first (or, with `part: 'last'`, the last) box of the underlined number whose text
 * is `text` (spaces collapsed). A number split across elements has one box per piece.
 */
export async function numberPoint(page: Page, text: string, part: 'first' | 'last' = 'first'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ name, wanted, last }) => {
      for (const r of ((CSS as any).highlights?.get(name) ?? []) as Iterable<Range>) {
        if (r.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rects = [...r.getClientRects()].filter((b) => b.width > 0 && b.height > 0);
        const rect = last ? rects[rects.length - 1] : rects[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return undefined;
    },
    { name: HIGHLIGHT_NAME, wanted: text.replace(/\s+/g, ' ').trim(), last: part === 'last' },
  );
  if (!point) throw new Error(`no underlined number "${text}"`);
  return point;
}

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/** Moves the mouse over the number and waits for the Call/QR control. */
export async function hoverNumber(page: Page, text: string): Promise<ControlState> {
  const { x, y } = await numberPoint(page, text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y, { steps: 2 });
  return poll(() => readControl(page), (c) => c.visible, 'the hover control');
}

/** A user's click on the number text itself (on its first or last piece). */
export async function clickNumberText(page: Page, text: string, part: 'first' | 'last' = 'first'): Promise<void> {
  const { x, y } = await numberPoint(page, text, part);
  await page.mouse.click(x, y);
}

/**
 * The control's buttons take a click only after the control has been shown, unmoved, for
 * CONTROL_DWELL_MS (entrypoints/content/widget/index.ts, against clickjacking), and, in Chromium, once
 * IntersectionObserver v2 (reports at most every 100 ms) has seen it unobscured for as long.
 * A user's hand takes longer than that to get from the number to the button.
 */
export const CONTROL_DWELL_MS = 300;
export const USER_DWELL_MS = CONTROL_DWELL_MS + 300;

/** Hovers the number, then (after a user's dwell) clicks the control's "Call" or "QR" button. */
export async function clickControl(page: Page, text: string, button: 'Call' | 'QR'): Promise<void> {
  const control = await hoverNumber(page, text);
  await new Promise((r) => setTimeout(r, USER_DWELL_MS));
  const target = control.buttons.find((b) => b.text === button);
  if (!target) throw new Error(`no ${button} button`);
  await page.mouse.move(target.x, target.y, { steps: 3 });
  await page.mouse.click(target.x, target.y);
}

/** Waits until the panel is open and its text satisfies `ok` (e.g. no longer "Calling…"). */
export function waitForPanel(page: Page, ok: (panel: PanelState) => boolean, timeoutMs = 30_000): Promise<PanelState> {
  return poll(() => readPanel(page), (p) => p.open && ok(p), 'the status panel', timeoutMs);
}
