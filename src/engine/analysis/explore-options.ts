/**
 * What an exploration is asked to do (its caps, order and seed) and what it
 * reports as it goes: the options of `exploreStory` and `statSensitivity`.
 */

import type { OpenChoice, Runner, Stop } from './explore-runner.ts';
import type { SnapshotStrategy } from './explore-snapshot.ts';

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
  /** Watches every turn the walk plays (the consequence report, consequence-tracker.ts). */
  observer?: TurnObserver;
}

/** A distinct state at a choice point, as the walk holds it. */
export interface ExploredState {
  path: number[];
  node: string;
  scene: string | null;
  choices: OpenChoice[];
}

/** One turn the walk played: from a state (null for the opening), by a choice, to a stop. */
export interface ObservedTurn {
  from: { id: number; path: number[]; node: string; choices: OpenChoice[] } | null;
  choice: OpenChoice | null;
  stop: Stop;
  /** The number of the state the turn arrived at, when it stopped at a choice point. */
  to: number | null;
}

export interface TurnObserver {
  /** Just before a turn, once the state it starts from is restored. */
  beforeTurn(runner: Runner): void;
  /** Just after it, while the story still stands where the turn stopped. */
  afterTurn(turn: ObservedTurn, runner: Runner): void;
}
