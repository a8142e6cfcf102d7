/**
 * Ways to save the story at a choice point and come back to it later, which
 * the explorer does for every state it visits. Three strategies, measured on a
 * generated 320-knot story (see the explorer report in the handover notes):
 *
 *  - `fork` copies just the mutable parts of the ink state (call stack, choices,
 *    globals, visit counts, turn indices, random seed) into fresh containers.
 *    Fastest by far; depends on inkjs field names (ink-internals.ts).
 *  - `json` uses inkjs's public `state.ToJson()` / `LoadJson()`. Always
 *    correct, several times slower.
 *  - `replay` keeps only the choice path and replays it from the start. No
 *    memory per state, but each restore costs a whole playthrough prefix.
 *
 * Every strategy restores the exact random state too, so a path recorded by
 * the explorer replays to the same place in a fresh `createSession`.
 */
import type { Story } from 'inkjs';
import { type InkCallStack, type InkChoice, type InkValue, stateOf } from '../ink/ink-internals.ts';

export type SnapshotStrategy = 'fork' | 'json' | 'replay';

export interface Snapshotter {
  /** Saves the story as it stands at a choice point reached by `path`. With `fork`, the live state is handed over: restore before continuing. */
  save(path: readonly number[]): unknown;
  /** `lastUse`: the snapshot will not be restored again, so `fork` may hand its parts to the story instead of copying them. */
  restore(snapshot: unknown, lastUse?: boolean): void;
}

interface ForkSnapshot {
  callStack: InkCallStack;
  choices: InkChoice[];
  globals: Map<string, InkValue>;
  visitCounts: Map<string, number>;
  turnIndices: Map<string, number>;
  turnIndex: number;
  seed: number;
  previousRandom: number;
}

/** Replays `path` from a fresh start with `seed`; supplied by the runner, which knows how to play. */
export type Replayer = (path: readonly number[]) => void;

export function createSnapshotter(story: Story, strategy: SnapshotStrategy, replay: Replayer): Snapshotter {
  if (strategy === 'json') return jsonSnapshots(story);
  if (strategy === 'replay') return { save: (path) => [...path], restore: (snap) => replay(snap as number[]) };
  const json = jsonSnapshots(story);
  return {
    save(path) {
      // Multiple live flows (ink's SwitchFlow) are rare; the JSON path handles them correctly.
      if (stateOf(story)._namedFlows !== null) return { json: json.save(path) };
      return forkSave(story);
    },
    restore(snap, lastUse = false) {
      if (typeof snap === 'object' && snap !== null && 'json' in snap) json.restore(snap.json);
      else forkRestore(story, snap as ForkSnapshot, lastUse);
    },
  };
}

function jsonSnapshots(story: Story): Snapshotter {
  return {
    save: () => story.state.ToJson(),
    restore(snap) {
      story.state.LoadJson(snap as string);
      story.ResetErrors();
    },
  };
}

function copyCallStack(stack: InkCallStack): InkCallStack {
  return new stack.constructor(stack);
}

/**
 * Takes the live state's parts without copying them: the story is handed over
 * to the snapshot, and the runner refuses to choose again until something is
 * restored (restoring copies). Halving the copies matters: the explorer saves
 * every state it finds, and copying is most of what saving costs.
 */
function forkSave(story: Story): ForkSnapshot {
  const state = stateOf(story);
  return {
    callStack: state._currentFlow.callStack,
    // Choice objects stay shared; they are only ever taken through a detached copy (detachChoice).
    choices: state._currentFlow.currentChoices,
    globals: state.variablesState._globalVariables,
    visitCounts: state._visitCounts,
    turnIndices: state._turnIndices,
    turnIndex: state._currentTurnIndex,
    seed: state.storySeed,
    previousRandom: state.previousRandom,
  };
}

/** Copies the snapshot's parts into the story, or on its last use hands them over (the explorer takes ~2 choices per state, so that saves almost half the copying). */
function forkRestore(story: Story, snap: ForkSnapshot, lastUse: boolean): void {
  const state = stateOf(story);
  const flow = state._currentFlow;
  flow.callStack = lastUse ? snap.callStack : copyCallStack(snap.callStack);
  flow.outputStream = [];
  flow.currentChoices = [...snap.choices];
  state.variablesState._globalVariables = lastUse ? snap.globals : new Map(snap.globals);
  state.variablesState.callStack = flow.callStack;
  state.variablesState.patch = null;
  state._patch = null;
  state._visitCounts = lastUse ? snap.visitCounts : new Map(snap.visitCounts);
  state._turnIndices = lastUse ? snap.turnIndices : new Map(snap.turnIndices);
  state._currentTurnIndex = snap.turnIndex;
  state._evaluationStack = [];
  state._currentErrors = null;
  state._currentWarnings = null;
  state.storySeed = snap.seed;
  state.previousRandom = snap.previousRandom;
  state.didSafeExit = false;
  state.OutputStreamDirty();
}
