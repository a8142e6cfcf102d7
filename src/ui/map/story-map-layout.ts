/**
 * Turns the build-time branch graph and the player's map points into a laid
 * out picture: which places are named or still "?", which choices were taken,
 * and where dagre puts every box and line. No DOM here, so it is tested in
 * Node; story-map-svg.ts draws the result. Parallel choices between the same
 * two places share one line, or the flagship's three-way openings would draw
 * as thick bundles. Chains of one-way places are folded into one node each
 * (story-map-runs.ts) unless the reader has opened them.
 */
import dagre from '@dagrejs/dagre';
import type { StoryReport } from '../../engine/analysis/story-report';
import type { MapPoints } from '../../engine/history/map-points';
import { plainText } from '../plain-text';
import { describeNode, describeRun, guessNode, roughMeasure, TEXT, wrap } from './story-map-names';
import { foldRuns, linearRuns, runId } from './story-map-runs';
import type { MapLayout, Measure, PlacedEdge, PlacedNode } from './story-map-types';

export { namesOf, RUN_STACK, TEXT, wrap } from './story-map-names';

export type { MapLayout, PlacedEdge, PlacedNode, Point, RunInfo } from './story-map-types';

export interface LayoutInput {
  report: StoryReport;
  points: MapPoints;
  seenKeys?: ((key: string) => boolean) | undefined;
  /** Width of a text in the given font size and weight; a rough estimate when none is given. */
  measure?: Measure | undefined;
  /** Whether to fold linear runs (true unless told otherwise). */
  fold?: boolean | undefined;
  /** Runs (by id) the reader opened to show each place. */
  opened?: ReadonlySet<string> | undefined;
}

const EDGE_TEXT = 150;

export function layoutStoryMap({ report, points, seenKeys, measure = roughMeasure, fold = true, opened = new Set() }: LayoutInput): MapLayout {
  const visited = new Set(points.visited);
  const moves = new Map(points.moves.map((m) => [`${m.from}|${m.choice}|${m.to}`, m]));
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 26, ranksep: 46, edgesep: 14, marginx: 28, marginy: 40 });
  g.setDefaultEdgeLabel(() => ({}));

  // A capped exploration can miss a place the player still reached: draw it from what the history knows.
  const known = new Set(report.graph.nodes.map((n) => n.id));
  const extraNodes = points.visited.filter((id) => !known.has(id)).map((id) => guessNode(id, points.names[id] ?? null));
  const nodes = new Map<string, PlacedNode>();
  for (const node of [...report.graph.nodes, ...extraNodes]) {
    nodes.set(node.id, describeNode(node, visited.has(node.id), points, report.graph.start, measure));
  }

  const edges = new Map<string, PlacedEdge>();
  const drawn = new Set<string>();
  const extraEdges = points.moves.flatMap((m) => (m.from && m.to ? [{ from: m.from, to: m.to, choice: m.choice, text: m.text }] : []));
  for (const e of [...report.graph.edges, ...extraEdges]) {
    const key = `${e.from}|${e.choice}|${e.to}`;
    if (drawn.has(key) || !nodes.has(e.from) || !nodes.has(e.to)) continue;
    drawn.add(key);
    const id = `${e.from}\n${e.to}`;
    const edge = edges.get(id) ?? { from: e.from, to: e.to, state: 'unknown', texts: [], points: [], label: null };
    const move = moves.get(key);
    const state: PlacedEdge['state'] = move ? (move.onPath ? 'path' : 'taken') : seenKeys?.(e.choice) ? 'seen' : 'unknown';
    if (RANK[state] > RANK[edge.state]) edge.state = state;
    if (move) edge.texts[move.onPath ? 'unshift' : 'push'](plainText(e.text));
    edges.set(id, edge);
  }

  // Endings, dead ends, errors and where the reader stands are landmarks: never folded away.
  const runs = linearRuns({
    nodes: [...nodes.keys()],
    edges: [...edges.values()],
    start: report.graph.start,
    keep: (id) => nodes.get(id)?.kind !== 'choice' || id === points.current,
  });
  const places = [...nodes.values()];
  const folded = runs.filter((run) => fold && !opened.has(runId(run)));
  if (folded.length) {
    const { drawnAs } = foldRuns(folded, []);
    for (const run of folded) {
      const node = describeRun(
        run.map((id) => nodes.get(id)).filter((n) => n !== undefined),
        measure,
      );
      for (const id of run) nodes.delete(id);
      nodes.set(node.id, node);
    }
    const rewired = new Map<string, PlacedEdge>();
    for (const edge of edges.values()) {
      const from = drawnAs(edge.from);
      const to = drawnAs(edge.to);
      // A run's inner lines go; the one in and the one out now meet the run's node, with their state and text.
      if (from === to && from !== edge.from) continue;
      rewired.set(`${from}\n${to}`, { ...edge, from, to });
    }
    edges.clear();
    for (const [id, edge] of rewired) edges.set(id, edge);
  }
  for (const node of nodes.values()) g.setNode(node.id, { width: node.w, height: node.h });
  for (const edge of edges.values()) {
    const lines = edge.texts.length ? wrap(edge.texts[0] ?? '', EDGE_TEXT, (t) => measure(t, TEXT.edge, false), 2) : [];
    const label = lines.length
      ? { width: Math.max(...lines.map((l) => measure(l, TEXT.edge, false))) + 10, height: lines.length * 14 + 6, labelpos: 'c' as const }
      : {};
    g.setEdge(edge.from, edge.to, { ...label, minlen: 1, weight: edge.state === 'path' ? 4 : 1 });
    if (lines.length) edge.label = { x: 0, y: 0, w: label.width ?? 0, h: label.height ?? 0, lines };
  }

  dagre.layout(g);

  for (const node of nodes.values()) {
    const laid = g.node(node.id);
    node.x = laid.x ?? 0;
    node.y = laid.y ?? 0;
  }
  for (const edge of edges.values()) {
    const laid = g.edge(edge.from, edge.to);
    edge.points = laid.points ?? [];
    if (edge.label) Object.assign(edge.label, { x: laid.x ?? 0, y: laid.y ?? 0 });
  }
  const size = g.graph();
  const openedBoxes = runs
    .filter((run) => fold && opened.has(runId(run)))
    .map((run) => {
      const laid = run.flatMap((id) => nodes.get(id) ?? []);
      const left = Math.min(...laid.map((n) => n.x - n.w / 2)) - RUN_PAD;
      const right = Math.max(...laid.map((n) => n.x + n.w / 2)) + RUN_PAD;
      const top = Math.min(...laid.map((n) => n.y - n.h / 2)) - RUN_PAD;
      const bottom = Math.max(...laid.map((n) => n.y + n.h / 2)) + RUN_PAD;
      return { id: runId(run), count: run.length, x: (left + right) / 2, y: (top + bottom) / 2, w: right - left, h: bottom - top };
    });
  return {
    nodes: [...nodes.values()],
    places,
    runs: runs.map(runId),
    openedBoxes,
    edges: [...edges.values()],
    width: size.width ?? 0,
    height: size.height ?? 0,
  };
}

/** Room between an opened run's places and the outline drawn round them. */
const RUN_PAD = 8;

const RANK = { unknown: 0, seen: 1, taken: 2, path: 3 } as const;
