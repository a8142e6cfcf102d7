/**
 * One run of the coverage-guided walk (explore-core.ts): its two queues (hot
 * states, which still offer a choice nobody has taken, and cold ones), the
 * states seen, the counters and caps, and the step that takes one choice from
 * one state and files what it led to. Held in one object so explore-core.ts
 * reads as the walk's outline.
 */

import type { Collector } from './explore-collector.ts';
import type { ExploredState, ExploreOptions, ExploreProgress } from './explore-options.ts';
import { Queue } from './explore-queue.ts';
import type { ExploreLimits, ExploreReport } from './explore-report.ts';
import type { OpenChoice, Runner, Stop } from './explore-runner.ts';
import { createStatCarry, type StatCarry } from './explore-stat-carry.ts';

export interface Queued extends ExploredState {
  /** The state's number for the stat carry. */
  id: number;
  snapshot: unknown;
  /** Open choices not taken from this state yet. */
  pending: OpenChoice[];
  probed: boolean;
}

type Caps = Required<Pick<ExploreOptions, 'seed' | 'maxDepth' | 'maxTurns' | 'maxStates' | 'order'>>;

export class Walk {
  /** Distinct states by key, each with its number for the stat carry. */
  readonly seen = new Map<string, number>();
  readonly hot = new Queue<Queued>();
  readonly cold = new Queue<Queued>();
  readonly carry: StatCarry;
  readonly caps: Caps;
  turns = 0;
  cutOffByDepth = 0;
  stoppedBy: ExploreLimits['stoppedBy'] = null;
  private readonly deadline: number;
  private readonly total: number;
  readonly read = (v: string) => this.runner.readNumber(v);

  constructor(
    readonly runner: Runner,
    readonly collector: Collector,
    private readonly statNames: readonly string[],
    choiceCount: number,
    private readonly options: ExploreOptions,
  ) {
    const { seed = 1, maxDepth = 200, maxTurns = 200_000, maxStates = 50_000, order = 'depth' } = options;
    this.caps = { seed, maxDepth, maxTurns, maxStates, order };
    this.carry = createStatCarry(statNames.length);
    this.total = choiceCount;
    this.deadline = options.maxMillis === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.maxMillis;
  }

  statValues(): (number | null)[] {
    return this.statNames.map(this.read);
  }

  /** A new state's number, with the stats no future of it touches marked dead. */
  addState(): number {
    const live = this.runner.liveGlobals();
    return this.carry.addState(this.statNames.map((name) => !live.has(name)));
  }

  enqueue(state: ExploredState, id: number): void {
    const pending = state.choices.filter((c) => !c.locked);
    if (pending.length === 0) return;
    if (state.path.length >= this.caps.maxDepth) {
      this.cutOffByDepth++;
      return;
    }
    const queued: Queued = { ...state, id, snapshot: this.runner.save(state.path), pending, probed: false };
    (pending.some((c) => !this.collector.hasTaken(c.id)) ? this.hot : this.cold).push(queued);
  }

  /** Restores `state`, lets `prepare` alter it, takes choice `i` and runs to the next stop. */
  take(state: ExploredState, i: number, prepare?: (runner: Runner) => void, lastUse = false): Stop {
    this.runner.restore((state as Queued).snapshot, lastUse);
    prepare?.(this.runner);
    if (!prepare) this.options.observer?.beforeTurn(this.runner);
    this.runner.choose(i);
    return this.runner.runToStop();
  }

  /** Plays the story's start and files where it stopped. */
  begin(): void {
    const { seed } = this.caps;
    const observer = this.options.observer;
    this.runner.reset(seed);
    observer?.beforeTurn(this.runner);
    const first = this.runner.runToStop();
    this.collector.arrive({ from: 'start', choice: null, stop: first, scene: first.scene, path: [], seed }, this.read);
    if (first.kind === 'ending') this.carry.reachEnding(first.id, null, this.statValues());
    if (first.kind === 'choices') {
      const id = this.addState();
      this.carry.reachState(id, null, this.statValues());
      this.seen.set(this.runner.stateKey(), id);
      observer?.afterTurn({ from: null, choice: null, stop: first, to: id }, this.runner);
      this.enqueue({ path: [], node: first.node, scene: first.scene, choices: first.choices }, id);
    } else observer?.afterTurn({ from: null, choice: null, stop: first, to: null }, this.runner);
  }

