/**
 * Runs ink from a choice to the next stop in one pass, for the tools that
 * play thousands of turns (explorer, random walks, stat sensitivity).
 *
 * `story.Continue()` works line by line: after every step it rebuilds the
 * line's text and tags to decide whether the line has ended, and snapshots
 * the whole state at each newline so it can look ahead for glue. A reader
 * needs that; a tool that only wants to know where the turn stops does not.
 * Profiling the flagship's exploration put three quarters of its time there.
 * This loop takes the same steps (`Step`, then the default invisible choice
 * when the content runs out), so it ends in the same state with the same
 * errors; it reads the turn's output once at the end, splitting it into lines
 * at ink's newlines to find the scene, the ending and the last line of text.
 */
import type { Story } from 'inkjs';
import { internalsOf, stateOf } from './explore-ink';
import { parseTag } from './tags';

export interface Turn {
  /** ink's runtime errors, formatted as `onError` would give them ("RUNTIME ERROR: 'file' line N: …"). */
  errors: string[];
  /** The last `scene` tag of the turn, if any. */
  scene: string | null;
  /** The last `ending` tag of the turn, with the `ending_title` on the same line. */
  ending: { id: string; title: string } | null;
  /** The turn's last non-empty line. */
  lastText: string;
}

// ink's ControlCommand.CommandType values for the 2023 tag format.
const BEGIN_TAG = 24;
const END_TAG = 25;

/** Plays until the story can no longer continue, or until `maxSteps` ink steps (an endless loop). */
export function runTurn(story: Story, maxSteps: number): Turn {
  const ink = internalsOf(story);
  const state = stateOf(story);
  const errors: string[] = [];
  state.didSafeExit = false;
  state.ResetOutput();
  let steps = 0;
  try {
    if (!ink._hasValidatedExternals) ink.ValidateExternalBindings();
    while (story.canContinue) {
      if (++steps > maxSteps) {
        errors.push(`no choice after ${maxSteps} ink steps: the story seems to loop without a choice`);
        return { errors, ...readOutput(story) };
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
  return { errors, ...readOutput(story) };
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

// ink's PushPopType values.
const TUNNEL = 0;
const FUNCTION = 1;

interface OutputObject {
  commandType?: number;
  value?: unknown;
  text?: string;
}

/** One pass over the turn's output stream, line by line, as `currentText`/`currentTags` would read it. */
function readOutput(story: Story): Omit<Turn, 'errors'> {
  const state = stateOf(story);
  let scene: string | null = null;
  let ending: Turn['ending'] = null;
  let lastLine = '';
  let line = '';
  let lineTags: string[] = [];
  let tag: string | null = null;

  const endTag = () => {
    if (tag !== null) {
      const text = state.CleanOutputWhitespace(tag);
      if (text) lineTags.push(text);
    }
    tag = null;
  };
  const endLine = () => {
    endTag();
    if (line.trim()) lastLine = line;
    // Each tag is parsed once: the explorer reads tens of thousands of tagged lines.
    let id: string | null = null;
    let title: string | null = null;
    let lineScene: string | null = null;
    for (const raw of lineTags) {
      const effect = parseTag(raw);
      if (effect.kind === 'scene' && lineScene === null) lineScene = effect.title;
      else if (effect.kind === 'ending' && id === null) id = effect.id;
      else if (effect.kind === 'ending_title' && title === null) title = effect.title;
    }
    if (lineScene !== null) scene = lineScene;
    if (id !== null) ending = { id, title: title ?? id };
    line = '';
    lineTags = [];
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
      else line += object.value;
    } else if (typeof object.text === 'string' && object.commandType === undefined && tag === null) {
      // The pre-2023 tag object.
      if (object.text) lineTags.push(object.text);
    }
  }
  endLine();
  return { scene, ending, lastText: state.CleanOutputWhitespace(lastLine).trim() };
}
