/**
 * Watches the explorer's turns for the consequence report: it has choice
 * points judged (consequence-choices.ts), follows every write to a global
 * (consequence-hooks.ts) until something reads it in the same turn or the
 * turn ends, when the write is dead if no future of the new state reads it
 * (consequence-key.ts), and records which `# thread:` variables were set and
 * read on each edge of the state graph, for consequence-threads.ts. Riding on
 * the walk's own turns costs one extra key per turn instead of a second walk.
 */
import { type ChoiceTally, createChoiceJudge } from './consequence-choices';
import { watchVariables } from './consequence-hooks';
import type { ReadLiveness } from './consequence-key';
import type { ThreadEdge, ThreadEvent } from './consequence-threads';
import type { ObservedTurn, TurnObserver } from './explore-options';
import type { Runner } from './explore-runner';

export interface WriteSite {
  variable: string;
  at: string;
  path: number[];
  /** Still true while no run has seen the value read afterwards. */
  dead: boolean;
}

export interface TrackerResult {
  choices: Map<string, ChoiceTally>;
  writes: Map<string, WriteSite>;
  edges: ThreadEdge[];
  statePaths: Map<number, number[]>;
}

export function createTracker(liveness: ReadLiveness, threads: ReadonlySet<string>): TurnObserver & { result(): TrackerResult } {
  const choices = createChoiceJudge(liveness);
  const writes = new Map<string, WriteSite>();
  const edges: ThreadEdge[] = [];
  const statePaths = new Map<number, number[]>();
  /** This turn's writes nothing has read yet in the turn: their sites, by variable. */
  let pending = new Map<string, string[]>();
  let events: ThreadEvent[] = [];

  const listener = {
    wrote(name: string, at: string, reset: boolean) {
      if (threads.has(name)) events.push({ kind: 'set', variable: name, at });
      // Putting a flag back to its declared value on paths that no longer read it is what the authoring guide
      // asks for (it lets the explorer merge states): a reset is not a dead write.
      if (reset) return;
      const sites = pending.get(name) ?? [];
      sites.push(at);
      pending.set(name, sites);
    },
    read(name: string, shown: () => boolean) {
      const sites = pending.size > 0 ? pending.get(name) : undefined;
      if (sites) {
        for (const at of sites) settle(name, at, [], false);
        pending.delete(name);
      }
      // A thread is paid only where the reader is shown it: a read in a silent logic line does not count.
      if (threads.has(name) && shown()) events.push({ kind: 'read', variable: name, at: '' });
    },
  };

  const settle = (variable: string, at: string, path: number[], dead: boolean) => {
    const site = writes.get(`${at}|${variable}`);
    if (!site) writes.set(`${at}|${variable}`, { variable, at, path, dead });
    else if (!dead) site.dead = false;
  };

  /** At the turn's end, a write nothing read is dead unless some future of where the turn stopped reads it. */
  const settleTurn = (turn: ObservedTurn, runner: Runner) => {
    if (pending.size === 0) return;
    const { stop } = turn;
    // A dead end or an error says nothing about what the story would have read next.
    const live = stop.kind === 'choices' ? liveness.readLiveAt(runner.story) : stop.kind === 'ending' ? new Set<string>() : null;
    const path = turn.from && turn.choice ? [...turn.from.path, turn.choice.index] : [];
    for (const [variable, sites] of pending) for (const at of sites) settle(variable, at, path, live !== null && !live.has(variable));
  };

  return {
    beforeTurn(runner) {
      watchVariables(runner.story, listener);
      pending = new Map();
      events = [];
    },
    afterTurn(turn, runner) {
      settleTurn(turn, runner);
      pending = new Map();
      const path = turn.from && turn.choice ? [...turn.from.path, turn.choice.index] : [];
      if (turn.from) statePaths.set(turn.from.id, turn.from.path);
      if (turn.to !== null && !statePaths.has(turn.to)) statePaths.set(turn.to, path);
      if (threads.size > 0) {
        const ending = turn.stop.kind === 'ending' ? turn.stop.id : null;
        edges.push({ from: turn.from?.id ?? null, choice: turn.choice?.index ?? null, to: turn.to, ending, events });
      }
      events = [];
      choices.judge(turn, runner);
    },
    result: () => ({ choices: choices.tallies, writes, edges, statePaths }),
  };
}
