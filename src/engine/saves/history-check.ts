/**
 * Checks an imported save's history by replay: every branch of the tree must
 * play in the story from the save's seed, as a replay link would, or the
 * History screen and the Map would show choices the reader never saw. A
 * branch that does not play is cut where it stops fitting, and named so the
 * reader can be told. The branch the save stands on is restore's to check
 * (save-restore.ts), and is kept as restore left it.
 */
import { type HistoryNode, type HistoryTree, leaves, pathTo } from '../history/history-tree';
import type { StoryJson } from '../ink/story-session';
import { type MatchRule, replayChoices } from './save-replay';

export interface CheckedHistory {
  tree: HistoryTree;
  /** One line per branch cut: its first choice that did not play, and at which turn. */
  dropped: string[];
}

export function dropUnplayableBranches(story: StoryJson, seed: number, tree: HistoryTree, rule: MatchRule): CheckedHistory {
  const playable = new Set<number>([0, ...pathTo(tree, tree.current).map((n) => n.id)]);
  for (const leaf of leaves(tree)) {
    if (playable.has(leaf.id)) continue;
    const path = pathTo(tree, leaf.id);
    // The part of the branch already known to play needs no second look; only its fitted prefix is added.
    const out = replayChoices(
      story,
      seed,
      path.map((n) => ({ index: n.choiceIndex, text: n.choiceText })),
      rule,
    );
    for (const node of path.slice(0, out.fitted)) playable.add(node.id);
  }
  const cut = Object.values(tree.nodes).filter((n) => !playable.has(n.id));
  if (cut.length === 0) return { tree, dropped: [] };
  const nodes: Record<number, HistoryNode> = {};
  for (const node of Object.values(tree.nodes)) if (playable.has(node.id)) nodes[node.id] = node;
  const dropped = cut.filter((n) => n.parent !== null && playable.has(n.parent)).map((n) => `“${n.choiceText}” at choice ${n.turn}`);
  return { tree: { ...tree, nodes }, dropped };
}

/** The note for the reader, or null when nothing was cut. */
export function droppedBranchesNote(dropped: readonly string[]): string | null {
  if (dropped.length === 0) return null;
  const one = dropped.length === 1;
  return `${one ? 'A branch' : `${dropped.length} branches`} of this save’s history did not play in this story and ${one ? 'was' : 'were'} left out: ${dropped.join('; ')}.`;
}
