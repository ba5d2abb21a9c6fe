/**
 * The protocol core (utils/protocol/) is plain TypeScript: it never imports the messaging layer
 * or a browser API, neither itself nor through anything it imports, so it runs in Node, in the
 * service worker and in any page alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const PROTOCOL = path.join(ROOT, 'utils/protocol');
const FORBIDDEN_IMPORT = /(^|\/)messaging(\/|$)|^wxt\/browser$|^wxt\/utils\/storage$|^webextension-polyfill$|^@\/utils\/i18n$|(^|\/)i18n$/;

/** Source without comments, so a comment about "the browser." does not count. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((p) => fs.existsSync(p) && fs.statSync(p).isFile() && /\.tsx?$/.test(p));
}

/** Every local source file the protocol folder reaches through its imports, with what it imports. */
function reachable(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = fs.readdirSync(PROTOCOL).filter((f) => f.endsWith('.ts')).map((f) => path.join(PROTOCOL, f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specs = importsOf(code(fs.readFileSync(file, 'utf8')));
    seen.set(file, specs);
    for (const spec of specs) {
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
    }
  }
  return seen;
}

describe('the protocol core stands alone', () => {
  const files = reachable();

  it('reads the protocol folder', () => {
    expect([...files.keys()].filter((f) => f.startsWith(PROTOCOL)).length).toBeGreaterThanOrEqual(10);
  });

  it('neither it nor anything it imports imports the messaging layer, wxt/browser, webextension-polyfill or i18n', () => {
    const offending = [...files].flatMap(([file, specs]) =>
      specs.filter((spec) => FORBIDDEN_IMPORT.test(spec)).map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('no code in it or in what it imports calls browser.* or chrome.*', () => {
    const offending = [...files.keys()]
      .filter((file) => /\b(browser|chrome)\.[a-z]+/.test(code(fs.readFileSync(file, 'utf8'))))
      .map((file) => path.relative(ROOT, file));
    expect(offending).toEqual([]);
  });

  it('the check itself catches an import of the messaging layer and a browser call', () => {
    expect(importsOf(code("import type { Message } from '../messaging/messages';")).some((s) => FORBIDDEN_IMPORT.test(s))).toBe(true);
    expect(importsOf(code("import { browser } from 'wxt/browser';")).some((s) => FORBIDDEN_IMPORT.test(s))).toBe(true);
    expect(/\b(browser|chrome)\.[a-z]+/.test(code('// the browser.\nconst x = 1;'))).toBe(false);
    expect(/\b(browser|chrome)\.[a-z]+/.test(code('await browser.runtime.sendMessage(m);'))).toBe(true);
  });
});
