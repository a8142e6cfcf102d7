/**
 * The few inkjs internals we rely on, typed in one place. The explorer visits
 * tens of thousands of story states, and inkjs's public save API (state JSON)
 * is far too slow for that, so it reads and writes the story state's fields
 * directly; and every turn, the player's and the tools', is played in one
 * pass by ink-turn.ts through ink's own step function. If an inkjs upgrade
 * renames one of these fields, this is the only file to fix, and the explorer
 * and ink-turn tests fail loudly.
 */
import type { Story } from 'inkjs';

export interface InkPath {
  toString(): string;
}

export interface InkPointer {
  container: { path: InkPath } | null;
  index: number;
}

export interface InkValue {
  valueObject: unknown;
}

export interface InkElement {
  type: number;
  currentPointer: InkPointer;
  temporaryVariables: Map<string, InkValue>;
}

export interface InkThread {
  callstack: InkElement[];
  Copy(): InkThread;
}

export interface InkChoice {
  index: number;
  text: string;
  tags: string[] | null;
  sourcePath: string;
  /** A fallback choice (`* -> out`): ink follows it by itself when nothing else is open. */
  isInvisibleDefault: boolean;
  targetPath: InkPath | null;
  threadAtGeneration: InkThread | null;
}

/** An inkjs CallStack; its constructor doubles as a deep copy when given another call stack. */
export interface InkCallStack {
  constructor: new (toCopy: InkCallStack) => InkCallStack;
}

export interface InkVariables {
  _globalVariables: Map<string, InkValue>;
  callStack: InkCallStack;
  patch: unknown;
  _batchObservingVariableChanges: boolean;
}

/** The live call stack's questions the end-of-turn checks ask (ink-turn.ts). */
export interface InkLiveCallStack {
  canPop: boolean;
  canPopThread: boolean;
  elementIsEvaluateFromGame: boolean;
  CanPop(type: number): boolean;
}

export interface InkState {
  _currentFlow: { callStack: InkCallStack; outputStream: unknown[]; currentChoices: InkChoice[] };
  readonly callStack: InkLiveCallStack;
  readonly outputStream: unknown[];
  readonly hasError: boolean;
  readonly currentErrors: string[] | null;
  _namedFlows: Map<string, unknown> | null;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _currentTurnIndex: number;
  _evaluationStack: unknown[];
  _patch: unknown;
  _currentErrors: string[] | null;
  _currentWarnings: string[] | null;
  storySeed: number;
  previousRandom: number;
  didSafeExit: boolean;
  variablesState: InkVariables;
  OutputStreamDirty(): void;
  ResetOutput(): void;
  CleanOutputWhitespace(text: string): string;
}

export interface InkStoryInternals {
  _hasValidatedExternals: boolean;
  _temporaryEvaluationContainer: unknown;
  ValidateExternalBindings(): void;
  Step(): void;
  TryFollowDefaultInvisibleChoice(): boolean;
  AddError(message: string, isWarning?: boolean, useEndLineNumber?: boolean): void;
  VisitContainer(container: { path: InkPath }, atStart: boolean): void;
}

export function stateOf(story: Story): InkState {
  return story.state as unknown as InkState;
}

export function internalsOf(story: Story): InkStoryInternals {
  return story as unknown as InkStoryInternals;
}

/**
 * A copy of a choice whose call-stack thread is its own. Choosing adopts the
 * choice's thread as the live one and then mutates it, so a choice that may
 * be taken again from the same snapshot must never hand over its original.
 */
export function detachChoice(choice: InkChoice): InkChoice {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(choice) as object) as InkChoice, choice);
  copy.threadAtGeneration = choice.threadAtGeneration?.Copy() ?? null;
  return copy;
}

/**
 * Runs `play` and counts how often ink read its random seed meanwhile. Every
 * use of ink's random machinery reads `storySeed`: a shuffle sequence
 * (`{~a|b}`, seeded by the seed and the sequence's path), RANDOM and
 * LIST_RANDOM (seeded by the seed and previousRandom). A turn that never read
 * it plays the same under every seed, which no sample of seeds can promise.
 */
export function countSeedReads<T>(story: Story, play: () => T): { result: T; reads: number } {
  const state = stateOf(story);
  let seed = state.storySeed;
  let reads = 0;
  Object.defineProperty(state, 'storySeed', {
    configurable: true,
    enumerable: true,
    get: () => {
      reads++;
      return seed;
    },
    set: (value: number) => {
      seed = value;
    },
  });
  try {
    return { result: play(), reads };
  } finally {
    // Back to a plain field, holding whatever the turn left (SEED_RANDOM may have set it).
    Object.defineProperty(state, 'storySeed', { configurable: true, enumerable: true, writable: true, value: seed });
  }
}
