/**
 * The coverage-guided walk behind `exploreStory` and `statSensitivity`. It
 * keeps a frontier of distinct states at choice points (deduplicated by
 * explore-state-key.ts) and always expands first a state that still offers a
 * choice nobody has taken, so coverage climbs early and a capped run on a big
 * story still reaches most of it. Locked choices are never taken. States that
 * differ only in stats no future touches are one state; the values they bring
 * still reach the endings' stat ranges through explore-stat-carry.ts. The walk
 * is deterministic: the same story, options and seed give the same report.
 */

import { readStoryMeta } from '../ink/story-meta.ts';
import type { StoryJson } from '../ink/story-session';
import { createCollector } from './explore-collector.ts';
import { Queue, seededIndex } from './explore-queue.ts';
import type { ExploreReport } from './explore-report';
import { createRunner, type OpenChoice, type Runner, type Stop } from './explore-runner.ts';
import type { SnapshotStrategy } from './explore-snapshot';
import { createStatCarry } from './explore-stat-carry.ts';
import { indexStory, type StoryIndex } from './story-index.ts';

export interface ExploreProgress {
  states: number;
  turns: number;
  choicesReached: number;
  choicesTotal: number;
  /** The share of the budget used (the larger of turns/maxTurns and states/maxStates), 0..1: what a progress bar shows. */
  fraction: number;
}

export interface ExploreOptions {
  /** The seed for ink's random generator; reported paths replay with it. Default 1. */
  seed?: number;
  /** Choices per playthrough before a state is left unexpanded. Default 200. */
  maxDepth?: number;
  /** Choices taken in total. Default 200,000. */
  maxTurns?: number;
  /** Distinct states kept. Default 50,000. */
  maxStates?: number;
  /**
   * Wall-clock time the walk may take, in milliseconds; unlimited by default. The build and `check` give
   * it a budget so a big story still builds in reasonable time, with a report that says it is partial.
   */
  maxMillis?: number;
  /** ink steps between two choices before the content counts as an endless loop. Default 200,000. */
  maxStepsPerTurn?: number;
  /**
   * Which state with an untaken choice to expand next: `depth` (the newest; default) dives into the
   * story and reached full coverage of the flagship story several times sooner; `breadth` (the
   * oldest) gives shorter example paths and spreads better over a long chain of knots.
   */
  order?: 'depth' | 'breadth';
  /** How states are saved and restored; `fork` unless measuring. */
  strategy?: SnapshotStrategy;
  onProgress?: (progress: ExploreProgress) => void;
}

/** A distinct state at a choice point, as the walk holds it. */
export interface ExploredState {
  path: number[];
  node: string;
  scene: string | null;
  choices: OpenChoice[];
}

/** Restores `state`, lets `prepare` alter it, takes choice `index` and runs to the next stop. */
export type Probe = (state: ExploredState, index: number, prepare?: (runner: Runner) => void) => Stop;

interface Queued extends ExploredState {
  /** The state's number for the stat carry. */
  id: number;
  snapshot: unknown;
  /** Open choices not taken from this state yet. */
  pending: OpenChoice[];
  probed: boolean;
}

