/**
 * Gathers what exploration sees, one arrival at a time, into an ExploreReport:
 * endings (first path, count, stat ranges), dead ends and errors (deduplicated
 * by where they happen), choice coverage and the branch graph. Kept apart
 * from the walk itself so the exhaustive explorer and random walks report in
 * exactly the same shape.
 */

import type { StatDef } from '../ink/story-meta.ts';
import type { DeadEndReport, EndingReport, ErrorReport, ExploreLimits, ExploreReport, GraphEdge, GraphNode, NamedRef } from './explore-report.ts';
import type { OpenChoice, Stop } from './explore-runner.ts';
import { flowOf, type StoryIndex } from './story-index.ts';

export interface Arrival {
  /** The choice point the choice was taken at, or `start` for the story's opening. */
  from: string;
  choice: OpenChoice | null;
  stop: Stop;
  /** The scene in force on arrival: the stop's own `scene:` tag, or the one inherited along the path. */
  scene: string | null;
  path: number[];
  seed: number;
}

export interface Collector {
  /** Records an arrival; returns the graph node it arrived at. */
  arrive(arrival: Arrival, readStat: (variable: string) => number | null): string;
  took(choiceId: string): void;
  hasTaken(choiceId: string): boolean;
  build(mode: ExploreReport['mode'], limits: ExploreLimits, reachedFlows: ReadonlySet<string>): ExploreReport;
}

export function createCollector(index: StoryIndex, stats: StatDef[]): Collector {
  const flowNames = new Set(index.flows.map((f) => f.path));
  const taken = new Set<string>();
  const lockedSeen = new Set<string>();
  const endings = new Map<string, EndingReport>();
  const deadEnds = new Map<string, DeadEndReport>();
  const errors = new Map<string, ErrorReport>();
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const problemIds = new Map<string, string>();
  let start: string | null = null;

  /**
   * A choice point's label is in the reader's words, never a knot's or a variable's: the `# map:` tag of the
   * choice that first led there, else that choice's text ("" for the opening). The map adds the scene.
   */
  const addNode = (id: string, kind: GraphNode['kind'], scene: string | null, label: string) => {
    if (nodes.has(id)) return;
    const flow = kind === 'choice' ? flowOf(id, flowNames) : '';
    nodes.set(id, { id, kind, flow, scene, label });
  };
  const placeName = (a: Arrival) => a.choice?.map ?? a.choice?.text ?? '';

  const destination = (a: Arrival, read: (variable: string) => number | null): string => {
    const { stop } = a;
    if (stop.kind === 'choices') {
      for (const c of stop.choices) if (c.locked) lockedSeen.add(c.id);
      addNode(stop.node, 'choice', a.scene, placeName(a));
      return stop.node;
    }
    if (stop.kind === 'ending') {
      const id = `ending:${stop.id}`;
      addNode(id, 'ending', a.scene, stop.title);
      recordEnding(endings, a, stop, stats, read);
      return id;
    }
    const where = `${a.from}|${a.choice?.id ?? ''}|${stop.message}`;
    const list = stop.kind === 'dead-end' ? deadEnds : errors;
    const known = list.get(where);
    if (known) known.count++;
    else if (stop.kind === 'dead-end') deadEnds.set(where, { reason: stop.reason, ...firstSeen(a, stop) });
    else errors.set(where, firstSeen(a, stop));
    const id = problemIds.get(where) ?? `${stop.kind}:${list.size}`;
    problemIds.set(where, id);
    addNode(id, stop.kind, a.scene, stop.kind === 'dead-end' ? `dead end: ${stop.message}` : `error: ${stop.message}`);
    return id;
  };

  return {
    arrive(a, read) {
      const to = destination(a, read);
      if (!a.choice) start ??= to;
      if (a.choice) {
        const key = `${a.from}|${a.choice.id}|${to}`;
        if (!edges.has(key)) edges.set(key, { from: a.from, to, choice: a.choice.id, text: a.choice.text });
      }
      return to;
    },
    took: (id) => void taken.add(id),
    hasTaken: (id) => taken.has(id),
    build: (mode, limits, reachedFlows) =>
      buildReport(index, stats, { taken, lockedSeen, endings, deadEnds, errors, nodes, edges, start }, mode, limits, reachedFlows),
  };
}

/** Counts an arrival at an ending and widens the ranges of stat values it is reached with. */
function recordEnding(
  endings: Map<string, EndingReport>,
  a: Arrival,
  stop: Extract<Stop, { kind: 'ending' }>,
  stats: StatDef[],
  read: (variable: string) => number | null,
): void {
  const seen: EndingReport = endings.get(stop.id) ?? { id: stop.id, title: stop.title, count: 0, seed: a.seed, path: a.path, stats: {} };
  seen.count++;
  for (const stat of stats) {
    const value = read(stat.variable);
    if (value === null) continue;
    const range = seen.stats[stat.variable];
    seen.stats[stat.variable] = range ? { min: Math.min(range.min, value), max: Math.max(range.max, value) } : { min: value, max: value };
  }
  endings.set(stop.id, seen);
}

/** A dead end or an error as first met: where, what it said, and the path that reproduces it. */
function firstSeen(a: Arrival, stop: Extract<Stop, { kind: 'dead-end' | 'error' }>): ErrorReport {
  return { message: stop.message, from: a.from, lastText: stop.lastText, at: stop.at, count: 1, seed: a.seed, path: a.path };
}

/** What the collector has gathered, handed to buildReport. */
interface Gathered {
  taken: ReadonlySet<string>;
  lockedSeen: ReadonlySet<string>;
  endings: Map<string, EndingReport>;
  deadEnds: Map<string, DeadEndReport>;
  errors: Map<string, ErrorReport>;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  start: string | null;
}

function buildReport(
  index: StoryIndex,
  stats: StatDef[],
  g: Gathered,
  mode: ExploreReport['mode'],
  limits: ExploreLimits,
  reachedFlows: ReadonlySet<string>,
): ExploreReport {
  const choicePoints = index.choicePoints.filter((c) => !c.invisibleDefault);
  const unreachedChoices: NamedRef[] = choicePoints
    .filter((c) => !g.taken.has(c.id) && !g.lockedSeen.has(c.id))
    .map((c) => ({ id: c.id, label: `${c.flow || '(start)'}: ${c.label || '(no text)'}` }));
  const flows = index.flows.filter((f) => !f.isFunction);
  const unreachedFlows = flows.filter((f) => !reachedFlows.has(f.path)).map((f) => ({ id: f.path, label: f.path }));
  return {
    mode,
    stats,
    endings: [...g.endings.values()],
    unreachedEndings: index.endings.filter((e) => !g.endings.has(e.id)).map((e) => ({ id: e.id, label: e.title })),
    deadEnds: [...g.deadEnds.values()],
    errors: [...g.errors.values()],
    coverage: {
      choices: { total: choicePoints.length, reached: choicePoints.length - unreachedChoices.length, unreached: unreachedChoices },
      flows: { total: flows.length, reached: flows.length - unreachedFlows.length, unreached: unreachedFlows },
    },
    graph: { start: g.start, nodes: [...g.nodes.values()], edges: [...g.edges.values()] },
    limits,
  };
}
