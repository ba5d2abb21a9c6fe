/**
 * Where keyboard focus goes back to: ThruDial's control and panel take focus only for a keyboard
 * user (the shortcut, a keyboard call), and Escape, closing the panel or hiding the control gives
 * it back to where it was before.
 */
export interface FocusMemory {
  /** Whether focus is on something inside `part` of ThruDial's UI. */
  within(part: Element): boolean;
  /** Remembers where focus is, unless it is already in ThruDial's UI (then it was remembered before). */
  remember(): void;
  /** The user chose where focus goes: nothing to give back. */
  forget(): void;
  giveBack(): void;
}

export function focusMemory(doc: Document, ui: () => { element: HTMLElement; root: ShadowRoot } | undefined): FocusMemory {
  let before: Element | null = null;
  const within = (part: Element) => {
    const active = ui()?.root.activeElement;
    return !!active && part.contains(active);
  };
  return {
    within,
    remember() {
      if (doc.activeElement && doc.activeElement === ui()?.element) return;
      before = doc.activeElement;
    },
    forget() {
      before = null;
    },
    giveBack() {
      const target = before;
      before = null;
      const host = ui();
      if (target && target !== doc.body && target.isConnected && typeof (target as HTMLElement).focus === 'function')
        (target as HTMLElement).focus({ preventScroll: true });
      else if (host && doc.activeElement === host.element) (host.root.activeElement as HTMLElement | null)?.blur();
    },
  };
}
