/**
 * Linear runs on the story map: chains of places with exactly one way in and
 * one way out, which the map draws as one compact node so a story of 60+
 * places still reads at Fit. Pure graph work on ids, no layout and no DOM, so
 * it is tested in Node. ink stories loop (a hub knot, a divert back to self):
 * every walk here stops at places already seen, so cycles cannot hang it, and
 * a ring with no way into it from elsewhere is left whole rather than cut at
 * an arbitrary place.
 */

export interface RunEdge {
  from: string;
  to: string;
}

export interface RunGraph {
  nodes: readonly string[];
  edges: readonly RunEdge[];
  /** Where the story begins: its way in is the beginning itself, so a start with one way out can head a run. */
  start?: string | null;
  /** Places that must stay on their own (endings, where the reader stands): they end a run. */
  keep?: (id: string) => boolean;
  /** The fewest places worth folding into one node. */
  minLength?: number;
}

/** The fewest places a run folds: two would save one row and cost both names. */
export const MIN_RUN = 3;

/** Every maximal chain of at least `minLength` one-way-in, one-way-out places, in story order. */
export function linearRuns({ nodes, edges, start = null, keep = () => false, minLength = MIN_RUN }: RunGraph): string[][] {
  const ins = new Map<string, Set<string>>();
  const outs = new Map<string, Set<string>>();
  const known = new Set(nodes);
  for (const id of nodes) {
    ins.set(id, new Set());
    outs.set(id, new Set());
  }
  for (const { from, to } of edges) {
    if (!known.has(from) || !known.has(to)) continue;
    outs.get(from)?.add(to);
    ins.get(to)?.add(from);
  }
  const only = (set: Set<string> | undefined) => (set?.size === 1 ? ([...set][0] ?? null) : null);
  // Parallel choices count once (the map draws them as one line); a divert to self is a second way in.
  const linear = (id: string) => {
    if (keep(id) || outs.get(id)?.has(id)) return false;
    const wayIn = (ins.get(id)?.size ?? 0) + (id === start ? 1 : 0);
    return wayIn === 1 && outs.get(id)?.size === 1;
  };
  const next = (id: string) => {
    const to = only(outs.get(id));
    return to !== null && linear(to) ? to : null;
  };

  const runs: string[][] = [];
  for (const id of nodes) {
    if (!linear(id)) continue;
    const before = id === start ? null : only(ins.get(id));
    // A run begins where the place before is not itself part of the chain.
    if (before !== null && linear(before)) continue;
    const run = [id];
    const seen = new Set(run);
    for (let at = next(id); at !== null && !seen.has(at); at = next(at)) {
      run.push(at);
      seen.add(at);
    }
    if (run.length >= minLength) runs.push(run);
  }
  return runs;
}

export interface Folded {
  /** The node each place is drawn as: its own id, or its run's id. */
  drawnAs(id: string): string;
  /** Edges between drawn nodes; the edges inside a run are gone. */
  edges: RunEdge[];
}

/** The id a run is drawn under. */
export const runId = (run: readonly string[]): string => `run:${run[0] ?? ''}`;

/** Maps places and edges onto the folded graph: each run's places become one node, and its inner edges go. */
export function foldRuns(runs: readonly (readonly string[])[], edges: readonly RunEdge[]): Folded {
  const owner = new Map<string, string>();
  for (const run of runs) for (const id of run) owner.set(id, runId(run));
  const drawnAs = (id: string) => owner.get(id) ?? id;
  const folded: RunEdge[] = [];
  for (const e of edges) {
    const inside = owner.has(e.from) && owner.get(e.from) === owner.get(e.to);
    if (!inside) folded.push({ from: drawnAs(e.from), to: drawnAs(e.to) });
  }
  return { drawnAs, edges: folded };
}
