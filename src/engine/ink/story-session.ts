/**
 * A story session: one playthrough of a compiled ink story. It runs the story
 * to the next choice point and hands back a plain `Passage`, remembers the
 * choices taken (the log that saves and replay links are built from), and
 * turns ink runtime errors into data instead of exceptions.
 */
import type { Story } from 'inkjs';
import { internalsOf } from './ink-internals.ts';
import { buildStory } from './ink-json.ts';
import { lineText, playTurn } from './ink-turn.ts';
import { readAllKnots, unreadKnots } from './lazy-knots.ts';
import { errorWithoutPointer } from './source-lines.ts';
import { readStoryMeta, type StoryMeta } from './story-meta.ts';
import { findTag } from './tags.ts';
import { untaggedEnding } from './untagged-ending.ts';

export interface Paragraph {
  text: string;
  tags: string[];
}

export interface ChoiceView {
  /** ink's index for this choice in the current choice point. */
  index: number;
  /** Where the choice leads in the story (ink's path on the choice): the same choice has the same key in every playthrough. */
  key: string;
  text: string;
  tags: string[];
  /** Why the choice cannot be taken now, or null when it can. */
  locked: string | null;
}

export interface Passage {
  paragraphs: Paragraph[];
  choices: ChoiceView[];
  ended: boolean;
  /** A runtime error met while producing this passage, in words for the player. */
  error: string | null;
  /**
   * The same error in ink's own words, with where the story stood (`hill.0.3`, or null when ink
   * does not say): with the build's source-lines map it names the file and line. Absent when no error.
   */
  fault?: { message: string; at: string | null } | null;
}

export interface StorySession {
  /** The inkjs story, for engine-internal tools (explorer, saves). The UI never touches it. */
  readonly ink: Story;
  readonly meta: StoryMeta;
  readonly seed: number;
  /** The ink choice indices taken so far, in order. */
  readonly log: readonly number[];
  /** Run from the current point to the next choice point (or the end). */
  continue(): Passage;
  /** Take a choice by its ink index, then continue. */
  choose(index: number): Passage;
  /** The choices open at the current point, without continuing. */
  choices(): ChoiceView[];
  variable(name: string): unknown;
  saveState(): string;
  /** Restore a state saved by `saveState`, with the log that led to it. */
  loadState(json: string, log: readonly number[]): void;
  /** Hand the parsed story back for the next session to reuse; this session must not be used again. */
  dispose(): void;
}

export type StoryJson = string | Record<string, unknown>;

/**
 * ink steps one turn may take before the story counts as stuck in a loop that never offers a
 * choice. The flagship's longest turn takes a few thousand; without a cap such a story would
 * freeze the page.
 */
const MAX_STEPS_PER_TURN = 1_000_000;

/**
 * Parsed stories waiting to be reused. Building a Story from its JSON is the
 * costliest step of starting, rewinding or loading (tens of milliseconds for
 * the flagship), while resetting a used one is cheap; so a session that is
 * done gives its Story back, and the next session of the same story takes it.
 */
const idle = new Map<StoryJson, Story[]>();

/** Stories some session has played: only these need resetting before reuse. */
const played = new WeakSet<Story>();

/**
 * Stories built with their knots left for later (lazy-knots.ts): one a reader is waiting for, whose first passage
 * should not pay for knots it never reads. The next prepareSpare, once that passage is on screen, reads the rest.
 * Sessions built when nobody waits (after a paint, in the tools) read the whole story, as inkjs does.
 */
const partlyRead = new Set<Story>();

function takeStory(storyJson: StoryJson, knotsWhenReached: boolean): Story {
  const spare = idle.get(storyJson)?.pop();
  if (!spare) {
    const story = parseStory(storyJson, knotsWhenReached);
    if (unreadKnots(story) > 0) partlyRead.add(story);
    return story;
  }
  // A Story nobody played still stands at its start (the title screen's session only reads tags):
  // resetting it would run the global declarations again for nothing, on the way to the first passage.
  if (played.has(spare)) spare.ResetState();
  return spare;
}

function giveBack(storyJson: StoryJson, ink: Story): void {
  // Only the story in play is worth keeping: forget spares of older versions (an author's earlier edits).
  for (const key of idle.keys()) if (key !== storyJson) idle.delete(key);
  const list = idle.get(storyJson) ?? [];
  if (list.length < 2 && !list.includes(ink)) list.push(ink);
  idle.set(storyJson, list);
}

/**
 * Parses a spare Story for `storyJson` ahead of need, unless one is waiting, and finishes reading
 * the knots of stories built in a hurry. The game calls it when the reader has a passage in front
 * of them, so the next turn, load, rewind or replay link finds a ready Story instead of parsing
 * one while the reader waits.
 */
