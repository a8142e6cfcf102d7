/**
 * Plays a compiled story in a terminal exactly the way inklecate's play mode
 * (`inklecate -p`, inklecate/CommandLinePlayer.cs) prints it, so transcripts
 * from either tool can be compared line for line:
 *
 *   - each line of text as ink returns it; after a tagged line, `# tags: a, b`
 *   - runtime errors on their own lines, after the text they stopped; runtime
 *     warnings go to the warning stream (stderr in the CLI), so the transcript
 *     stays the story's
 *   - floats as .NET writes a single-precision float, and integer division and INT()
 *     truncating toward zero, as inklecate's C# runtime does (inklecate-numbers.ts);
 *     `-2.0` read as a float (src/tooling/whole-floats.ts)
 *   - then a blank line, the choices as `1: text` (choice tags are not shown,
 *     as in inklecate's plain mode), and the prompt `?> ` with no line break
 *   - at the end of the story nothing more (with keepOpen, `--- End of story ---`)
 *   - when input closes, `<User input stream closed.>`
 *
 * One deliberate difference: a choice tagged `locked:` is listed with
 * `(locked: reason)` after its text, and refused, because the player never lets
 * it be taken. Another: content
 * that loops without ever reaching a choice is stopped after MAX_STEPS ink
 * steps or MAX_LINES lines with a runtime error at its line, where inklecate
 * would hang or print for ever; and a variable that refers to itself, which
 * overflows JavaScript's stack in inkjs, is a runtime error at its line too.
 */
import type { Story } from 'inkjs';
import { buildStory } from '../engine/ink/ink-json';
import { errorWithoutPointer, pointerInMessage, type SourceLines, stopPosition } from '../engine/ink/source-lines';
import { placeOf } from '../engine/ink/source-place';
import type { StoryJson } from '../engine/ink/story-session';
import { findTag } from '../engine/ink/tags';
import { readableNegativeFloats } from '../tooling/whole-floats';
import { useInklecateNumbers } from './inklecate-numbers';

export interface PlayIO {
  write(text: string): void;
  readLine(): Promise<string | null>;
  /** Where runtime warnings go (the CLI's stderr); without it they are written with the text. */
  warn?(text: string): void;
}

export interface PlayOptions {
  /** Seeds ink's random generator; inklecate picks one at random, and so does this without it. */
  seed?: number;
  /** Append ` # tags: a, b` to choices that have tags, as inkjs's own player does. */
  choiceTags?: boolean;
  /** Where the story's containers sit in its sources (compileInk's `lines`): runtime errors then name a file and line. */
  lines?: SourceLines | null;
  /** How a source file is named in those errors (relative to the working directory in the CLI). */
  fileName?: (file: string) => string;
  /** Print `--- End of story ---` at the end, as `inklecate -k` does. */
  keepOpen?: boolean;
}

/** Exactly what the prompt accepts: inklecate also evaluates expressions and assignments, which this player does not. */
const HELP = "Type a choice number, a divert (e.g. '-> myKnot'), 'help' for this line, or 'quit' to stop";

/** ink steps allowed between two choices: the flagship's longest turn takes a few thousand, an endless loop never stops. */
export const MAX_STEPS = 1_000_000;
/** Lines allowed between two choices: a loop that writes text would otherwise print for a long time before MAX_STEPS. */
export const MAX_LINES = 10_000;

class EndlessLoop extends Error {}

/** Plays until the story ends or input runs out; resolves to whether a runtime error was met. */
export async function playTranscript(storyJson: StoryJson, io: PlayIO, options: PlayOptions = {}): Promise<{ errors: number }> {
  const restoreNumbers = useInklecateNumbers();
  try {
    return await play(storyJson, io, options);
  } finally {
    restoreNumbers();
  }
}

