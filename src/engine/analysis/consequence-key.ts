/**
 * What the consequence report compares when it asks "does this pick change
 * anything?": a story state at a choice point with everything no future can
 * read dropped. Unlike the explorer's state key (explore-state-key.ts), which
 * must keep what a future may read *or write* so the walk stays sound, this
 * key keeps only what a future may read: globals, and the visit counts of
 * knots, gathers and once-only choices (story-liveness.ts's `reads` mode).
 * Two picks with equal keys and equal text can never be told apart by the
 * reader, however long they play on.
 */
import type { Story } from 'inkjs';
import { stateOf } from '../ink/ink-internals';
import { addStarts, type LivenessContext, threadKey, valueKey } from './explore-state-key';
import type { StoryIndex } from './story-index';
import { analyseLiveness, countName, liveFrom } from './story-liveness';

export interface ReadLiveness {
  /** The globals and `#count:` names some future of the current choice point may read. */
  readLiveAt(story: Story): ReadonlySet<string>;
  /** The state's key with everything no future reads left out. */
  keyOf(story: Story): string;
}

export function createReadLiveness(storyJson: string | Record<string, unknown>, index: StoryIndex): ReadLiveness {
  const flows = new Set(index.flows.map((f) => f.path));
  const liveness = analyseLiveness(storyJson, flows, { mode: 'reads' });
  const context: LivenessContext = { liveness, alwaysKept: new Set(), flowByPath: new Map(), flowByContainer: new Map(), liveByStarts: new Map() };
  const everything = new Set(liveness.globals);
  // Only counts some flow reads can ever be live: walk those, not every container the state has visited.
  const countPaths = index.readCounts.map((path) => [path, countName(path)] as const).filter(([, name]) => liveness.globals.has(name));

  const readLiveAt = (story: Story): ReadonlySet<string> => {
    const state = stateOf(story);
    const starts = new Set<string>();
    const pinned: string[] = [];
    for (const choice of state._currentFlow.currentChoices) {
      if (!addStarts(choice, context, starts, pinned)) return withAllGlobals(story, everything);
    }
    const id = [...starts].sort().join(' ');
    let live = context.liveByStarts.get(id);
    if (!live) {
      live = liveFrom(liveness, starts);
      context.liveByStarts.set(id, live);
    }
    if (pinned.every((name) => live.has(name))) return live;
    return new Set([...live, ...pinned]);
  };

  const keyOf = (story: Story): string => {
    const state = stateOf(story);
    const live = readLiveAt(story);
    let key = '';
    for (const choice of state._currentFlow.currentChoices) key += `${String(choice.targetPath)}@${threadKey(choice.threadAtGeneration)};`;
    key += '|';
    for (const [name, value] of state.variablesState._globalVariables) {
      // A global the analysis never saw declared (set by the host) cannot be judged: keep it.
      if (live.has(name) || !liveness.globals.has(name)) key += `${name}=${valueKey(value)};`;
    }
    key += '|';
    for (const [path, name] of countPaths) {
      if (!live.has(name)) continue;
      const count = state._visitCounts.get(path);
      if (count) key += `${path}:${count},`;
      const since = index.usesTurnsSince ? state._turnIndices.get(path) : undefined;
      if (since !== undefined) key += `${path}~${state._currentTurnIndex - since},`;
    }
    if (index.usesTurnIndex) key += `|${state._currentTurnIndex}`;
    return key;
  };

  return { readLiveAt, keyOf };
}

/** Where the analysis cannot tell a choice's future (a divert to a variable), everything counts as read. */
function withAllGlobals(story: Story, declared: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...declared, ...stateOf(story).variablesState._globalVariables.keys()]);
}
