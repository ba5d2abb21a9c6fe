/**
 * axe-core in a real page. Extension pages have a CSP without 'unsafe-eval', so axe's source is
 * evaluated through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFigures {
  version: string;
  /** "rule-id (impact): target …" per failing node. */
  violations: string[];
  passes: number;
  /** Rules axe could not decide alone ("needs review"), by id. */
  incomplete: string[];
}

/** Runs every rule axe enables by default (WCAG 2.0-2.2 A/AA and best practices) on the whole page. */
export async function runAxe(page: Page): Promise<AxeFigures> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    return {
      version: axe.version,
      violations: results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)),
      passes: results.passes.length,
      incomplete: results.incomplete.map((r) => r.id),
    };
  });
}
