/**
 * Which choices does a stat actually decide? For each choice point the
 * explorer reaches, this restores the state, sets the stat low and then high
 * (by default the declared min+10 and max-10), takes the same choice both
 * times and compares where it leads: the next choice point and the choices it
 * offers (locked or not), or the ending. A stat that never changes a
 * destination is decoration; the tests hold each stat to deciding at least a
 * few branch points.
 */

import { Story } from 'inkjs';
import { readStoryMeta } from '../ink/story-meta.ts';
import type { StoryJson } from '../ink/story-session.ts';
import { exploreStates } from './explore-core.ts';
import type { ExploreOptions } from './explore-options.ts';
import type { Stop } from './explore-runner.ts';

export interface StatSensitivityOptions extends ExploreOptions {
  low?: number;
  high?: number;
  /** How many different states to try a given choice from before deciding the stat does not matter to it. Default 3. */
  samplesPerChoice?: number;
}

export interface StatBranch {
  /** The choice point (graph node id) and the choice taken there. */
  node: string;
  choice: string;
  text: string;
  /** Where the choice led with the stat low, and with it high, in words. */
  low: string;
  high: string;
  /** A path to the choice point, replayable with `seed`. */
  path: number[];
  seed: number;
}

export interface StatSensitivity {
  variable: string;
  low: number;
  high: number;
  branches: StatBranch[];
  /** The distinct choice points where the stat changed a destination. */
  choicePoints: string[];
}

export function statSensitivity(storyJson: StoryJson, variable: string, options: StatSensitivityOptions = {}): StatSensitivity {
  const def = readStoryMeta(new Story(storyJson as string).globalTags).stats.find((s) => s.variable === variable);
  const low = options.low ?? (def ? def.min + 10 : 10);
  const high = options.high ?? (def ? def.max - 10 : 90);
  const samples = options.samplesPerChoice ?? 3;
  const seed = options.seed ?? 1;
  const tries = new Map<string, number>();
  const branches: StatBranch[] = [];

  exploreStates(storyJson, options, (state, probe) => {
    for (const choice of state.choices) {
      if (choice.locked) continue;
      const key = `${state.node}|${choice.id}`;
      const tried = tries.get(key) ?? 0;
      if (tried >= samples) continue;
      tries.set(key, tried + 1);
      const atLow = describe(probe(state, choice.index, (r) => r.setVariable(variable, low)));
      const atHigh = describe(probe(state, choice.index, (r) => r.setVariable(variable, high)));
      if (atLow === atHigh) continue;
      // One example per choice is enough; stop sampling it.
      tries.set(key, samples);
      branches.push({ node: state.node, choice: choice.id, text: choice.text, low: atLow, high: atHigh, path: state.path, seed });
    }
  });

  return { variable, low, high, branches, choicePoints: [...new Set(branches.map((b) => b.node))] };
}

/** Where a choice led, as a comparable phrase. */
function describe(stop: Stop): string {
  switch (stop.kind) {
    case 'choices':
      return `${stop.node}: ${stop.choices.map((c) => (c.locked ? `[locked] ${c.text}` : c.text)).join(' / ')}`;
    case 'ending':
      return `ending ${stop.id}`;
    case 'dead-end':
      return `dead end (${stop.reason})`;
    case 'error':
      return `error: ${stop.message}`;
  }
}
