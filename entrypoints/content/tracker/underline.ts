/**
 * Underlines through the CSS Custom Highlight API: one Highlight for the document, and the
 * `::highlight()` rule adopted by each tree that holds an underlined number (the document and
 * each shadow root, since a shadow tree does not see the document's styles). Changes are held
 * back and applied in one commit: each change to a registered highlight makes Chromium
 * re-validate its markers on the next frame.
 */
export const HIGHLIGHT_NAME = 'thrudial-number';

const RULE = `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted; text-decoration-thickness: from-font; text-underline-offset: 0.15em; }`;

type Tree = Document | ShadowRoot;

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

  function adoptRule(tree: Tree): void {
    if (styled.has(tree) || !view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in tree)) return;
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(RULE);
      tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
      styled.set(tree, sheet);
    } catch {
      // A tree that refuses the sheet keeps its numbers callable, just not underlined.
    }
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
      for (const [r, tree] of toAdd) {
        highlight.add(r);
        adoptRule(tree);
      }
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