  /**
   * The next state to expand and the choices to take from it now. Hot states go first, and from a hot
   * state only the untaken choices are taken now; the rest wait in the cold queue, so the budget goes to
   * new ground before it fills in stat combinations. Cold states are then drawn at random: stat-gated
   * choices deep in a story need varied stats there, which a first-in-first-out cold queue reaches only
   * after every shallow mix.
   */
  next(pickCold: (size: number) => number): { state: Queued; now: OpenChoice[] } | null {
    while (this.hot.size + this.cold.size > 0) {
      const hot = this.caps.order === 'depth' ? this.hot.takeLast() : this.hot.take();
      if (!hot) {
        const cold = this.cold.takeAt(pickCold);
        if (!cold) return null;
        const now = cold.pending;
        cold.pending = [];
        return { state: cold, now };
      }
      const now = hot.pending.filter((c) => !this.collector.hasTaken(c.id));
      hot.pending = hot.pending.filter((c) => this.collector.hasTaken(c.id));
      if (hot.pending.length > 0) this.cold.push(hot);
      if (now.length > 0) return { state: hot, now };
    }
    return null;
  }

  /** Takes one choice from one state and files where it led; false when a cap stops the walk. */
  visit(state: Queued, choice: OpenChoice, lastUse: boolean): boolean {
    if (this.turns >= this.caps.maxTurns) return this.stop('maxTurns');
    // The clock is read every 32 choices: a choice takes well under a millisecond, a clock read is not free.
    if (this.turns % 32 === 0 && Date.now() > this.deadline) return this.stop('maxMillis');
    const stop = this.take(state, choice.index, undefined, lastUse);
    this.turns++;
    this.collector.took(choice.id);
    const path = [...state.path, choice.index];
    const scene = stop.scene ?? state.scene;
    this.collector.arrive({ from: state.node, choice, stop, scene, path, seed: this.caps.seed }, this.read);
    if (this.options.onProgress && this.turns % 250 === 0) this.options.onProgress(this.progress());
    if (stop.kind === 'ending') this.carry.reachEnding(stop.id, state.id, this.statValues());
    const observer = this.options.observer;
    const turn = { from: state, choice, stop, to: null };
    if (stop.kind !== 'choices') {
      observer?.afterTurn(turn, this.runner);
      return true;
    }
    const key = this.runner.stateKey();
    const known = this.seen.get(key);
    if (known !== undefined) {
      this.carry.reachState(known, state.id, this.statValues());
      observer?.afterTurn({ ...turn, to: known }, this.runner);
      return true;
    }
    if (this.seen.size >= this.caps.maxStates) return this.stop('maxStates');
    const id = this.addState();
    this.carry.reachState(id, state.id, this.statValues());
    this.seen.set(key, id);
    observer?.afterTurn({ ...turn, to: id }, this.runner);
    this.enqueue({ path, node: stop.node, scene, choices: stop.choices }, id);
    return true;
  }

  private stop(by: NonNullable<ExploreLimits['stoppedBy']>): false {
    this.stoppedBy = by;
    return false;
  }

  progress(): ExploreProgress {
    const reached = this.collector.build('exhaustive', this.limits(), new Set()).coverage.choices.reached;
    const { maxTurns, maxStates } = this.caps;
    const fraction = Math.min(1, Math.max(this.turns / maxTurns, this.seen.size / maxStates));
    return { states: this.seen.size, turns: this.turns, choicesReached: reached, choicesTotal: this.total, fraction };
  }

  limits(): ExploreLimits {
    const complete = this.stoppedBy === null && this.cutOffByDepth === 0;
    return { states: this.seen.size, turns: this.turns, complete, stoppedBy: this.stoppedBy, cutOffByDepth: this.cutOffByDepth };
  }

  /** The report, with the stat ranges the carry brings to each ending from the states merged into others. */
  finish(): ExploreReport {
    this.options.onProgress?.({ ...this.progress(), fraction: 1 });
    const report = this.collector.build('exhaustive', this.limits(), this.runner.reachedContainers());
    const ranges = this.carry.endingRanges();
    for (const ending of report.endings) {
      const carried = ranges.get(ending.id);
      if (!carried) continue;
      this.statNames.forEach((name, k) => {
        const range = carried[k];
        if (range && !Number.isNaN(range.min)) ending.stats[name] = range;
      });
    }
    return report;
  }
}
