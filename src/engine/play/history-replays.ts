/**
 * What the history screens learn by replaying ink, kept in the engine so no
 * view runs ink. Branch names: the branches the reader left behind, named by
 * where they ended (the ending's title when the branch reached one, else
 * "Unfinished, in <scene>"); the tree keeps only choices, so each branch is
 * replayed on the story (a few milliseconds each), and past a handful of
 * branches the rest are named by their scene alone, so the screen never waits
 * long. Map points: where the history stands on the story map
 * (engine/history/map-points.ts), replayed on the game's own story and seed.
 */

import { choicePath } from '../history/history-branches';
import type { HistoryNode, HistoryTree } from '../history/history-tree';
import { type MapPoints, mapPoints } from '../history/map-points';
import type { StoryJson } from '../ink/story-session';
import { replayChoices } from '../saves/save-replay';
import type { Game } from './game';
import { emptyPage, foldPassage } from './page';

const REPLAYED = 12;

/** Names for the given leaves of the game's history, by leaf id. */
export function branchNames(game: Game, leaves: readonly HistoryNode[]): Map<number, string> {
  const story = game.story();
  const seed = game.session().seed;
  const tree = game.store.getState().history;
  const names = new Map<number, string>();
  leaves.forEach((leaf, i) => {
    const ending = i < REPLAYED ? endingOf(story, seed, tree, leaf.id) : null;
    names.set(leaf.id, ending ?? unfinished(leaf));
  });
  return names;
}

/** Where the game's history stands on the story map. */
export function mapPointsOf(game: Game): MapPoints {
  return mapPoints(game.story(), game.session().seed, game.store.getState().history);
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
