/**
 * The identity of a story state at a choice point, for the explorer's dedupe.
 * Two states with the same key have the same future, so the explorer visits
 * only one of them; this is what lets it finish on stories that loop.
 *
 * The key holds what ink consults when it continues from a choice:
 *  - each open choice (its target and the call stack it resumes with, including
 *    tunnel return points and temporary variables, except ink's own `$r`),
 *  - the global variables some future from here may still read or write
 *    (story-liveness.ts). A flag or stat the rest of the story never touches
 *    again no longer tells two states apart; the values such stats bring are
 *    carried to the endings' reports by explore-stat-carry.ts,
 *  - the visit counts the story can actually read (conditions on knots,
 *    once-only choices, sequences: `StoryIndex.readCounts`). Counts nobody
 *    reads are left out, so walking round a loop twice gives the same state,
 *  - turn numbers, only when the story uses TURNS() or TURNS_SINCE().
 * It leaves out ink's random generator state: the explorer follows one
 * random outcome per state rather than all of them.
 */
import type { Story } from 'inkjs';
import { type InkChoice, type InkPointer, type InkThread, type InkValue, stateOf } from '../ink/ink-internals.ts';
import { flowOf, type StoryIndex } from './story-index.ts';
import { analyseLiveness, type GlobalLiveness, liveFrom } from './story-liveness.ts';

export function stateKeyOf(story: Story, index: StoryIndex): string {
  const state = stateOf(story);
  let key = '';
  for (const choice of state._currentFlow.currentChoices) key += `${String(choice.targetPath)}@${threadKey(choice.threadAtGeneration)};`;
  key += '|';
  const live = liveGlobalsAt(story, index);
  for (const [name, value] of state.variablesState._globalVariables) {
    if (live.has(name)) key += `${name}=${valueKey(value)};`;
  }
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

/** What the key needs to know about one story's globals, worked out when its first state is keyed. */
export interface LivenessContext {
  liveness: GlobalLiveness;
  /** Any global the analysis did not see declared: it cannot say who touches it. */
  alwaysKept: ReadonlySet<string>;
  flowByPath: Map<string, string>;
  flowByContainer: Map<object, string>;
  liveByStarts: Map<string, ReadonlySet<string>>;
}

const livenessByStory = new WeakMap<Story, LivenessContext>();

/**
 * The globals the future of the current choice point may read or write. That future starts at
 * one of the open choices' targets, in the thread the choice was offered in, and can return into
 * any element of that thread's call stack (tunnel and function return points). So it is the union
 * of what is live from each of their flows. A temporary holding a pointer to a global (a `ref`
 * argument) keeps that global too: the callee writes it under another name.
 */
export function liveGlobalsAt(story: Story, index: StoryIndex): ReadonlySet<string> {
  const context = livenessContextOf(story, index);
  const state = stateOf(story);
  const starts = new Set<string>();
  const pinned: string[] = [];
  for (const choice of state._currentFlow.currentChoices) {
    if (!addStarts(choice, context, starts, pinned)) return new Set(state.variablesState._globalVariables.keys());
  }
  const id = [...starts].sort().join(' ');
  let live = context.liveByStarts.get(id);
  if (!live) {
    const names = liveFrom(context.liveness, starts);
    for (const name of context.alwaysKept) names.add(name);
    live = names;
    context.liveByStarts.set(id, live);
  }
  if (pinned.every((name) => live.has(name))) return live;
  return new Set([...live, ...pinned]);
}

/** Adds the flows a choice's future starts in; false when one of them cannot be told. */
export function addStarts(choice: InkChoice, context: LivenessContext, starts: Set<string>, pinned: string[]): boolean {
  if (!choice.targetPath || !choice.threadAtGeneration) return false;
  const { flowByPath, flowByContainer, liveness } = context;
  const target = String(choice.targetPath);
  let flow = flowByPath.get(target);
  if (flow === undefined) {
    flow = flowOf(target, liveness.flows);
    flowByPath.set(target, flow);
  }
  starts.add(flow);
  for (const element of choice.threadAtGeneration.callstack) {
    const container = element.currentPointer.container;
    if (!container) return false;
    let at = flowByContainer.get(container);
    if (at === undefined) {
      at = flowOf(String(container.path), liveness.flows);
      flowByContainer.set(container, at);
    }
    starts.add(at);
    for (const value of element.temporaryVariables.values()) {
      const pointee = pointerTarget(value);
      if (pointee !== null) pinned.push(pointee);
    }
  }
  return true;
}

function livenessContextOf(story: Story, index: StoryIndex): LivenessContext {
  let context = livenessByStory.get(story);
  if (context) return context;
  // The runtime writes the very JSON the compiler produced (compile-ink.ts calls the same
  // ToJson), so the key needs nothing but the story it is handed.
  const json = story.ToJson();
  if (typeof json !== 'string') throw new Error('inkjs did not write the story as JSON.');
  const liveness = analyseLiveness(json, new Set(index.flows.map((f) => f.path)));
  const alwaysKept = new Set<string>();
  for (const name of stateOf(story).variablesState._globalVariables.keys()) {
    if (!liveness.globals.has(name)) alwaysKept.add(name);
  }
  context = { liveness, alwaysKept, flowByPath: new Map(), flowByContainer: new Map(), liveByStarts: new Map() };
  livenessByStory.set(story, context);
  return context;
}

/** The variable an inkjs VariablePointerValue names, or null for any other value. */
export function pointerTarget(value: InkValue): string | null {
  const pointer = value as InkValue & { contextIndex?: unknown; variableName?: unknown };
  return typeof pointer.contextIndex === 'number' && typeof pointer.variableName === 'string' ? pointer.variableName : null;
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

export function threadKey(thread: InkThread | null): string {
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

export function valueKey(value: InkValue | undefined): string {
  return String(value?.valueObject);
}
