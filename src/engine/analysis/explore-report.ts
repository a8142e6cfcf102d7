/**
 * What the explorer and random walks find, as plain data: endings with an
 * example path and the stats they were reached with, dead ends, runtime
 * errors, coverage of choices and of knots/stitches, and a small branch graph
 * for the story map. The CLI prints it, the build counts endings from it, the
 * UI draws the graph; none of them needs inkjs to read it.
 *
 * Paths are ink choice indices from the start of the story, replayed with
 * `createSession(story, seed)` followed by `choose(i)` for each index.
 */
import type { StatDef } from '../ink/story-meta.ts';
import type { ConsequenceReport } from './consequence-report.ts';

export interface StatRange {
  min: number;
  max: number;
}

export interface EndingReport {
  id: string;
  title: string;
  /** Arrivals seen: distinct explored states that led here (explorer) or runs that ended here (random walks). */
  count: number;
  seed: number;
  path: number[];
  /** Each declared stat's lowest and highest value on arrival. */
  stats: Record<string, StatRange>;
}

/** A runtime error: what ink said, where, and the choice path (replayed with `seed`) that reproduces it. */
export interface ErrorReport {
  message: string;
  /** The choice point the last choice was taken at (`start` for the opening). */
  from: string;
  /** The last line of text before the stop, to find it in the source. */
  lastText: string;
  /** Where ink stood (engine/ink/source-lines.ts reads it as a file and line with the compile's map), or null. */
  at: string | null;
  count: number;
  seed: number;
  path: number[];
}

/** A place the story stops without an ending: reported like an error, with why. */
export interface DeadEndReport extends ErrorReport {
  /** `no-ending-tag`: the story ended with no `ending:` tag; `ran-out`: ink ran out of content; `all-locked`: every choice was locked. */
  reason: 'no-ending-tag' | 'ran-out' | 'all-locked';
}

export interface NamedRef {
  id: string;
  label: string;
}

export interface Coverage {
  reached: number;
  total: number;
  unreached: NamedRef[];
}

export interface GraphNode {
  /** A choice point (`ridge.0`: the weave its choices sit in), or `ending:<id>`, `dead-end:<n>`, `error:<n>`. */
  id: string;
  kind: 'choice' | 'ending' | 'dead-end' | 'error';
  /**
   * What the reader would call the place, never a knot's or a variable's name: for a choice point the
   * `# map:` tag of the choice that first led there, else that choice's text ("" for the opening); an
   * ending's title; a problem's message.
   */
  label: string;
  flow: string;
  scene: string | null;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** The choice's id (`ridge.0.c-1`) and its text as the player saw it. */
  choice: string;
  text: string;
}

export interface ExploreLimits {
  /** Distinct states at choice points that were visited. */
  states: number;
  /** Choices taken in total. */
  turns: number;
  /** True when the whole reachable story was explored within the caps. */
  complete: boolean;
  /** Which cap stopped the run, if any (`maxMillis`: the time budget). */
  stoppedBy: 'maxStates' | 'maxTurns' | 'maxMillis' | null;
  /** States not expanded because they were maxDepth choices deep (or runs cut off at maxTurns, for random walks). */
  cutOffByDepth: number;
}

export interface ExploreReport {
  mode: 'exhaustive' | 'random';
  stats: StatDef[];
  endings: EndingReport[];
  /** Endings declared by `ending:` tags that were never reached. */
  unreachedEndings: NamedRef[];
  deadEnds: DeadEndReport[];
  errors: ErrorReport[];
  coverage: { choices: Coverage; flows: Coverage };
  /** One node per choice point (not per state), so the map stays readable; `start` is where the story opens. */
  graph: { start: string | null; nodes: GraphNode[]; edges: GraphEdge[] };
  limits: ExploreLimits;
  /** The consequence report (consequences.ts), when the run asked for it. */
  consequences?: ConsequenceReport;
}

/** What the CLI and build want to know first: would a player ever get stuck? */
export function hasProblems(report: ExploreReport): boolean {
  return report.deadEnds.length > 0 || report.errors.length > 0;
}
