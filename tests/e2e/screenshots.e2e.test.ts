/**
 * The README's screenshots are taken by the test suite: this refreshes docs/screenshots/options.png
 * and popup.png with the same browser setup as `npx tsx tests/e2e/screenshots.ts`.
 */
import fs from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreenshots, launchWithExtension, SCREENSHOT_DIR } from './screenshots';

type Browser = Awaited<ReturnType<typeof launchWithExtension>>;

/** Width, height and how many distinct colours a PNG file holds (a blank or broken capture has one or two). */
function describePng(file: string): { width: number; height: number; colours: number } {
  const png = PNG.sync.read(fs.readFileSync(file));
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
  return { width: png.width, height: png.height, colours: colours.size };
}

describe('README screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the options page and the popup are captured into docs/screenshots as real pictures', async () => {
    const started = Date.now();
    const shots = await captureScreenshots(browser.context, browser.extensionId);
    expect(shots).toEqual({ options: `${SCREENSHOT_DIR}/options.png`, popup: `${SCREENSHOT_DIR}/popup.png` });

    for (const file of [shots.options, shots.popup]) {
      const stat = fs.statSync(file);
      expect(stat.mtimeMs, `${file} was written by this run`).toBeGreaterThanOrEqual(started - 1000);
      expect(fs.readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(stat.size, `${file} size`).toBeGreaterThan(10_000);
    }
    const options = describePng(shots.options);
    expect(options.width).toBe(900);
    expect(options.height).toBeGreaterThan(900); // full page: every section, not just the first screen
    expect(options.colours).toBeGreaterThan(50); // text, borders, buttons: not a blank page

    const popup = describePng(shots.popup);
    expect(popup.width).toBe(320);
    expect(popup.height).toBeGreaterThanOrEqual(600);
    expect(popup.colours).toBeGreaterThan(50);
  });
});