export function exploreStates(storyJson: StoryJson, options: ExploreOptions, onState?: (state: ExploredState, probe: Probe) => void): ExploreReport {
  const { seed = 1, maxDepth = 200, maxTurns = 200_000, maxStates = 50_000, order = 'depth' } = options;
  const index: StoryIndex = indexStory(storyJson as string);
  const runner = createRunner(storyJson, index, options);
  const meta = readStoryMeta(runner.story.globalTags);
  const collector = createCollector(index, meta.stats);
  const read = (v: string) => runner.readNumber(v);
  const total = index.choicePoints.filter((c) => !c.invisibleDefault).length;
  const statNames = meta.stats.map((s) => s.variable);
  const carry = createStatCarry(statNames.length);
  const statValues = () => statNames.map(read);
  /** A new state's number, with the stats no future of it touches marked dead. */
  const addState = () => {
    const live = runner.liveGlobals();
    return carry.addState(statNames.map((name) => !live.has(name)));
  };

  /** Distinct states by key, each with its number for the stat carry. */
  const seen = new Map<string, number>();
  const hot = new Queue<Queued>();
  const cold = new Queue<Queued>();
  let turns = 0;
  let cutOffByDepth = 0;
  let stoppedBy: 'maxStates' | 'maxTurns' | 'maxMillis' | null = null;
  const deadline = options.maxMillis === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.maxMillis;

  const enqueue = (state: ExploredState, id: number) => {
    const pending = state.choices.filter((c) => !c.locked);
    if (pending.length === 0) return;
    if (state.path.length >= maxDepth) {
      cutOffByDepth++;
      return;
    }
    const queued: Queued = { ...state, id, snapshot: runner.save(state.path), pending, probed: false };
    (pending.some((c) => !collector.hasTaken(c.id)) ? hot : cold).push(queued);
  };

  runner.reset(seed);
  const first = runner.runToStop();
  collector.arrive({ from: 'start', choice: null, stop: first, scene: first.scene, path: [], seed }, read);
  if (first.kind === 'ending') carry.reachEnding(first.id, null, statValues());
  if (first.kind === 'choices') {
    const id = addState();
    carry.reachState(id, null, statValues());
    seen.set(runner.stateKey(), id);
    enqueue({ path: [], node: first.node, scene: first.scene, choices: first.choices }, id);
  }

  const take = (state: ExploredState, i: number, prepare?: (runner: Runner) => void, lastUse = false): Stop => {
    runner.restore((state as Queued).snapshot, lastUse);
    prepare?.(runner);
    runner.choose(i);
    return runner.runToStop();
  };
  const probe: Probe = (state, i, prepare) => take(state, i, prepare);

  const pickCold = seededIndex(seed);
  walk: while (hot.size + cold.size > 0) {
    // Hot states (an untaken choice is open) go first. From a hot state only the untaken choices are
    // taken now; the rest wait in the cold queue, so the budget goes to new ground before it fills in
    // stat combinations. Cold states are then drawn at random: stat-gated choices deep in a story need
    // varied stats there, which a first-in-first-out cold queue reaches only after every shallow mix.
    let state = order === 'depth' ? hot.takeLast() : hot.take();
    let now: OpenChoice[];
    if (state) {
      now = state.pending.filter((c) => !collector.hasTaken(c.id));
      state.pending = state.pending.filter((c) => collector.hasTaken(c.id));
      if (state.pending.length > 0) cold.push(state);
      if (now.length === 0) continue;
    } else {
      state = cold.takeAt(pickCold);
      if (!state) break;
      now = state.pending;
      state.pending = [];
    }
    if (!state.probed) onState?.(state, probe);
    state.probed = true;
    for (const [at, choice] of now.entries()) {
      if (turns >= maxTurns) {
        stoppedBy = 'maxTurns';
        break walk;
      }
      // The clock is read every 32 choices: a choice takes well under a millisecond, a clock read is not free.
      if (turns % 32 === 0 && Date.now() > deadline) {
        stoppedBy = 'maxMillis';
        break walk;
      }
      const lastUse = at === now.length - 1 && state.pending.length === 0;
      const stop = take(state, choice.index, undefined, lastUse);
      turns++;
      collector.took(choice.id);
      const path = [...state.path, choice.index];
      const scene = stop.scene ?? state.scene;
      collector.arrive({ from: state.node, choice, stop, scene, path, seed }, read);
      if (options.onProgress && turns % 250 === 0) options.onProgress(progress());
      if (stop.kind === 'ending') carry.reachEnding(stop.id, state.id, statValues());
      if (stop.kind !== 'choices') continue;
      const key = runner.stateKey();
      const known = seen.get(key);
      if (known !== undefined) {
        carry.reachState(known, state.id, statValues());
        continue;
      }
      if (seen.size >= maxStates) {
        stoppedBy = 'maxStates';
        break walk;
      }
      const id = addState();
      carry.reachState(id, state.id, statValues());
      seen.set(key, id);
      enqueue({ path, node: stop.node, scene, choices: stop.choices }, id);
    }
    // Let a finished state's snapshot go: the frontier is what holds memory.
    if (state.pending.length === 0) state.snapshot = null;
  }

  function progress(): ExploreProgress {
    const reached = collector.build('exhaustive', limits(), new Set()).coverage.choices.reached;
    return { states: seen.size, turns, choicesReached: reached, choicesTotal: total, fraction: Math.min(1, Math.max(turns / maxTurns, seen.size / maxStates)) };
  }
  function limits() {
    return { states: seen.size, turns, complete: stoppedBy === null && cutOffByDepth === 0, stoppedBy, cutOffByDepth };
  }

  options.onProgress?.({ ...progress(), fraction: 1 });
  const report = collector.build('exhaustive', limits(), runner.reachedContainers());
  // The collector saw the values of the states the walk ran on; the carry adds those of the states merged into them.
  const ranges = carry.endingRanges();
  for (const ending of report.endings) {
    const carried = ranges.get(ending.id);
    if (!carried) continue;
    statNames.forEach((name, k) => {
      const range = carried[k];
      if (range && !Number.isNaN(range.min)) ending.stats[name] = range;
    });
  }
  return report;
}
