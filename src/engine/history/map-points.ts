/**
 * Where the player's history stands on the story map. The map's nodes are the
 * explorer's choice points (`ridge.0`) and endings (`ending:<id>`); the
 * history tree knows only ink choice indices. This replays the whole tree on
 * one session and names the choice point every history node stands at, so the
 * map can highlight what was visited and rewind to it. Pure data, no DOM.
 */

import { createSession, type Passage, type StoryJson } from '../ink/story-session';
import { findTag } from '../ink/tags';
import { type HistoryTree, pathTo } from './history-tree';

export interface MapPoints {
  /** Graph node id → the history node ids standing there, best first: the newest on the current path, then the newest elsewhere. */
  byGraphNode: Record<string, number[]>;
  /** The graph node the player stands at now (null on a dead end or an error). */
  current: string | null;
  visited: string[];
  /** Keys of choices taken anywhere in the tree: the map's edges to highlight. */
  takenChoices: string[];
  /** Keys of the choices on the path from the start to where the player stands. */
  pathChoices: string[];
  /** Every distinct move the tree holds, so the map can draw the ones exploration missed (a capped report). */
  moves: MapMove[];
  /** What to call each visited graph node if the report lacks it: an ending's title, else the scene it was in. */
  names: Record<string, string | null>;
}

/** One choice taken: from which graph node, to which (null for a dead end or an error). */
export interface MapMove {
  from: string | null;
  to: string | null;
  choice: string;
  text: string;
  /** Taken on the way to where the player stands. */
  onPath: boolean;
}

/** The graph node a passage stands at, as the explorer names it; null for a dead end or an error. */
export function graphNodeOf(passage: Passage): string | null {
  if (passage.error) return null;
  const first = passage.choices[0];
  if (first) return passage.choices.every((c) => c.locked) ? null : choicePointOf(first.key);
  let ending: string | undefined;
  // The last ending tag wins, as in the explorer's runner.
  for (const p of passage.paragraphs) ending = findTag(p.tags, 'ending')?.id ?? ending;
  return ending ? `ending:${ending}` : null;
}

/** Choices replayed at most (about 1 ms each): a huge history maps the current path and the newest side branches first. */
const REPLAY_BUDGET = 2000;

/** A history node with children, and how to put the session back there. */
interface Fork {
  id: number;
  passage: Passage;
  log: readonly number[];
  state(): string;
}

/** `ridge.0.c-1` → `ridge.0`: a choice's key minus its own last segment is the weave it sits in. */
export function choicePointOf(key: string): string {
  const at = key.lastIndexOf('.');
  return at < 0 ? '' : key.slice(0, at);
}

export function mapPoints(story: StoryJson, seed: number, tree: HistoryTree): MapPoints {
  const at = new Map<number, string | null>();
  const titles = new Map<number, string>();
  const taken = new Map<number, Omit<MapMove, 'onPath'>>();
  const kids = new Map<number, number[]>();
  for (const node of Object.values(tree.nodes)) if (node.parent !== null) kids.set(node.parent, [...(kids.get(node.parent) ?? []), node.id]);

  // One session walks the whole tree depth first. Where the tree forks, the ink state is saved once
  // and reloaded for each further branch: far cheaper than replaying every branch from a fresh story.
  const onPath = [0, ...pathTo(tree, tree.current).map((n) => n.id)];
  const rank = new Map(onPath.map((id, depth) => [id, depth]));
  const session = createSession(story, seed);
  let budget = REPLAY_BUDGET;
  const stack: { id: number; parent: Fork | null }[] = [{ id: 0, parent: null }];
  let liveAt = -1;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { id, parent } = item;
    let passage: Passage;
    if (!parent) passage = session.continue();
    else {
      if (liveAt !== parent.id) session.loadState(parent.state(), parent.log);
      const choice = parent.passage.choices.find((c) => c.index === tree.nodes[id]?.choiceIndex && !c.locked);
      // A node the story no longer offers (an edit in development) stands nowhere, and neither does its subtree.
      if (!choice || budget-- <= 0) continue;
      passage = session.choose(choice.index);
      taken.set(id, { from: at.get(parent.id) ?? null, to: null, choice: choice.key, text: choice.text });
    }
    liveAt = id;
    const to = graphNodeOf(passage);
    at.set(id, to);
    const move = taken.get(id);
    if (move) move.to = to;
    const title = passage.paragraphs.flatMap((p) => findTag(p.tags, 'ending_title')?.title ?? []).at(-1);
    if (title && to?.startsWith('ending:')) titles.set(id, title);
    const children = kids.get(id) ?? [];
    if (children.length === 0) continue;
    const log = session.log;
    let saved: string | null = null;
    const fork: Fork = { id, passage, log, state: () => (saved ??= session.saveState()) };
    // Saved before any child runs, but only when there is more than one child to come back for.
    if (children.length > 1) fork.state();
    // The branch towards where the player stands goes first, so a budget cut never loses the current path.
    children.sort((a, b) => (rank.has(a) ? 1 : 0) - (rank.has(b) ? 1 : 0));
    for (const child of children) stack.push({ id: child, parent: fork });
  }

  const stands = new Map<string, number[]>();
  const names: Record<string, string | null> = {};
  for (const [id, node] of at) {
    if (node === null) continue;
    stands.set(node, [...(stands.get(node) ?? []), id]);
    names[node] ??= titles.get(id) ?? tree.nodes[id]?.scene ?? null;
  }
  const byGraphNode: Record<string, number[]> = {};
  for (const [node, ids] of stands) byGraphNode[node] = ids.sort((a, b) => (rank.get(b) ?? -1) - (rank.get(a) ?? -1) || b - a);
  const moves = new Map<string, MapMove>();
  for (const [id, move] of taken) {
    const key = `${move.from}|${move.choice}|${move.to}`;
    const known = moves.get(key);
    moves.set(key, { ...move, onPath: (known?.onPath ?? false) || rank.has(id) });
  }
  return {
    byGraphNode,
    current: at.get(tree.current) ?? null,
    visited: Object.keys(byGraphNode),
    takenChoices: [...new Set([...taken.values()].map((m) => m.choice))],
    pathChoices: onPath.flatMap((id) => taken.get(id)?.choice ?? []),
    moves: [...moves.values()],
    names,
  };
}
