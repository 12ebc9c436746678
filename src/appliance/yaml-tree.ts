import type { State } from 'js-yaml';

/** A composed YAML node with its offsets: js-yaml's listener events, nested. */
export interface YamlNode {
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: YamlNode[];
}

/**
 * Nests js-yaml's listener events into a tree of nodes: a mapping's children are key, value, key,
 * value...; a sequence's children are its items. `open`/`close` are called from the listener;
 * `depth` is the number of nodes open.
 */
export const createTreeBuilder = () => {
  const roots: YamlNode[] = [];
  const stack: YamlNode[] = [];
  return {
    roots,
    depth: () => stack.length,
    open(state: State) {
      stack.push({
        start: state.position,
        end: state.position,
        kind: null,
        result: undefined,
        children: [],
      });
    },
    close(state: State) {
      const node = stack.pop();
      if (!node) return;
      node.end = state.position;
      node.kind = state.kind;
      node.result = state.result;
      (stack.length ? stack[stack.length - 1].children : roots).push(node);
    },
  };
};

/**
 * Texts at least this long keep the tree their reading built, for the markers of the same text
 * (locate.ts): an editor's keystroke then parses its boilerplate once, not twice.
 */
export const TREE_KEPT_FROM = 16 * 1024;
/** Longer texts (a bundle file) are read once anyway; their trees would only hold memory. */
export const TREE_KEPT_UP_TO = 1024 * 1024;

let kept: { text: string; roots: YamlNode[] } | undefined;

/** Keeps the tree of the last long text read (one slot: the editor's current text). */
export const keepTree = (text: string, roots: YamlNode[]): void => {
  kept = { text, roots };
};

/** The tree kept for exactly this text, if it was the last long text read. */
export const keptTree = (text: string): YamlNode[] | undefined =>
  kept && kept.text === text ? kept.roots : undefined;
