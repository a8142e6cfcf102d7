/**
 * One inkjs story driven by a tool rather than a player: it runs to the next
 * stop (a choice point, an ending, a dead end or an error) and says which it
 * was, records every knot and stitch it enters, guards against content that
 * loops without ever offering a choice, and saves/restores states through a
 * snapshot strategy. The explorer, random walks and stat sensitivity all share
 * it, so they agree on what counts as an ending, a dead end or a locked choice.
 */
import type { Story } from 'inkjs';
import { detachChoice, type InkChoice, internalsOf, stateOf } from '../ink/ink-internals.ts';
import { buildStory } from '../ink/ink-json.ts';
import { lineText, playTurn, type TurnLine } from '../ink/ink-turn.ts';
import { stopPosition } from '../ink/source-lines.ts';
import type { StoryJson } from '../ink/story-session.ts';
import { findTag, parseTag } from '../ink/tags.ts';
import { untaggedEnding } from '../ink/untagged-ending.ts';
import { createSnapshotter, type SnapshotStrategy } from './explore-snapshot.ts';
import { liveGlobalsAt, stateKeyOf } from './explore-state-key.ts';
import type { StoryIndex } from './story-index.ts';
import { parentPath } from './story-index-paths.ts';

export interface OpenChoice {
  /** ink's index for the choice, as `ChooseChoiceIndex` and the session log use it. */
  index: number;
  /** The choice's container path (`ridge.0.c-1`), its id in reports. */
  id: string;
  text: string;
  locked: string | null;
  /** The choice's `# map:` tag: how the story map names the place it leads to. */
  map?: string;
}

export type Stop =
  | { kind: 'choices'; node: string; choices: OpenChoice[]; scene: string | null }
  | { kind: 'ending'; id: string; title: string; scene: string | null }
  // Only the problems carry their last line of text: reports place them by it, and cleaning a line's
  // whitespace on every one of the explorer's turns would cost more than the rest of the outline.
  | { kind: 'dead-end'; reason: 'no-ending-tag' | 'ran-out' | 'all-locked'; message: string; scene: string | null; lastText: string; at: string | null }
  | { kind: 'error'; message: string; scene: string | null; lastText: string; at: string | null };

export interface RunnerOptions {
  strategy?: SnapshotStrategy;
  /** ink steps allowed between two stops before the content is declared an endless loop. */
  maxStepsPerTurn?: number;
}

export interface Runner {
  readonly story: Story;
  /** Starts a fresh playthrough with ink's random generator seeded by `seed`, as `createSession` does. */
  reset(seed: number): void;
  runToStop(): Stop;
  /** The lines the last `runToStop` wrote, as ink wrote them (the consequence report compares them). */
  lastLines(): readonly TurnLine[];
  choose(index: number): void;
  /** A string equal for two states whose futures are the same (see explore-state-key.ts). */
  stateKey(): string;
  /** The globals some future of the current choice point may read or write. */
  liveGlobals(): ReadonlySet<string>;
  save(path: readonly number[]): unknown;
  /** `lastUse`: the snapshot is never restored again (see Snapshotter.restore). */
  restore(snapshot: unknown, lastUse?: boolean): void;
  /** Paths of every container entered so far, across all playthroughs. */
  reachedContainers(): Set<string>;
  readNumber(variable: string): number | null;
  setVariable(variable: string, value: number): void;
}

export function createRunner(storyJson: StoryJson, index: StoryIndex, options: RunnerOptions = {}): Runner {
  const story = buildStory(storyJson);
  const maxSteps = options.maxStepsPerTurn ?? 200_000;
  let seed = 1;
  let handedOver = false;
  // playTurn collects errors itself; this handler only keeps ink from throwing if anything else continues the story.
  story.onError = () => {};

  const entered = trackEntered(story);

  const tagsEndings = index.endings.length > 0;

  const reset = (s: number) => {
    seed = s;
    handedOver = false;
    story.ResetState();
    story.state.storySeed = s;
    story.state.previousRandom = 0;
  };

  let lastLines: readonly TurnLine[] = [];
  const runToStop = (): Stop => stopAfterTurn(story, maxSteps, tagsEndings, (lines) => (lastLines = lines));

  const strategy = options.strategy ?? 'fork';
  const snapshots = createSnapshotter(story, strategy, (path) => {
    reset(seed);
    runToStop();
    for (const i of path) {
      choose(i);
      runToStop();
    }
  });

  const choose = (i: number) => {
    if (handedOver) throw new Error('The live state was handed to a snapshot; restore a state before choosing.');
    chooseVisible(story, i);
  };

  const flowPaths = new Set(index.flows.map((f) => f.path));
  return {
    story,
    reset,
    runToStop,
    lastLines: () => lastLines,
    choose,
    stateKey: () => stateKeyOf(story, index),
    liveGlobals: () => liveGlobalsAt(story, index),
    save(path) {
      handedOver = strategy === 'fork';
      return snapshots.save(path);
    },
    restore(snap, lastUse) {
      snapshots.restore(snap, lastUse);
      handedOver = false;
    },
    reachedContainers() {
      const reached = new Set<string>();
      for (const c of entered) {
        const path = c.path.toString();
        if (flowPaths.has(path)) reached.add(path);
      }
      return reached;
    },
    readNumber(variable) {
      // The map itself, not variablesState.$(): the explorer reads the stats after every turn. The runner never
      // leaves a state patch in place (restores clear it), so the map holds every global's current value.
      const value = stateOf(story).variablesState._globalVariables.get(variable)?.valueObject;
      return typeof value === 'number' ? value : null;
    },
    setVariable(variable, value) {
      story.variablesState.$(variable, value);
    },
  };
}

