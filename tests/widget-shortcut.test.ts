// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { numberToVisit, shortcutDirection } from '../entrypoints/content/widget/shortcut';

/** A number drawn at (left, top), 10 px high; `top` beyond the viewport is off screen. */
const at = (name: string, left: number, top: number) => ({
  name,
  range: { getClientRects: () => [{ left, top, right: left + 80, bottom: top + 10, width: 80, height: 10 }] } as unknown as Range,
});
const viewport = { width: 1000, height: 600 };

describe('the in-page shortcut', () => {
  const key = (code: string, mods: Partial<KeyboardEvent> = {}) =>
    ({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, isTrusted: true, code, ...mods }) as KeyboardEvent;

  it('Alt+Shift+N is next, Alt+Shift+P previous, by physical key; anything else or a synthetic event is nothing', () => {
    expect(shortcutDirection(key('KeyN'))).toBe(1);
    expect(shortcutDirection(key('KeyP'))).toBe(-1);
    expect(shortcutDirection(key('KeyN', { isTrusted: false }))).toBeUndefined();
    expect(shortcutDirection(key('KeyN', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutDirection(key('KeyN', { shiftKey: false }))).toBeUndefined();
    expect(shortcutDirection(key('KeyC'))).toBeUndefined();
  });

  it('visits numbers in the viewport in reading order, wrapping around, skipping those off screen', () => {
    const a = at('a', 500, 100);
    const b = at('b', 20, 102); // same line as a, further left
    const c = at('c', 20, 300);
    const off = at('off', 20, 900);
    const numbers = [off, c, a, b];
    expect(numberToVisit(numbers, undefined, 1, viewport)?.name).toBe('b');
    expect(numberToVisit(numbers, b, 1, viewport)?.name).toBe('a');
    expect(numberToVisit(numbers, a, 1, viewport)?.name).toBe('c');
    expect(numberToVisit(numbers, c, 1, viewport)?.name).toBe('b');
    expect(numberToVisit(numbers, undefined, -1, viewport)?.name).toBe('c');
    expect(numberToVisit(numbers, b, -1, viewport)?.name).toBe('c');
    expect(numberToVisit(numbers, off, 1, viewport)?.name).toBe('b');
  });

  it('skips numbers the user cannot see, and finds none when none is on screen', () => {
    const a = at('a', 20, 100);
    const hidden = at('hidden', 20, 200);
    expect(numberToVisit([a, hidden], a, 1, viewport, (n) => n !== hidden)?.name).toBe('a');
    expect(numberToVisit([at('off', 0, 700)], undefined, 1, viewport)).toBeUndefined();
  });
});
