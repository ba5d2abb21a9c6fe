/**
 * Layout helpers for the content-script stories (tests/e2e/content.e2e.test.ts): the box of every
 * element of a page, read in the browser with ThruDial and in a plain Chromium without any
 * extension, so a test can show that ThruDial moves nothing on the page.
 */
import { chromium, type Page } from 'playwright-core';

/** One element's box: a stable key (tag#id.class:nth-of-all) and its viewport rect. */
export type ElementBox = [key: string, x: number, y: number, width: number, height: number];

export interface Layout {
  /** documentElement scroll size (a wider or taller page shows here). */
  scroll: [width: number, height: number];
  /** Every element under <html> in document order, except ThruDial's own host. */
  boxes: ElementBox[];
}

/** The layout of `page` now. ThruDial's host (#thrudial-root) is left out: it is not the page's. */
export async function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const boxes: ElementBox[] = [];
    let index = 0;
    for (const el of document.documentElement.querySelectorAll('*')) {
      if (el.id === 'thrudial-root') continue;
      const r = el.getBoundingClientRect();
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      boxes.push([`${el.localName}${el.id ? `#${el.id}` : ''}${cls}:${index++}`, r.x, r.y, r.width, r.height]);
    }
    const root = document.documentElement;
    return { scroll: [root.scrollWidth, root.scrollHeight] as [number, number], boxes };
  });
}

/**
 * The layout of each URL in a Chromium without any extension, same viewport as the harness
 * (1100 x 800). `ready` runs on each page before measuring (e.g. wait for content added by script).
 */
export async function layoutsWithoutExtension(urls: string[], ready?: (page: Page) => Promise<void>): Promise<Layout[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const layouts: Layout[] = [];
    for (const url of urls) {
      await page.goto(url);
      await ready?.(page);
      layouts.push(await layoutOf(page));
    }
    return layouts;
  } finally {
    await browser.close();
  }
}

/** One URL's layout without any extension. */
export async function layoutWithoutExtension(url: string, ready?: (page: Page) => Promise<void>): Promise<Layout> {
  return (await layoutsWithoutExtension([url], ready))[0]!;
}
