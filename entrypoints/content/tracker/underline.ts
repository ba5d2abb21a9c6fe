/**
 * Underlines through the CSS Custom Highlight API: one Highlight for the document, and the
 * `::highlight()` rule (highlight-rule.ts) in each tree that holds an underlined number. Changes are held
 * back and applied in one commit: each change to a registered highlight makes Chromium
 * re-validate its markers on the next frame.
 */
import { adoptHighlightRule, highlightSheetIn, HIGHLIGHT_NAME, type Tree } from './highlight-rule';

export { HIGHLIGHT_NAME };

export interface Underlines {
  add(range: Range, tree: Tree): void;
  delete(range: Range): void;
  /** Applies the held-back changes; returns whether there were any. */
  commit(): boolean;
  readonly pending: number;
  stop(): void;
}

export function createUnderlines(doc: Document): Underlines {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const highlight = view && typeof view.Highlight === 'function' && view.CSS?.highlights ? new view.Highlight() : undefined;
  const toAdd = new Map<Range, Tree>();
  const toDelete = new Set<Range>();
  const styled = new Map<Tree, CSSStyleSheet>();
  let registered = false;

  /** The rule for a tree (the document's is usually there from document_start); checked again after a page replaced the list. */
  function adoptRule(tree: Tree): void {
    const ours = styled.get(tree);
    if (ours && highlightSheetIn(tree) === ours) return;
    const sheet = view && adoptHighlightRule(tree, view);
    if (sheet) styled.set(tree, sheet);
  }

  return {
    add(range, tree) {
      toDelete.delete(range);
      toAdd.set(range, tree);
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
      for (const r of toAdd.keys()) highlight.add(r);
      for (const tree of new Set(toAdd.values())) adoptRule(tree);
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
      for (const [tree, sheet] of styled) tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((s) => s !== sheet);
      styled.clear();
    },
  };
}