/**
 * Every container ink enters, across all playthroughs. Coverage comes from ink itself: every container it
 * enters passes through VisitContainer, whether or not the story was compiled to count visits.
 */
function trackEntered(story: Story): Set<{ path: { toString(): string } }> {
  const entered = new Set<{ path: { toString(): string } }>();
  const ink = internalsOf(story);
  const visit = ink.VisitContainer.bind(story);
  ink.VisitContainer = (container, atStart) => {
    entered.add(container);
    visit(container, atStart);
  };
  return entered;
}

/** Plays the turn and says where it stopped: at choices, an ending, a dead end or an error. */
function stopAfterTurn(story: Story, maxSteps: number, tagsEndings: boolean, keepLines: (lines: readonly TurnLine[]) => void): Stop {
  const { errors, lines, at } = playTurn(story, maxSteps);
  keepLines(lines);
  const { scene, ending, last } = outline(lines);
  const lastText = () => (last ? lineText(story, last).trim() : '');
  const [error] = errors;
  if (error !== undefined) {
    if (/ran out of content/i.test(error)) return { kind: 'dead-end', reason: 'ran-out', message: error, scene, lastText: lastText(), at };
    return { kind: 'error', message: error, scene, lastText: lastText(), at };
  }
  const choices = (story.currentChoices as unknown as InkChoice[]).map(openChoice);
  const first = choices[0];
  if (first) {
    if (choices.every((c) => c.locked))
      return { kind: 'dead-end', reason: 'all-locked', message: 'every choice here is locked', scene, lastText: lastText(), at: null };
    return { kind: 'choices', node: parentPath(first.id), choices, scene };
  }
  if (ending) return { kind: 'ending', ...ending, scene };
  // A story that tags none of its endings (as Inky's authors write) ends at a bare END: each knot that
  // ends it is an ending. Where the story tags its endings, an untagged END is an oversight.
  if (!tagsEndings) return { kind: 'ending', ...untaggedEnding(story), scene };
  return { kind: 'dead-end', reason: 'no-ending-tag', message: 'the story ends without an ending tag', scene, lastText: lastText(), at: stopPosition(story) };
}

/** Chooses the i-th visible choice. */
function chooseVisible(story: Story, i: number): void {
  // ink keeps invisible fallback choices (`* -> out`) in the same list as the visible ones, in story
  // order, while `ChooseChoiceIndex` counts visible choices only: a fallback listed first shifts every
  // position, so the choice is found among the visible ones by its index and chosen by that index.
  const live = stateOf(story)._currentFlow.currentChoices;
  const choice = live.filter((c) => !c.isInvisibleDefault)[i];
  if (!choice) throw new RangeError(`There is no choice ${i} here.`);
  live[live.indexOf(choice)] = detachChoice(choice);
  story.ChooseChoiceIndex(i);
}

function openChoice(choice: InkChoice): OpenChoice {
  const locked = findTag(choice.tags ?? [], 'locked')?.reason ?? null;
  const map = findTag(choice.tags ?? [], 'map')?.place;
  return { index: choice.index, id: String(choice.targetPath ?? choice.sourcePath), text: choice.text.trim(), locked, ...(map ? { map } : {}) };
}

const OUTLINE_INITIALS = /^\s*[se]/i;

/** What the tools read from a turn's lines: the scene it is in, the ending it reached, its last line with text. */
function outline(lines: readonly TurnLine[]): { scene: string | null; ending: { id: string; title: string } | null; last: TurnLine | null } {
  let scene: string | null = null;
  let ending: { id: string; title: string } | null = null;
  let last: TurnLine | null = null;
  for (const line of lines) {
    if (line.raw.trim()) last = line;
    // Each tag is parsed once (not once per findTag): the explorer reads tens of thousands of tagged lines.
    let lineScene: string | null = null;
    let id: string | null = null;
    let title: string | null = null;
    for (const raw of line.tags) {
      // Only scene and ending tags matter here; the first letter rules out the rest without a parse.
      if (!OUTLINE_INITIALS.test(raw)) continue;
      const effect = parseTag(raw);
      if (effect.kind === 'scene') lineScene ??= effect.title;
      else if (effect.kind === 'ending') id ??= effect.id;
      else if (effect.kind === 'ending_title') title ??= effect.title;
    }
    if (lineScene !== null) scene = lineScene;
    if (id !== null) ending = { id, title: title ?? id };
  }
  return { scene, ending, last };
}
