/**
 * Judges choice points for the consequence report. For every state with two
 * or more open options it keeps, per option, what the reader saw next (the
 * passage and the options offered, less the echo of the option's own words)
 * and the state it led to with everything no future reads dropped
 * (consequence-key.ts). Once every open option of a state has been taken, the
 * state's verdict goes into its choice point's tally: answered (some option
 * shows different text), matters (same text, different futures), or neither.
 */
import type { ReadLiveness } from './consequence-key';
import type { ObservedTurn } from './explore-core';
import type { OpenChoice, Runner } from './explore-runner';

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

interface OpenState {
  node: string;
  expected: number;
  /** Per option taken: interned numbers for the text seen and the key reached, so they compare cheaply. */
  outcomes: Map<number, { text: number; key: number }>;
}

export function createChoiceJudge(liveness: ReadLiveness) {
  const texts = new Map<string, number>();
  const keys = new Map<string, number>();
  const open = new Map<number, OpenState>();
  const tallies = new Map<string, ChoiceTally>();

  const tallyOf = (node: string, options: readonly OpenChoice[], path: number[]) => {
    const unlocked = options.filter((c) => !c.locked);
    const tally = tallies.get(node);
    if (tally) {
      for (const c of unlocked) if (!tally.options.includes(c.text)) tally.options.push(c.text);
      return;
    }
    tallies.set(node, { node, firstOption: unlocked[0]?.id ?? '', options: unlocked.map((c) => c.text), path, judged: 0, answered: false, matters: false });
  };

  const judge = (turn: ObservedTurn, runner: Runner) => {
    const { from, choice, stop } = turn;
    if (!from || !choice) return;
    let state = open.get(from.id);
    if (!state) {
      const expected = from.choices.filter((c) => !c.locked).length;
      if (expected < 2) return;
      state = { node: from.node, expected, outcomes: new Map() };
      open.set(from.id, state);
      tallyOf(from.node, from.choices, from.path);
    }
    const key = stop.kind === 'choices' ? liveness.keyOf(runner.story) : stop.kind === 'ending' ? `ending:${stop.id}` : `${stop.kind}:${stop.message}`;
    state.outcomes.set(choice.index, { text: intern(texts, seenText(runner, choice.text, stop)), key: intern(keys, key) });
    if (state.outcomes.size < state.expected) return;
    open.delete(from.id);
    const tally = tallies.get(state.node);
    if (!tally) return;
    const outcomes = [...state.outcomes.values()];
    const first = outcomes[0];
    tally.judged++;
    if (outcomes.some((o) => o.text !== first?.text)) tally.answered = true;
    else if (outcomes.some((o) => o.key !== first?.key)) tally.matters = true;
  };

  return { judge, tallies };
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