async function play(storyJson: StoryJson, io: PlayIO, options: PlayOptions): Promise<{ errors: number }> {
  // inklecate's JSON may hold `-2.0`, which inkjs cannot read as a float; ours never does (src/tooling/whole-floats.ts).
  const story = buildStory(typeof storyJson === 'string' ? readableNegativeFloats(storyJson) : storyJson);
  let steps = 0;
  let lines = 0;
  countSteps(story, () => {
    if (++steps > MAX_STEPS) throw new EndlessLoop(`no choice after ${MAX_STEPS} ink steps: the story seems to loop without a choice`);
  });
  if (options.seed !== undefined) {
    story.state.storySeed = options.seed;
    story.state.previousRandom = 0;
  }
  let errorCount = 0;
  const issues: string[] = [];
  story.onError = (message, type) => {
    const isError = Number(type) === 2;
    const text = options.lines ? located(message, isError) : message;
    if (isError) errorCount++;
    if (!isError && io.warn) io.warn(`${text}\n`);
    else issues.push(text);
  };
  /** ink's pointer dump becomes the file and line inklecate would print: `RUNTIME ERROR: 'hill.ink' line 12: …`. */
  const located = (message: string, isError: boolean): string => {
    const position = pointerInMessage(message) ?? stopPosition(story);
    const place = position && options.lines ? placeOf(position, options.lines) : null;
    if (!place) return message;
    const file = options.fileName ? options.fileName(place.file) : place.file;
    return `RUNTIME ${isError ? 'ERROR' : 'WARNING'}: '${file}' line ${place.line}: ${errorWithoutPointer(message)}`;
  };

  /** A thrown error at the line ink stopped on, when the sources are known. */
  const thrown = (err: Error): string => {
    // JavaScript's own stack overflow: inkjs follows a variable that refers to itself (a ref parameter handed its own name) for ever.
    const overflow = err instanceof RangeError && /call stack/i.test(err.message);
    const message = overflow
      ? 'ink went round in circles until the stack overflowed: a variable or ref parameter that refers to itself?'
      : errorWithoutPointer(err.message);
    if (!(err instanceof EndlessLoop) && !overflow) return `RUNTIME ERROR: ${message}`;
    const placed = located(message, true);
    return placed.startsWith('RUNTIME') ? placed : `RUNTIME ERROR: ${message}`;
  };

  const evaluate = () => {
    while (story.canContinue) {
      let text: string;
      try {
        text = story.Continue() ?? '';
      } catch (err) {
        // ink throws rather than reports a few problems, such as an EXTERNAL with neither binding nor fallback.
        errorCount++;
        io.write(`${thrown(err as Error)}\n`);
        return false;
      }
      io.write(text);
      if (++lines > MAX_LINES) {
        errorCount++;
        io.write(`${thrown(new EndlessLoop(`no choice after ${MAX_LINES} lines of text: the story seems to loop without a choice`))}\n`);
        return false;
      }
      const tags = story.currentTags ?? [];
      if (tags.length > 0) io.write(`# tags: ${tags.join(', ')}\n`);
      for (const issue of issues.splice(0)) io.write(`${issue}\n`);
    }
    for (const issue of issues.splice(0)) io.write(`${issue}\n`);
    if (story.currentChoices.length === 0 && options.keepOpen) io.write('--- End of story ---\n');
    return true;
  };

  if (!evaluate()) return { errors: errorCount };
  while (story.currentChoices.length > 0) {
    const answer = await askChoice(story, io, options);
    if (answer === 'stop') return { errors: errorCount };
    if (answer !== 'diverted') story.ChooseChoiceIndex(answer);
    steps = 0;
    lines = 0;
    if (!evaluate()) return { errors: errorCount };
  }
  return { errors: errorCount };
}

/** Lists the choices and reads answers until one is taken (its index), a divert is made, or the reader stops. */
async function askChoice(story: Story, io: PlayIO, options: PlayOptions): Promise<number | 'diverted' | 'stop'> {
  const choices = story.currentChoices;
  io.write('\n');
  choices.forEach((choice, i) => {
    const tags = options.choiceTags && choice.tags?.length ? ` # tags: ${choice.tags.join(', ')}` : '';
    // The browser greys a locked choice and shows its reason; a bare number here would look open until picked.
    const locked = findTag(choice.tags ?? [], 'locked');
    const lock = locked ? ` (locked: ${locked.reason})` : '';
    io.write(`${i + 1}: ${choice.text}${lock}${tags}\n`);
  });
  for (;;) {
    io.write('?> ');
    const input = await io.readLine();
    if (input === null) {
      io.write('<User input stream closed.>\n');
      return 'stop';
    }
    const answer = input.trim();
    if (/^\d+$/.test(answer)) {
      const index = Number(answer) - 1;
      const choice = choices[index];
      const locked = choice ? findTag(choice.tags ?? [], 'locked') : undefined;
      if (!choice) io.write('Choice out of range\n');
      else if (locked) io.write(`That choice is locked: ${locked.reason}\n`);
      else return index;
    } else if (answer === 'help') {
      io.write(`${HELP}\n`);
    } else if (answer === 'exit' || answer === 'quit') {
      return 'stop';
    } else if (answer.startsWith('->')) {
      try {
        story.ChoosePathString(answer.slice(2).trim());
        return 'diverted';
      } catch (err) {
        io.write(`${(err as Error).message}\n`);
      }
    } else {
      io.write("Unexpected input. Type 'help' or a choice number.\n");
    }
  }
}

/** Calls `tick` before each of ink's steps, so a turn that never reaches a choice can be stopped. */
function countSteps(story: ReturnType<typeof buildStory>, tick: () => void): void {
  const ink = story as unknown as { Step(): void };
  const step = ink.Step;
  ink.Step = function countedStep(this: unknown) {
    tick();
    step.call(this);
  };
}
