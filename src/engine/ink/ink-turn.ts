/**
 * Runs ink from a choice to the next choice point (or the end) in one pass,
 * for the player's sessions and for the tools that play thousands of turns
 * (explorer, random walks, stat sensitivity).
 *
 * `story.Continue()` works line by line: after every step it rebuilds the
 * line's text and tags to decide whether the line has ended, and snapshots
 * the whole state at each newline so it can look ahead for glue. Profiling put
 * three quarters of the flagship's exploration there, and most of a choice's
 * cost in the player. This loop takes the same steps (`Step`, then the default
 * invisible choice when the content runs out), so it ends in the same state
 * with the same errors; it then reads the turn's output once, splitting it into
 * lines at ink's newlines as Continue() would have returned them
 * (tests/engine/ink/ink-turn.test.ts plays both side by side to hold it to that).
 */
import type { Story } from 'inkjs';
import { internalsOf, stateOf } from './ink-internals.ts';
import { stopPosition } from './source-lines.ts';

export interface TurnLine {
  /** The line as ink wrote it, whitespace not yet cleaned: `lineText` cleans it (the explorer rarely needs to). */
  raw: string;
  tags: string[];
}

export interface Turn {
  /** ink's runtime errors, formatted as `onError` would give them ("RUNTIME ERROR: 'file' line N: …"). */
  errors: string[];
  lines: TurnLine[];
  /** Where the story stopped when there were errors (source-lines.ts turns it into a file and line), else null. */
  at: string | null;
}

// ink's ControlCommand.CommandType values for the 2023 tag format.
const BEGIN_TAG = 24;
const END_TAG = 25;
/**
 * Output pieces (text runs, newlines, tag marks) one turn may write. A turn keeps its whole output
 * until it ends, and ink scans that output backwards on every push, so a story looping on text
 * costs quadratic time: 10,000 steps of an echo loop took 0.7 s, 100,000 took 78 s. The flagship's
 * longest turn writes a few hundred pieces; this stops a runaway loop in well under a second.
 */
export const MAX_OUTPUT = 4000;

// ink's PushPopType values.
const TUNNEL = 0;
const FUNCTION = 1;

/** Plays until the story can no longer continue, or until `maxSteps` ink steps (an endless loop). */
export function playTurn(story: Story, maxSteps: number): Turn {
  const ink = internalsOf(story);
  const state = stateOf(story);
  const errors: string[] = [];
  state.didSafeExit = false;
  state.ResetOutput();
  let steps = 0;
  try {
    if (!ink._hasValidatedExternals) ink.ValidateExternalBindings();
    const output = state.outputStream;
    while (story.canContinue) {
      if (++steps > maxSteps) {
        errors.push(`no choice after ${maxSteps} ink steps: the story seems to loop without a choice`);
        return { errors, lines: readLines(story), at: stopPosition(story) };
      }
      if (output.length > MAX_OUTPUT) {
        errors.push(`no choice after ${MAX_OUTPUT} pieces of text: the story seems to loop without a choice`);
        return { errors, lines: readLines(story), at: stopPosition(story) };
      }
      ink.Step();
      if (!story.canContinue && !state.callStack.elementIsEvaluateFromGame) ink.TryFollowDefaultInvisibleChoice();
    }
  } catch (err) {
    // ink signals runtime errors with StoryException (it has useEndLineNumber), which AddError formats
    // with file and line; inkjs throws plain errors for a few broken states, reported as they are.
    if (err instanceof Error && 'useEndLineNumber' in err) ink.AddError(err.message, false, Boolean(err.useEndLineNumber));
    else errors.push(err instanceof Error ? err.message : String(err));
  }
  if (!state.hasError) checkEndOfContent(story);
  state.didSafeExit = false;
  if (state.currentErrors) errors.push(...state.currentErrors);
  story.ResetErrors();
  return { errors, lines: readLines(story), at: errors.length > 0 ? stopPosition(story) : null };
}

/** A line's text as Continue() would return it, without its trailing newline. */
export function lineText(story: Story, line: TurnLine): string {
  return stateOf(story).CleanOutputWhitespace(line.raw).replace(/\s+$/, '');
}

/** The checks `ContinueInternal` makes when the content stops: no choices, no END, so the story ran out. */
function checkEndOfContent(story: Story): void {
  const ink = internalsOf(story);
  const state = stateOf(story);
  const stack = state.callStack;
  if (stack.canPopThread) ink.AddError('Thread available to pop, threads should always be flat by the end of evaluation?');
  if (state._currentFlow.currentChoices.length > 0 || state.didSafeExit || ink._temporaryEvaluationContainer !== null) return;
  if (stack.CanPop(TUNNEL)) ink.AddError("unexpectedly reached end of content. Do you need a '->->' to return from a tunnel?");
  else if (stack.CanPop(FUNCTION)) ink.AddError("unexpectedly reached end of content. Do you need a '~ return'?");
  else if (!stack.canPop) ink.AddError("ran out of content. Do you need a '-> DONE' or '-> END'?");
  else ink.AddError('unexpectedly reached end of content for unknown reason. Please debug compiler!');
}

interface OutputObject {
  commandType?: number;
  value?: unknown;
  text?: string;
}

/** One pass over the turn's output stream, cut at ink's newlines; tag text is kept out of the line, as `currentText` does. */
function readLines(story: Story): TurnLine[] {
  const state = stateOf(story);
  const lines: TurnLine[] = [];
  let raw = '';
  let tags: string[] = [];
  let tag: string | null = null;

  const endTag = () => {
    if (tag) tags.push(state.CleanOutputWhitespace(tag));
    tag = null;
  };
  const endLine = () => {
    endTag();
    if (raw || tags.length > 0) lines.push({ raw, tags });
    raw = '';
    tags = [];
  };

  for (const object of state.outputStream as OutputObject[]) {
    if (object.commandType === BEGIN_TAG) {
      endTag();
      tag = '';
    } else if (object.commandType === END_TAG) {
      endTag();
    } else if (typeof object.value === 'string') {
      if (tag !== null) tag += object.value;
      else if (object.value === '\n') endLine();
      else raw += object.value;
    } else if (typeof object.text === 'string' && object.commandType === undefined && tag === null) {
      // The pre-2023 tag object.
      if (object.text) tags.push(object.text);
    }
  }
  endLine();
  return lines;
}
