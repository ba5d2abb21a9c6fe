/**
 * The badge counts the numbers of every frame of a tab: each frame's content script reports its
 * own count, and a frame's new report replaces its old one (a frame's pagehide reports 0).
 */
const counts = new Map<number, Map<number, number>>();

/** Records one frame's count and returns the tab's total. */
export function recordFrameCount(tabId: number, frameId: number, count: number): number {
  let frames = counts.get(tabId);
  if (!frames) counts.set(tabId, (frames = new Map()));
  frames.set(frameId, count);
  let total = 0;
  for (const n of frames.values()) total += n;
  return total;
}

/** The tab closed: its frames' counts are gone. */
export function forgetTab(tabId: number): void {
  counts.delete(tabId);
}
