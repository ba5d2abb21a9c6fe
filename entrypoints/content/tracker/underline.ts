/**
 * Underlines through the CSS Custom Highlight API: one Highlight for the document (its ranges may
 * lie in any shadow tree). How it is drawn is underline-style.ts (built into underline.css), which the browser injects with
 * the content script. Changes are held back and applied in one commit: each change to a
 * registered highlight makes Chromium re-validate its markers on the next frame.
 */
export const HIGHLIGHT_NAME = 'thrudial-number';

export interface Underlines {
  add(range: Range): void;
  delete(range: Range): void;
  /** Applies the held-back changes; returns whether there were any. */
  commit(): boolean;
  readonly pending: number;
  stop(): void;
}

export function createUnderlines(doc: Document): Underlines {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const highlight = view && typeof view.Highlight === 'function' && view.CSS?.highlights ? new view.Highlight() : undefined;
  const toAdd = new Set<Range>();
  const toDelete = new Set<Range>();
  let registered = false;

  return {
    add(range) {
      toDelete.delete(range);
      toAdd.add(range);
    },
    delete(range) {
      if (!toAdd.delete(range)) toDelete.add(range);
    },
    get pending() {
      return toAdd.size + toDelete.size;
    },
    commit() {
      if (!highlight || (!toAdd.size && !toDelete.size)) return false;
      for (const r of toDelete) highlight.delete(r);
      for (const r of toAdd) highlight.add(r);
      toAdd.clear();
      toDelete.clear();
      if (!registered && highlight.size) {
        registered = true;
        view!.CSS.highlights.set(HIGHLIGHT_NAME, highlight);
      }
      return true;
    },
    stop() {
      toAdd.clear();
      toDelete.clear();
      if (highlight && view?.CSS.highlights.get(HIGHLIGHT_NAME) === highlight) view.CSS.highlights.delete(HIGHLIGHT_NAME);
    },
  };
}
