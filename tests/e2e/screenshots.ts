/**
 * Screenshots of the options page and the popup in real Chromium, for docs/screenshots/.
 * Run alone after `npx wxt build`:  npx tsx tests/e2e/screenshots.ts
 * or call `captureScreenshots(context, extensionId)` from an e2e test that already runs Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { HistoryEntry } from '../../utils/settings/store';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { launchChromium } from '../support/chromium';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'docs/screenshots');

/** What the pictures show: a provisioned account and a few recent calls. */
export const SCREENSHOT_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  cth_ws_url: 'https://cth.example.com/callthrough/?u=%account[username]%&to=%targetNumber%',
  cth_ws_postData: '',
  cth_ws_customHeaders: 'X-Client: ThruDial',
  cth_ws_timeout: '15',
  username: 'johndow',
  password: 'correct-horse',
  custom: { 'x-cth-pin': '1234' },
  defaultCountry: 'US',
  dialMode: 'tel',
};

/** A fixed moment, so the pictures (and their times) are the same on every run. */
export const SCREENSHOT_TIME = new Date('2026-03-15T10:32:00Z').getTime();

export function screenshotHistory(now = SCREENSHOT_TIME): HistoryEntry[] {
  return [
    {
      number: '+12133734253', time: now - 4 * 60_000, outcome: 'dialed',
      dialString: '+15551231234,,1234#12133734253#', telUri: 'tel:+15551231234,,1234%2312133734253%23',
    },
    { number: '+442071838750', time: now - 52 * 60_000, outcome: 'message', detail: 'Not enough credit for call-through.' },
    {
      number: '+13105550142', time: now - 3 * 3_600_000, outcome: 'dialed',
      dialString: '+15551231234,,1234#13105550142#', telUri: 'tel:+15551231234,,1234%2313105550142%23',
    },
  ];
}

export interface ScreenshotOptions {
  outDir?: string;
  /** Store SCREENSHOT_SETTINGS and screenshotHistory() first (default true); false keeps the profile's state. */
  seed?: boolean;
  colorScheme?: 'light' | 'dark';
}

/** Writes options.png and popup.png into `outDir` and returns their paths. */
export async function captureScreenshots(
  context: BrowserContext,
  extensionId: string,
  { outDir = SCREENSHOT_DIR, seed = true, colorScheme = 'light' }: ScreenshotOptions = {},
): Promise<{ options: string; popup: string }> {
  fs.mkdirSync(outDir, { recursive: true });
  const base = `chrome-extension://${extensionId}`;
  const page = await context.newPage();
  try {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.clock.setFixedTime(SCREENSHOT_TIME);
    if (seed) {
      await page.goto(`${base}/popup.html`);
      await page.evaluate(
        ([settings, history]) => (globalThis as any).chrome.storage.local.set({ settings, history }),
        [SCREENSHOT_SETTINGS, screenshotHistory()] as const,
      );
    }

    const options = path.join(outDir, 'options.png');
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`${base}/options.html`);
    await page.locator('form.settings-form').waitFor();
    await settle(page);
    await page.screenshot({ path: options, fullPage: true });

    const popup = path.join(outDir, 'popup.png');
    await page.setViewportSize({ width: 320, height: 600 });
    await page.goto(`${base}/popup.html`);
    await page.locator('#number').waitFor();
    if (seed) await page.locator('[data-testid="recent-calls"] li').first().waitFor();
    await page.locator('#number').fill('+1 (213) 373-4253');
    await page.locator('#number').blur();
    await settle(page);
    await page.screenshot({ path: popup, fullPage: true });
    return { options, popup };
  } finally {
    await page.close();
  }
}

/** Fonts loaded and nothing focused, so pictures are stable. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
  });
}

/** Chromium with the built extension, flags as in /work/shared/toolchain.md. */
export async function launchWithExtension(
  extensionDir = path.join(ROOT, '.output/chrome-mv3'),
): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const { context, extensionId, profile } = await launchChromium(extensionDir, {
    args: ['--lang=en-US'],
    contextOptions: { timezoneId: 'UTC', deviceScaleFactor: 1, locale: 'en-US' },
  });
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await launchWithExtension();
  try {
    const shots = await captureScreenshots(browser.context, browser.extensionId);
    console.log(`Wrote ${path.relative(ROOT, shots.options)} and ${path.relative(ROOT, shots.popup)}`);
    if (process.env.SCREENSHOT_DARK_DIR) {
      const dark = await captureScreenshots(browser.context, browser.extensionId, {
        outDir: process.env.SCREENSHOT_DARK_DIR, colorScheme: 'dark',
      });
      console.log(`Wrote dark variants: ${dark.options}, ${dark.popup}`);
    }
  } finally {
    await browser.close();
  }
}
