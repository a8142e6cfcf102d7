/**
 * Watches the explorer's turns for the consequence report. For every state
 * with two or more open options it keeps, per option, what the reader saw next
 * (the passage and the choices offered, less the echo of the option's own
 * words) and the state it led to with everything no future reads dropped
 * (consequence-key.ts). It also hooks ink's variable reads and writes, so it
 * knows which global each turn assigned, where, and whether anything read it
 * afterwards; and which `# thread:` variables were set and read on each edge
 * of the state graph, for consequence-threads.ts. Riding on the walk's own
 * turns costs one extra key per turn instead of a second walk.
 */
import type { Story } from 'inkjs';
import { stateOf } from '../ink/ink-internals';
import type { ReadLiveness } from './consequence-key';
import type { ThreadEdge, ThreadEvent } from './consequence-threads';
import type { ObservedTurn, TurnObserver } from './explore-core';
import type { OpenChoice, Runner } from './explore-runner';

/** What one option of a state led to: interned text and key numbers, so they compare cheaply. */
interface Outcome {
  text: number;
  key: number;
}

interface OpenState {
  node: string;
  path: number[];
  expected: number;
  outcomes: Map<number, Outcome>;
}

/** What every judged state of one choice point said. */
export interface ChoiceTally {
  node: string;
  /** The first open option's id (`ridge.0.c-1`) and every option text seen. */
  firstOption: string;
  options: string[];
  path: number[];
  judged: number;
  answered: boolean;
  matters: boolean;
}

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

interface VariablesHook {
  Assign(assignment: { variableName: string | null }, value: unknown): void;
  GetVariableWithName(name: string, contextIndex?: number): unknown;
  GlobalVariableExistsWithName(name: string): boolean;
}

