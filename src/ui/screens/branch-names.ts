/**
 * Names the branches the reader left behind by where they ended: the ending's
 * title when the branch reached one, else "Unfinished, in <scene>". The tree
 * keeps only choices, so each branch is replayed on the story (a few
 * milliseconds each) to see where it stopped; past a handful of branches the
 * rest are named by their scene alone, so the screen never waits long.
 */

import { choicePath } from '../../engine/history/history-branches';
import type { HistoryNode, HistoryTree } from '../../engine/history/history-tree';
import type { StoryJson } from '../../engine/ink/story-session';
import { emptyPage, foldPassage } from '../../engine/play/page';
import { replayChoices } from '../../engine/saves/save-replay';

const REPLAYED = 12;

export function branchNames(story: StoryJson, seed: number, tree: HistoryTree, leaves: readonly HistoryNode[]): Map<number, string> {
  const names = new Map<number, string>();
  leaves.forEach((leaf, i) => {
    const ending = i < REPLAYED ? endingOf(story, seed, tree, leaf.id) : null;
    names.set(leaf.id, ending ?? unfinished(leaf));
  });
  return names;
}

function endingOf(story: StoryJson, seed: number, tree: HistoryTree, id: number): string | null {
  try {
    const out = replayChoices(story, seed, choicePath(tree, id), 'exact');
    out.session.dispose();
    if (out.stop) return null;
    let page = emptyPage;
    let n = 0;
    for (const p of out.passages) page = foldPassage(page, p.paragraphs, () => ++n);
    return out.passages.at(-1)?.ended && page.ending ? `Ended: ${page.ending.title}` : null;
  } catch {
    return null;
  }
}

function unfinished(leaf: HistoryNode): string {
  return leaf.scene ? `Unfinished, in ${leaf.scene}` : `Unfinished, at turn ${leaf.turn}`;
}
