/**
 * Turns a history tree into compact JSON data and back, with validation. The
 * tree rides inside every save, so it is stored lean: stat names, scene names
 * and choice texts are listed once and nodes refer to them by position, each
 * node is a short array, and what can be recomputed (turn, stat deltas) is not
 * stored. Reading checks every reference, so a damaged tree is refused with a
 * sentence instead of breaking the history view later.
 */

import { fail, readArray, readInt, readNumber, readRecord, readString } from '../saves/save-schema';
import { HISTORY_LIMITS, type HistoryNode, type HistoryTree, statDeltas } from './history-tree';

/** [id, parent (-1 for the root), choiceIndex, text #, scene # (-1 for none), stats (null where missing), preview?] */
export type HistoryNodeJson = [number, number, number, number, number, (number | null)[], string?];

export interface HistoryJson {
  v: 1;
  stats: string[];
  scenes: string[];
  texts: string[];
  nodes: HistoryNodeJson[];
  current: number;
  next: number;
}

const MAX_ID = 2 ** 31 - 1;

export function serialiseHistory(tree: HistoryTree): HistoryJson {
  const stats = table<string>();
  const scenes = table<string>();
  const texts = table<string>();
  const all = Object.values(tree.nodes).sort((a, b) => a.id - b.id);
  for (const node of all) for (const name of Object.keys(node.stats)) stats.add(name);
  const nodes = all.map((node): HistoryNodeJson => {
    const row: HistoryNodeJson = [
      node.id,
      node.parent ?? -1,
      node.choiceIndex,
      texts.add(node.choiceText),
      node.scene === null ? -1 : scenes.add(node.scene),
      stats.list.map((name) => node.stats[name] ?? null),
    ];
    if (node.preview !== '') row.push(node.preview);
    return row;
  });
  return { v: 1, stats: stats.list, scenes: scenes.list, texts: texts.list, nodes, current: tree.current, next: tree.nextId };
}

/** Reads a serialised tree; throws a SaveProblem (see save-schema.ts) when it is damaged or oversized. */
export function deserialiseHistory(value: unknown): HistoryTree {
  const json = readRecord(value, 'the history');
  if (json.v !== 1) fail('This save is damaged: its history is in a format this player does not know.');
  const statNames = readArray(json.stats, 'the list of stats', HISTORY_LIMITS.stats).map((s) => readString(s, 'a stat name', HISTORY_LIMITS.statName));
  if (new Set(statNames).size !== statNames.length) fail('This save is damaged: its history names a stat twice.');
  const scenes = readArray(json.scenes, 'the list of scenes', HISTORY_LIMITS.nodes).map((s) => readString(s, 'a scene name', HISTORY_LIMITS.scene));
  const texts = readArray(json.texts, 'the list of choice texts', HISTORY_LIMITS.nodes).map((s) => readString(s, 'a choice text', HISTORY_LIMITS.choiceText));
  const rows = readArray(json.nodes, 'the history', HISTORY_LIMITS.nodes);
  const nodes: Record<number, HistoryNode> = {};
  let lastId = -1;
  for (const row of rows) {
    const node = readNode(row, { statNames, scenes, texts, nodes, lastId });
    nodes[node.id] = node;
    lastId = node.id;
  }
  if (lastId < 0) fail('This save is damaged: its history is empty.');
  const current = readInt(json.current, 'the place in the history', 0, MAX_ID);
  if (!nodes[current]) fail('This save is damaged: its place in the history points nowhere.');
  const nextId = readInt(json.next, 'the history counter', lastId + 1, MAX_ID);
  return { nodes, current, nextId };
}

interface Context {
  statNames: string[];
  scenes: string[];
  texts: string[];
  nodes: Record<number, HistoryNode>;
  lastId: number;
}

function readNode(value: unknown, ctx: Context): HistoryNode {
  const row = readArray(value, 'a history entry', 7);
  if (row.length < 6) fail('This save is damaged: a history entry is cut short.');
  const isRoot = ctx.lastId < 0;
  // Ids rise strictly and a parent must come before its child, so the tree cannot loop.
  const id = readInt(row[0], 'a history entry number', isRoot ? 0 : ctx.lastId + 1, isRoot ? 0 : MAX_ID);
  const parentId = readInt(row[1], 'a history link', -1, MAX_ID);
  const parent = ctx.nodes[parentId];
  if (isRoot !== (parentId === -1) || (!isRoot && !parent)) fail('This save is damaged: a history entry hangs from nothing.');
  const choiceIndex = readInt(row[2], 'a choice number in the history', isRoot ? -1 : 0, isRoot ? -1 : HISTORY_LIMITS.choiceIndex);
  const choiceText = ctx.texts[readInt(row[3], 'a choice text reference', 0, ctx.texts.length - 1)] ?? '';
  if (isRoot && choiceText !== '') fail('This save is damaged: the start of its history names a choice.');
  const sceneRef = readInt(row[4], 'a scene reference', -1, ctx.scenes.length - 1);
  const statValues = readArray(row[5], 'the stats in a history entry', ctx.statNames.length);
  if (statValues.length !== ctx.statNames.length) fail('This save is damaged: a history entry has the wrong number of stats.');
  const stats: Record<string, number> = {};
  statValues.forEach((v, i) => {
    const name = ctx.statNames[i];
    if (v !== null && name !== undefined) stats[name] = readNumber(v, `the stat ${name}`, HISTORY_LIMITS.statValue);
  });
  return {
    id,
    parent: parent ? parent.id : null,
    choiceIndex,
    choiceText,
    turn: parent ? parent.turn + 1 : 0,
    stats,
    statDeltas: parent ? statDeltas(stats, parent.stats) : {},
    scene: sceneRef < 0 ? null : (ctx.scenes[sceneRef] ?? null),
    preview: row[6] === undefined ? '' : readString(row[6], 'a history preview', HISTORY_LIMITS.preview),
  };
}

/** An interning table: each distinct value is stored once and referred to by its position. */
function table<T>() {
  const list: T[] = [];
  const index = new Map<T, number>();
  return {
    list,
    add(value: T): number {
      let at = index.get(value);
      if (at === undefined) {
        at = list.push(value) - 1;
        index.set(value, at);
      }
      return at;
    },
  };
}
