/**
 * Judges choice points for the consequence report. For every state with two
 * or more open options it keeps, per option, what the reader saw next (the
 * passage and the options offered, less the echo of the option's own words)
 * and the state it led to with everything no future reads dropped
 * (consequence-key.ts). Once every open option of a state has been taken, the
 * state is judged option against option: options that show the same text and
 * reach the same state are merged there (no-consequence), options that show
 * the same text but reach different states are unanswered between themselves.
 * Judging options against each other inside each state, not the state as a
 * whole, is what catches a menu where two of three options merge only at a
 * low stat while the third (or a higher stat) still answers.
 */
import type { ReadLiveness } from './consequence-key';
import type { ObservedTurn } from './explore-options';
import type { OpenChoice, Runner } from './explore-runner';

export type ChoiceRule = 'no-consequence' | 'unanswered';

/** Options of one choice point that some judged states merge (or leave unanswered between themselves). */
export interface ChoiceGroup {
  rule: ChoiceRule;
  /** The options' ids (`ridge.0.c-1`), in ink's order. */
  ids: string[];
  /** The first state where it held, as a choice path to replay. */
  path: number[];
  /** Judged states where it held. */
  states: number;
}

/** What every judged state of one choice point said. */
export interface ChoiceTally {
  node: string;
  judged: number;
  /** Each option's text as first seen, by id. */
  texts: Map<string, string>;
  /** Judged states by the options they offered (ids joined by spaces): how many offered a group's options. */
  offers: Map<string, number>;
  /** By rule and ids. */
  groups: Map<string, ChoiceGroup>;
}

interface Outcome {
  id: string;
  /** Interned numbers for the text seen and the key reached, so they compare cheaply. */
  text: number;
  key: number;
}

interface OpenState {
  node: string;
  path: number[];
  expected: number;
  outcomes: Map<number, Outcome>;
}

export function createChoiceJudge(liveness: ReadLiveness) {
  const texts = new Map<string, number>();
  const keys = new Map<string, number>();
  const open = new Map<number, OpenState>();
  const tallies = new Map<string, ChoiceTally>();

  const tallyOf = (node: string, options: readonly OpenChoice[]) => {
    let tally = tallies.get(node);
    if (!tally) {
      tally = { node, judged: 0, texts: new Map(), offers: new Map(), groups: new Map() };
      tallies.set(node, tally);
    }
    for (const c of options) if (!c.locked && !tally.texts.has(c.id)) tally.texts.set(c.id, c.text);
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
      tallyOf(from.node, from.choices);
    }
    const key = stop.kind === 'choices' ? liveness.keyOf(runner.story) : stop.kind === 'ending' ? `ending:${stop.id}` : `${stop.kind}:${stop.message}`;
    state.outcomes.set(choice.index, { id: choice.id, text: intern(texts, seenText(runner, choice.text, stop)), key: intern(keys, key) });
    if (state.outcomes.size < state.expected) return;
    open.delete(from.id);
    const tally = tallies.get(state.node);
    if (tally) judgeState(tally, state);
  };

  return { judge, tallies };
}

/** One state, every open option taken: which options merge, and which show the same text but part. */
function judgeState(tally: ChoiceTally, state: OpenState): void {
  // Ink's order, so a group's ids (and the texts shown for it) read as the menu does.
  const outcomes = [...state.outcomes].sort(([a], [b]) => a - b).map(([, o]) => o);
  tally.judged++;
  const offered = outcomes.map((o) => o.id).join(' ');
  tally.offers.set(offered, (tally.offers.get(offered) ?? 0) + 1);
  for (const sameText of groupBy(outcomes, (o) => o.text)) {
    if (sameText.length < 2) continue;
    const byKey = groupBy(sameText, (o) => o.key);
    for (const merged of byKey) if (merged.length > 1) note(tally, 'no-consequence', merged, state.path);
    if (byKey.length > 1) note(tally, 'unanswered', sameText, state.path);
  }
}

function note(tally: ChoiceTally, rule: ChoiceRule, outcomes: readonly Outcome[], path: number[]): void {
  const ids = outcomes.map((o) => o.id);
  const id = `${rule} ${ids.join(' ')}`;
  const group = tally.groups.get(id);
  if (group) group.states++;
  else tally.groups.set(id, { rule, ids, path, states: 1 });
}

function groupBy<T>(items: readonly T[], by: (item: T) => number): T[][] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(by(item));
    if (group) group.push(item);
    else groups.set(by(item), [item]);
  }
  return [...groups.values()];
}

function intern(map: Map<string, number>, value: string): number {
  const known = map.get(value);
  if (known !== undefined) return known;
  map.set(value, map.size);
  return map.size - 1;
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