export function prepareSpare(storyJson: StoryJson): void {
  // The same moment suits the knots a story in play has not read yet: any later turn then finds them built.
  for (const story of partlyRead) readAllKnots(story);
  partlyRead.clear();
  if (idle.get(storyJson)?.length) return;
  giveBack(storyJson, parseStory(storyJson, false));
}

function parseStory(storyJson: StoryJson, knotsWhenReached: boolean): Story {
  const story = buildStory(storyJson, { knotsWhenReached });
  // Before its first turn ink walks the whole story checking that every EXTERNAL function is
  // bound (~6 ms for the flagship, on the way to the first passage). A story that calls none
  // (the JSON has no "x()" call) has nothing to check.
  if (typeof storyJson === 'string' && !storyJson.includes('"x()"')) internalsOf(story)._hasValidatedExternals = true;
  return story;
}

/**
 * Starts a playthrough at the story's beginning with ink's random generator seeded by `seed`.
 * `knotsWhenReached` is for a reader waiting on this very session: a Story it has to build leaves
 * the knots the turn does not reach for the next prepareSpare (lazy-knots.ts).
 */
export function createSession(storyJson: StoryJson, seed: number, { knotsWhenReached = false } = {}): StorySession {
  const ink = takeStory(storyJson, knotsWhenReached);
  // playTurn collects runtime errors itself; the handler stops inkjs from throwing should anything else continue the story.
  ink.onError = () => {};
  ink.state.storySeed = seed;
  ink.state.previousRandom = 0;
  const meta = readStoryMeta(ink.globalTags);
  let log: number[] = [];
  let disposed = false;

  const currentChoices = (): ChoiceView[] =>
    ink.currentChoices.map((c) => {
      const tags = c.tags ?? [];
      return { index: c.index, key: c.pathStringOnChoice, text: c.text.trim(), tags, locked: findTag(tags, 'locked')?.reason ?? null };
    });

  const run = (): Passage => {
    if (disposed) throw new Error('This story session was disposed; start a new one.');
    const paragraphs: Paragraph[] = [];
    played.add(ink);
    const turn = playTurn(ink, MAX_STEPS_PER_TURN);
    for (const line of turn.lines) {
      const text = lineText(ink, line);
      if (text !== '' || line.tags.length > 0) paragraphs.push({ text, tags: line.tags });
    }
    const errors = turn.errors;
    const choices = errors.length ? [] : currentChoices();
    const first = errors[0] ?? '';
    const error = errors.length ? describeError(first) : null;
    // playTurn reads where the story stood at the error (the pointer ink's own message would name, or the text before it).
    const fault = errors.length ? { message: errorWithoutPointer(first), at: turn.at } : null;
    if (!error && choices.length === 0) tagUntaggedEnding(ink, paragraphs);
    // The turn's text now lives in the passage; leaving it in ink's output would only bloat every save.
    ink.state.ResetOutput();
    return { paragraphs, choices, ended: !error && choices.length === 0, error, fault };
  };

  return {
    get ink() {
      // Whoever takes the Story may change its state (author tools jump and set variables).
      played.add(ink);
      return ink;
    },
    meta,
    seed,
    get log() {
      return log;
    },
    continue: run,
    choose(index) {
      const choice = currentChoices().find((c) => c.index === index);
      if (!choice) throw new RangeError(`There is no choice ${index} here.`);
      if (choice.locked) throw new RangeError(`Choice ${index} is locked: ${choice.locked}`);
      ink.ChooseChoiceIndex(index);
      log = [...log, index];
      return run();
    },
    choices: currentChoices,
    variable: (name) => ink.variablesState.$(name),
    saveState: () => ink.state.ToJson(),
    loadState(json, newLog) {
      played.add(ink);
      ink.state.LoadJson(json);
      log = [...newLog];
    },
    dispose() {
      disposed = true;
      giveBack(storyJson, ink);
    },
  };
}

/**
 * A story that ends at a bare `-> END` still reaches an ending: the passage gets the `ending:` tags
 * the story left out, named after the knot it ended in (untagged-ending.ts), so the gallery counts it.
 */
function tagUntaggedEnding(ink: Story, paragraphs: Paragraph[]): void {
  if (paragraphs.some((p) => findTag(p.tags, 'ending'))) return;
  const { id, title } = untaggedEnding(ink);
  const tags = [`ending: ${id}`, `ending_title: ${title}`];
  const last = paragraphs.at(-1);
  if (last) last.tags = [...last.tags, ...tags];
  else paragraphs.push({ text: '', tags });
}

/** ink's messages are written for authors; keep them, but say plainly what happened. */
function describeError(message: string): string {
  // ink's pointer dump ("(Ink Pointer -> hill.0 -- index 3)") means nothing to a reader.
  const clean = errorWithoutPointer(message);
  if (/ran out of content/i.test(clean)) return `The story ran out of text here (${clean}).`;
  return `The story hit an error: ${clean}`;
}
