/**
 * The in-page keyboard path: Alt+Shift+N / Alt+Shift+P move to the next / previous phone number
 * in the viewport (reading order: top to bottom, left to right), wrapping around. The widget then
 * shows the Call/QR control there with focus on Call; Escape gives focus back.
 * Physical keys (`code`), so the shortcut is the same on every keyboard layout and with macOS's Option.
 */

export type Direction = 1 | -1;

/** The move a trusted key press asks for, or undefined for any other key. */
export function shortcutDirection(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'isTrusted'>): Direction | undefined {
  if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return undefined;
  return e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : undefined;
}

interface Placed<T> {
  number: T;
  top: number;
  left: number;
}

/** The first of the number's boxes that lies in the viewport, if any. */
function boxInView(range: Range, width: number, height: number): DOMRect | undefined {
  for (const r of range.getClientRects())
    if (r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.right > 0 && r.top < height && r.left < width) return r;
  return undefined;
}

/**
 * The number to move to from `current`: the next (or previous) one in reading order among those
 * drawn in the viewport; the first (or last) when `current` is not among them.
 */
export function numberToVisit<T extends { range: Range }>(
  numbers: readonly T[],
  current: T | undefined,
  direction: Direction,
  viewport: { width: number; height: number },
  /** Whether a number in the viewport may be visited (the user can see it). */
  usable: (number: T) => boolean = () => true,
): T | undefined {
  const placed: Placed<T>[] = [];
  for (const number of numbers) {
    const box = boxInView(number.range, viewport.width, viewport.height);
    if (box && (number === current || usable(number))) placed.push({ number, top: box.top, left: box.left });
  }
  if (placed.length === 0) return undefined;
  // Boxes whose tops differ by less than a few pixels are on one line.
  placed.sort((a, b) => (Math.abs(a.top - b.top) < 4 ? a.left - b.left : a.top - b.top));
  const at = current === undefined ? -1 : placed.findIndex((p) => p.number === current);
  if (at < 0) return (direction === 1 ? placed[0] : placed[placed.length - 1])!.number;
  return placed[(at + direction + placed.length) % placed.length]!.number;
}
