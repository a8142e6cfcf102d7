/**
 * Hooks ink's own variable reads and writes on a live story, for the
 * consequence report: every assignment to a global, with the ink position it
 * happened at, and every read of a variable by name. Wrapping the two
 * methods ink calls for `~ x = …` and `{x}` sees writes and reads in
 * functions, tunnels, threads and conditions alike, as ink runs them.
 */
import type { Story } from 'inkjs';
import { stateOf } from '../ink/ink-internals';
import { readIsShown } from './consequence-shown';

export interface VariableListener {
  /** A global was assigned at `at`; `reset`: to the value it was declared with. */
  wrote(name: string, at: string, reset: boolean): void;
  /** A variable was read; `shown()` says whether the value feeds what the reader sees (asked lazily: it costs a walk). */
  read(name: string, shown: () => boolean): void;
}

interface InkValueLike {
  valueObject?: unknown;
}

interface HookableVariables {
  _defaultGlobalVariables: Map<string, InkValueLike> | null;
  Assign(assignment: { variableName: string | null }, value: InkValueLike | null): void;
  GetVariableWithName(name: string, contextIndex?: number): unknown;
  GlobalVariableExistsWithName(name: string): boolean;
}

const hooked = new WeakSet<object>();

/** Hooks the story's current variables (once; ink makes new ones when a story is reset). */
export function watchVariables(story: Story, listener: VariableListener): void {
  const variables = stateOf(story).variablesState as unknown as HookableVariables;
  if (hooked.has(variables)) return;
  hooked.add(variables);
  const assign = variables.Assign.bind(variables);
  const get = variables.GetVariableWithName.bind(variables);
  variables.Assign = (assignment, value) => {
    assign(assignment, value);
    const name = assignment.variableName;
    if (name === null || !variables.GlobalVariableExistsWithName(name)) return;
    const at = pointerAt(story);
    if (at === null) return;
    listener.wrote(name, at, value?.valueObject === variables._defaultGlobalVariables?.get(name)?.valueObject);
  };
  variables.GetVariableWithName = (name, contextIndex) => {
    listener.read(name, () => readIsShown(story));
    return get(name, contextIndex);
  };
}

/** Where ink stands as a position (`ridge.0.4`), as source-place.ts reads it. */
function pointerAt(story: Story): string | null {
  const pointer = (stateOf(story) as unknown as { currentPointer: { container: { path: { toString(): string } } | null; index: number } }).currentPointer;
  return pointer.container ? `${pointer.container.path.toString()}.${Math.max(0, pointer.index)}` : null;
}
