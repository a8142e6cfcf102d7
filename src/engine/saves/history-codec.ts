/**
 * Turns a history tree into compact JSON data and back, with validation. The
 * tree rides inside every save, so it is stored lean: stat names, scene names
 * and choice texts are listed once and nodes refer to them by position, each
 * node is a short array, and what can be recomputed (turn, stat deltas) is not
 * stored. Reading checks every reference, so a damaged tree is refused with a
 * sentence instead of breaking the history view later. It lives with the saves
 * because it is the save's form of the tree: the history itself knows nothing
 * of storage.
 */

import * as v from 'valibot';
import { HISTORY_LIMITS, type HistoryNode, type HistoryTree, statDeltas } from '../history/history-tree';
import { fail, group, int, list, num, readWith, text, within } from './save-schema';

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

const historySchema = group(
  {
    v: v.literal(1, 'This save is damaged: its history is in a format this player does not know.'),
    stats: list(text('a stat name', HISTORY_LIMITS.statName), 'the list of stats', HISTORY_LIMITS.stats),
    scenes: list(text('a scene name', HISTORY_LIMITS.scene), 'the list of scenes', HISTORY_LIMITS.nodes),
    texts: list(text('a choice text', HISTORY_LIMITS.choiceText), 'the list of choice texts', HISTORY_LIMITS.nodes),
    nodes: list(v.unknown(), 'the history', HISTORY_LIMITS.nodes),
    current: int('the place in the history', 0, MAX_ID),
    next: int('the history counter', 0, MAX_ID),
  },
  'the history',
);

/** A node's row before its references are followed: six or seven cells. */
const rowSchema = v.pipe(list(v.unknown(), 'a history entry', 7), v.minLength(6, 'This save is damaged: a history entry is cut short.'));

/** Each cell's type and widest range, built once; readNode narrows the ranges that depend on earlier rows. */
const CELL = {
  id: int('a history entry number', 0, MAX_ID),
  parent: int('a history link', -1, MAX_ID),
  choiceIndex: int('a choice number in the history', -1, HISTORY_LIMITS.choiceIndex),
  text: int('a choice text reference', 0, MAX_ID),
  scene: int('a scene reference', -1, MAX_ID),
  stats: list(v.nullable(num('a stat', HISTORY_LIMITS.statValue)), 'the stats in a history entry', HISTORY_LIMITS.stats),
  preview: text('a history preview', HISTORY_LIMITS.preview),
};

/** Reads a serialised tree; throws a SaveProblem (see save-schema.ts) when it is damaged or oversized. */
export function deserialiseHistory(value: unknown): HistoryTree {
  const json = readWith(historySchema, value);
  const statNames = json.stats;
  if (new Set(statNames).size !== statNames.length) fail('This save is damaged: its history names a stat twice.');
  const nodes: Record<number, HistoryNode> = {};
  let lastId = -1;
  for (const row of json.nodes) {
    const node = readNode(row, { statNames, scenes: json.scenes, texts: json.texts, nodes, lastId });
    nodes[node.id] = node;
    lastId = node.id;
  }
  if (lastId < 0) fail('This save is damaged: its history is empty.');
  if (!nodes[json.current]) fail('This save is damaged: its place in the history points nowhere.');
  const nextId = within(json.next, 'the history counter', lastId + 1, MAX_ID);
  return { nodes, current: json.current, nextId };
}

interface Context {
  statNames: string[];
  scenes: string[];
  texts: string[];
  nodes: Record<number, HistoryNode>;
  lastId: number;
}

/** One node: its cells are checked against ranges that depend on the nodes before it. */
function readNode(value: unknown, ctx: Context): HistoryNode {
  const row = readWith(rowSchema, value);
  const isRoot = ctx.lastId < 0;
  // Ids rise strictly and a parent must come before its child, so the tree cannot loop.
  const id = within(readWith(CELL.id, row[0]), 'a history entry number', isRoot ? 0 : ctx.lastId + 1, isRoot ? 0 : MAX_ID);
  const parentId = readWith(CELL.parent, row[1]);
  const parent = ctx.nodes[parentId];
  if (isRoot !== (parentId === -1) || (!isRoot && !parent)) fail('This save is damaged: a history entry hangs from nothing.');
  const choiceIndex = within(readWith(CELL.choiceIndex, row[2]), 'a choice number in the history', isRoot ? -1 : 0, isRoot ? -1 : HISTORY_LIMITS.choiceIndex);
  const choiceText = ctx.texts[within(readWith(CELL.text, row[3]), 'a choice text reference', 0, ctx.texts.length - 1)] ?? '';
  if (isRoot && choiceText !== '') fail('This save is damaged: the start of its history names a choice.');
  const sceneRef = within(readWith(CELL.scene, row[4]), 'a scene reference', -1, ctx.scenes.length - 1);
  const statValues = readWith(CELL.stats, row[5]);
  if (statValues.length !== ctx.statNames.length) fail('This save is damaged: a history entry has the wrong number of stats.');
  const stats: Record<string, number> = {};
  statValues.forEach((value, i) => {
    const name = ctx.statNames[i];
    if (value !== null && name !== undefined) stats[name] = value;
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
    preview: row[6] === undefined ? '' : readWith(CELL.preview, row[6]),
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