export function createTracker(liveness: ReadLiveness, threads: ReadonlySet<string>): TurnObserver & { result(): TrackerResult } {
  const texts = new Map<string, number>();
  const keys = new Map<string, number>();
  const intern = (map: Map<string, number>, value: string) => {
    const known = map.get(value);
    if (known !== undefined) return known;
    map.set(value, map.size);
    return map.size - 1;
  };
  const open = new Map<number, OpenState>();
  const choices = new Map<string, ChoiceTally>();
  const writes = new Map<string, WriteSite>();
  const edges: ThreadEdge[] = [];
  const statePaths = new Map<number, number[]>();

  /** This turn's writes not read yet in the turn, by variable: their sites. */
  let pending = new Map<string, string[]>();
  let events: ThreadEvent[] = [];
  let story: Story | null = null;
  let hooked: object | null = null;

  const hook = (runner: Runner) => {
    story = runner.story;
    const variables = stateOf(story).variablesState as unknown as VariablesHook;
    if (hooked === variables) return;
    hooked = variables;
    const assign = variables.Assign.bind(variables);
    const get = variables.GetVariableWithName.bind(variables);
    variables.Assign = (assignment, value) => {
      assign(assignment, value);
      const name = assignment.variableName;
      if (name === null || !variables.GlobalVariableExistsWithName(name) || !story) return;
      const at = pointerAt(story);
      if (at === null) return;
      const sites = pending.get(name) ?? [];
      sites.push(at);
      pending.set(name, sites);
      if (threads.has(name)) events.push({ kind: 'set', variable: name, at });
    };
    variables.GetVariableWithName = (name, contextIndex) => {
      if (pending.size > 0) {
        const sites = pending.get(name);
        if (sites) {
          for (const at of sites) markRead(name, at);
          pending.delete(name);
        }
      }
      if (threads.has(name)) events.push({ kind: 'read', variable: name, at: '' });
      return get(name, contextIndex);
    };
  };

  const markRead = (variable: string, at: string) => {
    const site = writes.get(`${at}|${variable}`);
    if (site) site.dead = false;
    else writes.set(`${at}|${variable}`, { variable, at, path: [], dead: false });
  };

  const settleWrites = (turn: ObservedTurn, runner: Runner) => {
    if (pending.size === 0) return;
    const { stop } = turn;
    // A dead end or an error says nothing about what the story would have read next.
    const live = stop.kind === 'choices' ? liveness.readLiveAt(runner.story) : stop.kind === 'ending' ? new Set<string>() : null;
    const path = turn.from && turn.choice ? [...turn.from.path, turn.choice.index] : [];
    for (const [variable, sites] of pending) {
      for (const at of sites) {
        const id = `${at}|${variable}`;
        const dead = live !== null && !live.has(variable);
        const site = writes.get(id);
        if (!site) writes.set(id, { variable, at, path, dead });
        else if (!dead) site.dead = false;
      }
    }
  };

  const judge = (turn: ObservedTurn, runner: Runner) => {
    const { from, choice, stop } = turn;
    if (!from || !choice) return;
    let state = open.get(from.id);
    if (!state) {
      const expected = from.choices.filter((c) => !c.locked).length;
      if (expected < 2) return;
      state = { node: from.node, path: from.path, expected, outcomes: new Map() };
      open.set(from.id, state);
      tallyOf(from.node, from.choices, from.path);
    }
    const key = stop.kind === 'choices' ? liveness.keyOf(runner.story) : stop.kind === 'ending' ? `ending:${stop.id}` : `${stop.kind}:${stop.message}`;
    state.outcomes.set(choice.index, { text: intern(texts, seenText(runner, choice.text, stop)), key: intern(keys, key) });
    if (state.outcomes.size < state.expected) return;
    open.delete(from.id);
    const tally = choices.get(state.node);
    if (!tally) return;
    const outcomes = [...state.outcomes.values()];
    const first = outcomes[0];
    tally.judged++;
    if (outcomes.some((o) => o.text !== first?.text)) tally.answered = true;
    else if (outcomes.some((o) => o.key !== first?.key)) tally.matters = true;
  };

  const tallyOf = (node: string, options: readonly OpenChoice[], path: number[]) => {
    const unlocked = options.filter((c) => !c.locked);
    const tally = choices.get(node);
    if (tally) {
      for (const c of unlocked) if (!tally.options.includes(c.text)) tally.options.push(c.text);
      return;
    }
    const firstOption = unlocked[0]?.id ?? '';
    choices.set(node, { node, firstOption, options: unlocked.map((c) => c.text), path, judged: 0, answered: false, matters: false });
  };

  return {
    beforeTurn(runner) {
      hook(runner);
      pending = new Map();
      events = [];
    },
    afterTurn(turn, runner) {
      settleWrites(turn, runner);
      pending = new Map();
      if (turn.from) statePaths.set(turn.from.id, turn.from.path);
      if (turn.to !== null && !statePaths.has(turn.to)) statePaths.set(turn.to, turn.from && turn.choice ? [...turn.from.path, turn.choice.index] : []);
      if (threads.size > 0) {
        const ending = turn.stop.kind === 'ending' ? turn.stop.id : null;
        edges.push({ from: turn.from?.id ?? null, choice: turn.choice?.index ?? null, to: turn.to, ending, events });
      }
      events = [];
      judge(turn, runner);
    },
    result: () => ({ choices, writes, edges, statePaths }),
  };
}

/**
 * What the reader sees after a pick, as a hash: the passage less the echo of the option's own words,
 * and the options offered next. Hashed as it is read, not joined: passages run to kilobytes and the
 * walk plays thousands of turns, so building and interning the strings cost more than the rest.
 */
function seenText(runner: Runner, picked: string, stop: ObservedTurn['stop']): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 2246822519);
    }
    a = Math.imul(a ^ 10, 16777619);
  };
  for (const line of runner.lastLines()) {
    const words = line.raw.trim();
    if (words && words !== picked) add(words);
  }
  if (stop.kind === 'choices') for (const c of stop.choices) add(`> ${c.text}`);
  return `${a >>> 0}:${b >>> 0}`;
}

/** Where ink stands as a position (`ridge.0.4`), as source-place.ts reads it. */
function pointerAt(story: Story): string | null {
  const pointer = (stateOf(story) as unknown as { currentPointer: { container: { path: { toString(): string } } | null; index: number } }).currentPointer;
  return pointer.container ? `${pointer.container.path.toString()}.${Math.max(0, pointer.index)}` : null;
}
