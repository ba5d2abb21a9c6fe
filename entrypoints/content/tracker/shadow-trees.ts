/**
 * The shadow roots found by the walk: each is observed for mutations, listened in for scrolls
 * (viewport.ts), and walked as a subtree of its own, once.
 */
import type { MutationWatch } from './mutations';
import type { ViewportWatch } from './viewport';

export interface ShadowTreesDeps {
  mutations: Pick<MutationWatch, 'observe'>;
  viewport: Pick<ViewportWatch, 'listenIn'>;
  walk(root: ShadowRoot): void;
}

export interface ShadowTrees {
  /** A shadow root the walk found (again, or for the first time). */
  add(root: ShadowRoot): void;
  /** Shadow roots whose host the page removed: no longer kept. */
  forgetRemoved(): void;
  all(): IterableIterator<ShadowRoot>;
}

export function createShadowTrees(deps: ShadowTreesDeps): ShadowTrees {
  const trees = new Set<ShadowRoot>();
  return {
    add(root) {
      if (trees.has(root)) return;
      trees.add(root);
      deps.mutations.observe(root);
      deps.viewport.listenIn(root);
      deps.walk(root);
    },
    forgetRemoved() {
      for (const root of trees) if (!root.host.isConnected) trees.delete(root);
    },
    all: () => trees.values(),
  };
}
