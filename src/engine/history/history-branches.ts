/**
 * Reading and reshaping the history tree beyond what a turn of play needs:
 * switching to another branch, listing branches for the history view and the
 * map, building a tree from replayed choices, and correcting a path after a
 * story edit, and rewinding. history-tree.ts keeps what every choice uses, and is on the
 * first screen; these are used by the screens and by loading, which load
 * their code when first opened.
 */
import {
  type ChoiceStep,
  childrenOf,
  clip,
  getNode,
  HISTORY_LIMITS,
  type HistoryEntry,
  type HistoryNode,
  type HistoryTree,
  leaves,
  pathTo,
  recordChoice,
  startHistory,
} from './history-tree';

export function choicePath(tree: HistoryTree, id = tree.current): ChoiceStep[] {
  return pathTo(tree, id).map((n) => ({ index: n.choiceIndex, text: n.choiceText }));
}

/** Goes back to any node; the returned path is what the session must replay to stand there. */
export function rewindTo(tree: HistoryTree, id: number): { tree: HistoryTree; path: ChoiceStep[] } {
  getNode(tree, id);
  return { tree: { ...tree, current: id }, path: choicePath(tree, id) };
}

/** The tree with the reader back at turn `fitted` of the current path: where a replay on an edited story stopped. */
export function rebuildHistory(history: HistoryTree, fitted: number): HistoryTree {
  const path = choicePath(history);
  if (fitted >= path.length) return history;
  let id = history.current;
  for (let i = path.length; i > fitted; i--) id = getNode(history, id).parent ?? 0;
  return rewindTo(history, id).tree;
}

/** Switches to a branch: to `id` if it is a leaf, else to the newest leaf below it. */
export function switchTo(tree: HistoryTree, id: number): { tree: HistoryTree; path: ChoiceStep[] } {
  let leaf = getNode(tree, id);
  for (let kids = childrenOf(tree, leaf.id); kids.length > 0; kids = childrenOf(tree, leaf.id)) {
    leaf = kids.reduce((a, b) => (b.id > a.id ? b : a));
  }
  return rewindTo(tree, leaf.id);
}

/** A branch, for the history view: its leaf, where it split off, and whether the player is on it. */
export interface BranchSummary {
  leaf: HistoryNode;
  /** Turn of the nearest ancestor with more than one child (0 when the branch never split off). */
  forkTurn: number;
  isCurrent: boolean;
}

export function branches(tree: HistoryTree): BranchSummary[] {
  return leaves(tree).map((leaf) => {
    let forkTurn = 0;
    for (let node = leaf; node.parent !== null; ) {
      const parent = getNode(tree, node.parent);
      if (childrenOf(tree, parent.id).length > 1) {
        forkTurn = parent.turn;
        break;
      }
      node = parent;
    }
    return { leaf, forkTurn, isCurrent: tree.current === 0 || pathTo(tree, leaf.id).some((n) => n.id === tree.current) };
  });
}

/** Builds a single-branch tree from replayed choices (a replay link, a save from before history existed). */
export function historyFromEntries(rootStats: Record<string, number>, rootScene: string | null, entries: readonly HistoryEntry[]): HistoryTree {
  return entries.reduce(recordChoice, startHistory(rootStats, rootScene));
}

/**
 * Rewrites the choices along the path to `id` as the story now shows them.
 * After a save is replayed on an edited story, a choice may sit at a new index
 * or read differently; the tree must agree with the session's log and texts,
 * or later rewinds and saves would be refused as not matching the story.
 */
export function withPathChoices(tree: HistoryTree, id: number, steps: readonly ChoiceStep[]): HistoryTree {
  const nodes = { ...tree.nodes };
  pathTo(tree, id).forEach((node, i) => {
    const step = steps[i];
    const text = step && (clip(step.text, HISTORY_LIMITS.choiceText) ?? '');
    if (step && (step.index !== node.choiceIndex || text !== node.choiceText)) nodes[node.id] = { ...node, choiceIndex: step.index, choiceText: text ?? '' };
  });
  return { ...tree, nodes };
}
