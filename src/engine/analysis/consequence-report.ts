/**
 * What the consequence report finds, as plain data: choices that change
 * nothing, choices the story does not answer, writes nobody reads and story
 * threads that drop out of endings. Places are ink positions (`ridge.0.10`),
 * which the tooling turns into `file:line` with the compile's map of source
 * lines, the way the explorer's dead ends and errors are placed.
 */

export const CONSEQUENCE_RULES = ['no-consequence', 'unanswered', 'dead-write', 'dropped-thread'] as const;
export type ConsequenceRule = (typeof CONSEQUENCE_RULES)[number];

interface FindingBase {
  /** Where ink stands at the finding: the choice point object, or the assignment. */
  at: string | null;
  /** A choice path (ink indices from the start, replayed with the run's seed) that shows it. */
  path: number[];
}

/**
 * Options of a choice point between which the pick can never be seen, or cannot be seen yet, in some
 * judged states: all of its options, or two of them. `at` is the first of them; `path` reaches a state where it holds.
 */
export interface ChoiceFinding extends FindingBase {
  rule: 'no-consequence' | 'unanswered';
  /** The choice point (`ridge.0`) and the texts of the options that merge, as the reader saw them. */
  node: string;
  options: string[];
  /** Where each of those options is (ink positions, like `at`): a `# no_consequence` on any of them acknowledges it. */
  optionsAt: (string | null)[];
  /** Judged states (every open option taken from each) where the options merged, out of `offered`. */
  states: number;
  /** Judged states that offered all of those options. */
  offered: number;
}

/** An assignment to a global that no path reads before it is written again or the story ends. */
export interface WriteFinding extends FindingBase {
  rule: 'dead-write';
  variable: string;
}

/** A `# thread:` variable set on a path whose ending never reads it afterwards. */
export interface ThreadFinding extends FindingBase {
  rule: 'dropped-thread';
  variable: string;
  ending: string;
}

export type ConsequenceFinding = ChoiceFinding | WriteFinding | ThreadFinding;

export interface ConsequenceReport {
  findings: ConsequenceFinding[];
  /** Findings per rule (the number a story drives to zero). */
  counts: Record<ConsequenceRule, number>;
  /** True when the exploration behind it was partial: findings hold for the paths walked only. */
  partial: boolean;
  /** What a partial run could not decide: choice points never judged in any state, and rules that need every path. */
  undecided: { choices: number; rules: ConsequenceRule[] };
  /** `# thread:` variables the story declares. */
  threads: string[];
}
