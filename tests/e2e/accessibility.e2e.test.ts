/**
 * Keyboard and contrast in real Chromium: Tab reaches every control of the options page and the
 * popup, each with an accessible name and a focus indicator that differs from its unfocused
 * look; prefers-color-scheme: dark gives every page (and the in-page widget) a dark background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './extension-browser';
import { startPageServer, type PageServer } from '../support/servers';
import { hoverNumber, inShadowRoot } from './shadow';

interface Stop {
  index: number;
  /** First line of Playwright's aria snapshot of the focused element, e.g. `- button "Save"`. */
  aria: string;
  tag: string;
}

/** Tabs through the page until focus comes back to where it started; each stop is marked data-a11y-stop. */
async function tabThrough(page: Page, max = 120): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate((index) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      if (el.hasAttribute('data-a11y-stop')) return 'again';
      el.setAttribute('data-a11y-stop', String(index));
      return el.tagName.toLowerCase();
    }, i);
    if (seen === 'again') break; // wrapped around: every stop seen
    if (seen === 'body') continue; // past the last control (or the browser UI): the next Tab starts at the top
    const aria = (await page.locator(':focus').ariaSnapshot()).split('\n')[0]!;
    stops.push({ index: i, aria, tag: seen });
  }
  return stops;
}

/** The focus look of each marked stop, now (focused or not), as one comparable string per stop. */
function focusLooks(page: Page, focusIndex?: number): Promise<Record<string, string>> {
  return page.evaluate(async (focusIndex) => {
    const looks: Record<string, string> = {};
    const style = (el: Element) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor].join('|');
    };
    for (const el of document.querySelectorAll<HTMLElement>('[data-a11y-stop]')) {
      const index = el.getAttribute('data-a11y-stop')!;
      if (focusIndex !== undefined && index !== String(focusIndex)) continue;
      // A visually hidden file input shows its focus on its label (the styled "button").
      const shown = el instanceof HTMLInputElement && el.classList.contains('file-input') ? (el.labels?.[0] ?? el) : el;
      looks[index] = style(shown);
    }
    return looks;
  }, focusIndex);
}

async function checkKeyboard(page: Page, minStops: number): Promise<Stop[]> {
  const stops = await tabThrough(page);
  expect(stops.length).toBeGreaterThanOrEqual(minStops);
  for (const stop of stops) expect(stop.aria, `stop ${stop.index} (${stop.tag})`).toMatch(/^- '?[\w-]+ "[^"]+/);

  // The focused look of each stop, reached again by keyboard, against its look with nothing focused.
  const focused: Record<string, string> = {};
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const stop of stops) {
    await page.locator(`[data-a11y-stop="${stop.index}"]`).focus();
    // Playwright's focus() is programmatic: :focus-visible applies to it for text fields only, so
    // press a harmless key (Shift) to make Chromium treat the focus as keyboard focus.
    await page.keyboard.press('Shift');
    Object.assign(focused, await focusLooks(page, stop.index));
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unfocused = await focusLooks(page);
  for (const stop of stops) {
    expect(focused[stop.index], `focus indicator of ${stop.aria}`).not.toBe(unfocused[stop.index]);
  }
  return stops;
}

/** Relative luminance (0 black .. 1 white) of a CSS rgb() color. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('accessibility', () => {
  let b: ExtensionBrowser;
  let pages: PageServer;
  beforeAll(async () => {
    b = await launchExtension({ grantLoopback: true });
    pages = await startPageServer();
  });
  afterAll(async () => {
    await b?.close();
    await pages?.close();
  });

  it('options page: every control is reached by Tab, named, and shows a focus indicator', async () => {
    const page = await b.open('options.html');
    await page.getByLabel('Service URL', { exact: true }).waitFor();
    const stops = await checkKeyboard(page, 25);
    const names = stops.map((s) => s.aria);
    for (const expected of ['textbox "Service URL"', 'combobox "Method"', 'textbox "Password"', 'button "Save"', 'button "Add parameter"', 'radio "Linked phone', 'button "Test"', 'checkbox "Include password"', 'button "Save sites"']) {
      expect(names.some((n) => n.includes(expected)), `${expected} in ${names.join(', ')}`).toBe(true);
    }
    await page.close();
  });

  it('popup: the number field, every dial pad key and Call are reached by Tab, named, with a focus indicator', async () => {
    const page = await b.open('popup.html');
    await page.getByTestId('recent-calls').waitFor();
    const stops = await checkKeyboard(page, 16);
    const names = stops.map((s) => s.aria);
    // Dial keys are named as they are shown, digit and letters ("5 JKL").
    for (const key of ['1', '5 JKL', '9 WXYZ', '*', '0', '#', '+', 'Backspace', 'Call', 'Options']) {
      expect(names.some((n) => n.startsWith(`- button "${key}"`)), key).toBe(true);
    }
    expect(names.some((n) => n.startsWith('- textbox "Number"'))).toBe(true);
    await page.close();
  });

  it('welcome page: both choices are reached by Tab, named, with a focus indicator', async () => {
    const page = await b.open('welcome.html');
    await page.getByRole('button', { name: 'Allow on all sites' }).waitFor();
    const stops = await checkKeyboard(page, 2);
    expect(stops.map((s) => s.aria)).toEqual(['- button "Allow on all sites"', '- button "Only on sites I choose"']);
    await page.close();
  });

  it('dark mode: every page has a dark background with prefers-color-scheme: dark, and a light one without', async () => {
    for (const name of ['options.html', 'popup.html', 'welcome.html']) {
      const page = await b.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`chrome-extension://${b.extensionId}/${name}`);
      await page.locator('main').waitFor();
      const dark = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      expect(luminance(dark[0]!), `${name} background ${dark[0]}`).toBeLessThan(0.05);
      expect(luminance(dark[1]!), `${name} text ${dark[1]}`).toBeGreaterThan(0.5);
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(luminance(light), `${name} light background ${light}`).toBeGreaterThan(0.8);
      await page.close();
    }
  });

  it('dark mode: the in-page control is dark too', async () => {
    const url = pages.serve('/a11y-dark.html', '<!doctype html><html lang="en-US"><body><p>Office: <span id="n">+1 213-373-4253</span></p></body></html>');
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url);
    await expect
      .poll(() => page.evaluate(() => ((CSS as any).highlights?.get('thrudial-number')?.size ?? 0) as number), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await hoverNumber(page, '+1 213-373-4253');
    const background = await inShadowRoot(page, function () {
      return getComputedStyle(this.querySelector('.control')!).backgroundColor;
    });
    expect(luminance(background!), `control background ${background}`).toBeLessThan(0.05);
    await page.close();
  });
});
