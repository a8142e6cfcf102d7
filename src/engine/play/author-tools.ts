/**
 * What author mode needs from a story: its global variables (read from the
 * compiled JSON's declarations), their current values, visit counts, and a
 * fresh session started at any knot or stitch with chosen values. A jump is
 * not a choice a save can replay, so the game stops autosaving after one.
 */

import { startHistoryFor } from '../history/history-entry';
import { createSession, type StoryJson, type StorySession } from '../ink/story-session';
import type { Game } from './game';

export type VariableValue = number | string | boolean;

/** The names of the story's global VARs, in declaration order. */
export function variableNames(story: StoryJson): string[] {
  const json = typeof story === 'string' ? (JSON.parse(story) as Record<string, unknown>) : story;
  const root = json.root;
  const named = Array.isArray(root) ? root.at(-1) : null;
  const decl = named && typeof named === 'object' ? (named as Record<string, unknown>)['global decl'] : null;
  if (!Array.isArray(decl)) return [];
  return decl.flatMap((item) =>
    item && typeof item === 'object' && typeof (item as { 'VAR=': unknown })['VAR='] === 'string' ? [(item as { 'VAR=': string })['VAR=']] : [],
  );
}

/** Current values of the variables an author can edit (numbers, strings and booleans; lists are left out). */
export function editableVariables(session: StorySession, names: readonly string[]): Record<string, VariableValue> {
  const out: Record<string, VariableValue> = {};
  for (const name of names) {
    const v = session.variable(name);
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out[name] = v;
  }
  return out;
}

export function visitCount(session: StorySession, path: string): number {
  try {
    return session.ink.state.VisitCountAtPathString(path) ?? 0;
  } catch {
    return 0;
  }
}

/** A new session with the same seed, the given variables set, standing at `path`. Throws with ink's message on a bad path. */
export function sessionAt(story: StoryJson, seed: number, path: string, values: Record<string, VariableValue>): StorySession {
  const session = createSession(story, seed);
  for (const [name, value] of Object.entries(values)) session.ink.variablesState.$(name, value);
  session.ink.ChoosePathString(path);
  return session;
}

/** The knot the story stands in now: from the open choices' paths (`knot.stitch.0.c-1` → `knot`), else ink's current path. */
export function currentKnot(session: StorySession): string | null {
  const path = session.choices()[0]?.key ?? session.ink.state.currentPathString ?? null;
  return path ? (path.split('.')[0] ?? null) : null;
}

/** Author mode: start again at a knot or stitch with chosen variables. A jump is no choice a save could replay, so autosave pauses. */
export function jumpTo(game: Game, path: string, values: Record<string, VariableValue>): void {
  const next = sessionAt(game.story(), game.session().seed, path, values);
  const first = next.continue();
  const note = `Author mode: jumped to ${path}. Autosave is paused until a new game.`;
  game.adopt({ session: next, passages: [first], history: startHistoryFor(next, first), note, saveable: false });
}
