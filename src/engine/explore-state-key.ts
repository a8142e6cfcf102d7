/**
 * The identity of a story state at a choice point, for the explorer's dedupe.
 * Two states with the same key have the same future, so the explorer visits
 * only one of them; this is what lets it finish on stories that loop.
 *
 * The key holds what ink consults when it continues from a choice:
 *  - each open choice (its target and the call stack it resumes with, including
 *    tunnel return points and temporary variables, except ink's own `$r`),
 *  - the global variables,
 *  - the visit counts the story can actually read (conditions on knots,
 *    once-only choices, sequences: `StoryIndex.readCounts`). Counts nobody
 *    reads are left out, so walking round a loop twice gives the same state,
 *  - turn numbers, only when the story uses TURNS() or TURNS_SINCE().
 * It leaves out ink's random generator state: the explorer follows one
 * random outcome per state rather than all of them.
 */
import type { Story } from 'inkjs';
import { type InkPointer, type InkThread, type InkValue, stateOf } from './explore-ink';
import type { StoryIndex } from './story-index';

export function stateKeyOf(story: Story, index: StoryIndex): string {
  const state = stateOf(story);
  let key = '';
  for (const choice of state._currentFlow.currentChoices) key += `${String(choice.targetPath)}@${threadKey(choice.threadAtGeneration)};`;
  key += '|';
  for (const [name, value] of state.variablesState._globalVariables) key += `${name}=${valueKey(value)};`;
  key += '|';
  const turn = state._currentTurnIndex;
  const positions = readPositions(index);
  // Walk whichever is shorter: the counts the story can read, or the containers this state has visited.
  const counts: [number, string][] = [];
  if (state._visitCounts.size < index.readCounts.length) {
    for (const [path, count] of state._visitCounts) {
      const at = positions.get(path);
      if (at !== undefined && count) counts.push([at, `${at}:${count}`]);
    }
  } else {
    index.readCounts.forEach((path, at) => {
      const count = state._visitCounts.get(path);
      if (count) counts.push([at, `${at}:${count}`]);
    });
  }
  if (index.usesTurnsSince) {
    index.readCounts.forEach((path, at) => {
      const since = state._turnIndices.get(path);
      if (since !== undefined) counts.push([at, `${at}~${turn - since}`]);
    });
  }
  counts.sort((a, b) => a[0] - b[0]);
  for (const [, text] of counts) key += `${text},`;
  if (index.usesTurnIndex) key += `|${turn}`;
  return key;
}

const positionsByIndex = new WeakMap<StoryIndex, Map<string, number>>();

function readPositions(index: StoryIndex): Map<string, number> {
  let positions = positionsByIndex.get(index);
  if (!positions) {
    positions = new Map(index.readCounts.map((path, at) => [path, at]));
    positionsByIndex.set(index, positions);
  }
  return positions;
}

/**
 * The temporary the compiler uses to return from a choice's shared text (`* Look [around] up`):
 * every path that diverts through `$r` assigns it just before, so the value left over from an
 * earlier choice never matters. Keeping it made the flagship's states three times as many.
 */
const RETURN_LABEL = '$r';

function threadKey(thread: InkThread | null): string {
  if (!thread) return '';
  let key = '';
  for (const element of thread.callstack) {
    key += `${element.type}:${pointerKey(element.currentPointer)}`;
    for (const [name, value] of element.temporaryVariables) {
      if (name !== RETURN_LABEL) key += `,${name}=${valueKey(value)}`;
    }
    key += '/';
  }
  return key;
}

function pointerKey(pointer: InkPointer): string {
  return pointer.container ? `${String(pointer.container.path)}#${pointer.index}` : '-';
}

function valueKey(value: InkValue | undefined): string {
  return String(value?.valueObject);
}
