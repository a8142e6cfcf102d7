/**
 * The player's history as a branching tree, not a linear undo: every choice
 * taken is a node under the choice before it, so rewinding and choosing
 * differently keeps the old branch, and the player can switch back to it.
 * The tree is plain immutable data (each operation returns a new tree), which
 * suits the store and makes saving it a matter of serialising data.
 *
 * Moving around the tree never touches ink: `rewindTo` and `switchTo` (in
 * history-branches.ts) return
 * the choice path from the start, and the session is rebuilt by replaying it
 * (save-replay.ts). The root (id 0) is the story's start, not a choice.
 */

export interface HistoryNode {
  id: number;
  /** null only for the root. Always a smaller id than the node's own, so the tree can have no cycles. */
  parent: number | null;
  /** ink's index of the choice taken; -1 for the root. */
  choiceIndex: number;
  /** The choice's text as the player saw it; '' for the root. Replay on an edited story matches by it. */
  choiceText: string;
  /** How many choices lead here: 0 for the root, the depth in the tree. */
  turn: number;
  /** Declared stats after this choice. */
  stats: Record<string, number>;
  /** Change of each stat since the parent node (stats the parent lacked are left out). */
  statDeltas: Record<string, number>;
  scene: string | null;
  /** The first words this choice led to, for the history view ('' when none). */
  preview: string;
}

export interface HistoryTree {
  nodes: Readonly<Record<number, HistoryNode>>;
  /** The node the player stands on now. */
  current: number;
  /** The id the next new node gets; ids are never reused, even after pruning. */
  nextId: number;
}

/** What the game records when a choice is taken. */
export interface HistoryEntry {
  choiceIndex: number;
  choiceText: string;
  stats: Record<string, number>;
  scene: string | null;
  preview?: string;
}

/** One step of a choice path, as replay needs it. */
export interface ChoiceStep {
  index: number;
  text: string;
}

export const HISTORY_LIMITS = { nodes: 6000, choiceText: 300, preview: 80, scene: 200, stats: 32, statName: 64, statValue: 1e9, choiceIndex: 1000 } as const;

export function startHistory(stats: Record<string, number>, scene: string | null): HistoryTree {
  const root: HistoryNode = {
    id: 0,
    parent: null,
    choiceIndex: -1,
    choiceText: '',
    turn: 0,
    stats: cleanStats(stats),
    statDeltas: {},
    scene: clip(scene, HISTORY_LIMITS.scene),
    preview: '',
  };
  return { nodes: { 0: root }, current: 0, nextId: 1 };
}

export function getNode(tree: HistoryTree, id: number): HistoryNode {
  const node = tree.nodes[id];
  if (!node) throw new RangeError(`There is no history node ${id}.`);
  return node;
}

export function childrenOf(tree: HistoryTree, id: number): HistoryNode[] {
  return Object.values(tree.nodes).filter((n) => n.parent === id);
}

/**
 * Records a choice taken from the current node. Taking the same choice again
 * from the same place (after a rewind) moves onto the existing node instead of
 * growing a duplicate branch.
 */
export function recordChoice(tree: HistoryTree, entry: HistoryEntry): HistoryTree {
  const here = getNode(tree, tree.current);
  const choiceText = clip(entry.choiceText, HISTORY_LIMITS.choiceText) ?? '';
  const same = childrenOf(tree, here.id).find((c) => c.choiceIndex === entry.choiceIndex && c.choiceText === choiceText);
  if (same) return { ...tree, current: same.id };
  const stats = cleanStats(entry.stats);
  const node: HistoryNode = {
    id: tree.nextId,
    parent: here.id,
    choiceIndex: entry.choiceIndex,
    choiceText,
    turn: here.turn + 1,
    stats,
    statDeltas: statDeltas(stats, here.stats),
    scene: clip(entry.scene, HISTORY_LIMITS.scene),
    preview: clip(entry.preview ?? '', HISTORY_LIMITS.preview) ?? '',
  };
  return prune({ nodes: { ...tree.nodes, [node.id]: node }, current: node.id, nextId: node.id + 1 });
}

/** The nodes from the start to `id`, root excluded: one node per choice taken. */
export function pathTo(tree: HistoryTree, id: number): HistoryNode[] {
  const path: HistoryNode[] = [];
  for (let node = getNode(tree, id); node.parent !== null; node = getNode(tree, node.parent)) path.push(node);
  return path.reverse();
}

export function leaves(tree: HistoryTree): HistoryNode[] {
  const parents = new Set(Object.values(tree.nodes).map((n) => n.parent));
  return Object.values(tree.nodes).filter((n) => !parents.has(n.id));
}

export function statDeltas(stats: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const deltas: Record<string, number> = {};
  for (const [name, value] of Object.entries(stats)) {
    const old = before[name];
    if (old !== undefined) deltas[name] = value - old;
  }
  return deltas;
}

/** Drops the oldest side-branch leaves once the tree outgrows its cap; the current path is never pruned. */
function prune(tree: HistoryTree): HistoryTree {
  let count = Object.keys(tree.nodes).length;
  if (count <= HISTORY_LIMITS.nodes) return tree;
  const keep = new Set([0, ...pathTo(tree, tree.current).map((n) => n.id)]);
  const nodes = { ...tree.nodes };
  while (count > HISTORY_LIMITS.nodes) {
    const oldest = leaves({ ...tree, nodes }).find((n) => !keep.has(n.id));
    if (!oldest) break;
    delete nodes[oldest.id];
    count--;
  }
  return { ...tree, nodes };
}

function cleanStats(stats: Record<string, number>): Record<string, number> {
  const clean: Record<string, number> = {};
  for (const [name, value] of Object.entries(stats).slice(0, HISTORY_LIMITS.stats)) {
    // Out-of-range values would make the save undecodable; a stat that wild is a story bug, so leave it out.
    if (name.length <= HISTORY_LIMITS.statName && Number.isFinite(value) && Math.abs(value) <= HISTORY_LIMITS.statValue) clean[name] = value;
  }
  return clean;
}

export function clip(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  return `${text.slice(0, max - 1)}…`;
}
