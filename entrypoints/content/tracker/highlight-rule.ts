/**
 * The one style rule ThruDial adds to a page: how a `thrudial-number` highlight is drawn. A
 * shadow tree does not see the document's styles, so each tree that holds an underlined number
 * adopts it. Adopting a sheet makes the browser restyle the whole tree, which on a big document
 * costs hundreds of ms in one task: the document gets the rule at document_start
 * (entrypoints/highlight-rule.content.ts), before it has anything to restyle.
 */
export const HIGHLIGHT_NAME = 'thrudial-number';

const RULE = `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted; text-decoration-thickness: from-font; text-underline-offset: 0.15em; }`;

export type Tree = Document | ShadowRoot;

/** The adopted sheet holding the rule in this tree, if one is there (ours, whichever script adopted it). */
export function highlightSheetIn(tree: Tree): CSSStyleSheet | undefined {
  try {
    for (const sheet of tree.adoptedStyleSheets) {
      const rule = sheet.cssRules.length === 1 ? sheet.cssRules[0] : undefined;
      if (rule?.cssText.includes(`::highlight(${HIGHLIGHT_NAME})`)) return sheet;
    }
  } catch {
    // A page that replaced adoptedStyleSheets with something unreadable: adopt ours again.
  }
  return undefined;
}

/** Adds the rule to the tree's adopted sheets, after the page's own (their order is kept); returns the sheet. */
export function adoptHighlightRule(tree: Tree, view: Window & typeof globalThis): CSSStyleSheet | undefined {
  const present = highlightSheetIn(tree);
  if (present) return present;
  if (typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in tree)) return undefined;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(RULE);
    tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // A tree that refuses the sheet keeps its numbers callable, just not underlined.
    return undefined;
  }
}
