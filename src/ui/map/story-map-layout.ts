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
  const nodes = placesOf(report, points, measure);
  const edges = linesBetween(nodes, report, points, seenKeys);
  // Endings, dead ends, errors and where the reader stands are landmarks: never folded away.
  const runs = linearRuns({
    nodes: [...nodes.keys()],
    edges: [...edges.values()],
    start: report.graph.start,
    keep: (id) => nodes.get(id)?.kind !== 'choice' || id === points.current,
  });
  const places = [...nodes.values()];
  const folded = runs.filter((run) => fold && !opened.has(runId(run)));
  if (folded.length) foldAway(folded, nodes, edges, measure);
  const size = placeWithDagre(nodes, edges, measure);
  return {
    nodes: [...nodes.values()],
    places,
    runs: runs.map(runId),
    openedBoxes: runs.filter((run) => fold && opened.has(runId(run))).map((run) => outlineOf(run, nodes)),
    edges: [...edges.values()],
    ...size,
  };
}

/** Every place, by id: the explored graph's, and any the player reached that a capped exploration missed (drawn from what the history knows). */
function placesOf(report: StoryReport, points: MapPoints, measure: Measure): Map<string, PlacedNode> {
  const visited = new Set(points.visited);
  const known = new Set(report.graph.nodes.map((n) => n.id));
  const extraNodes = points.visited.filter((id) => !known.has(id)).map((id) => guessNode(id, points.names[id] ?? null));
  const nodes = new Map<string, PlacedNode>();
  for (const node of [...report.graph.nodes, ...extraNodes]) {
    nodes.set(node.id, describeNode(node, visited.has(node.id), points, report.graph.start, measure));
  }
  return nodes;
}

/**
 * One line for each pair of places a choice joins (keyed `from\nto`), in the strongest state any of its choices has,
 * with the texts of those the player took, the one on the current path first. The player's own moves count too:
 * a capped exploration can miss them.
 */
function linesBetween(
  nodes: ReadonlyMap<string, PlacedNode>,
  report: StoryReport,
  points: MapPoints,
  seenKeys: LayoutInput['seenKeys'],
): Map<string, PlacedEdge> {
  const moves = new Map(points.moves.map((m) => [`${m.from}|${m.choice}|${m.to}`, m]));
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
  return edges;
}

/** Puts each folded run's card in place of the places it holds, and moves the lines to meet the cards. */
function foldAway(folded: readonly string[][], nodes: Map<string, PlacedNode>, edges: Map<string, PlacedEdge>, measure: Measure): void {
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

/** Has dagre place every box, line and label (written onto them), and says how large the map came out. */
function placeWithDagre(nodes: ReadonlyMap<string, PlacedNode>, edges: ReadonlyMap<string, PlacedEdge>, measure: Measure): { width: number; height: number } {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 26, ranksep: 46, edgesep: 14, marginx: 28, marginy: 40 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes.values()) g.setNode(node.id, { width: node.w, height: node.h });
  for (const edge of edges.values()) {
    edge.label = labelOf(edge, measure);
    const size = edge.label ? { width: edge.label.w, height: edge.label.h, labelpos: 'c' as const } : {};
    g.setEdge(edge.from, edge.to, { ...size, minlen: 1, weight: edge.state === 'path' ? 4 : 1 });
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
  return { width: size.width ?? 0, height: size.height ?? 0 };
}

/** A line's label: the first text taken along it, in at most two lines, sized for dagre to leave room for it (placed later). */
function labelOf(edge: PlacedEdge, measure: Measure): PlacedEdge['label'] {
  const lines = edge.texts.length ? wrap(edge.texts[0] ?? '', EDGE_TEXT, (t) => measure(t, TEXT.edge, false), 2) : [];
  if (!lines.length) return null;
  return { x: 0, y: 0, w: Math.max(...lines.map((l) => measure(l, TEXT.edge, false))) + 10, h: lines.length * 14 + 6, lines };
}

/** The box round an opened run's places, once laid out, so the map can show which places it held. */
function outlineOf(run: readonly string[], nodes: ReadonlyMap<string, PlacedNode>): MapLayout['openedBoxes'][number] {
  const laid = run.flatMap((id) => nodes.get(id) ?? []);
  const left = Math.min(...laid.map((n) => n.x - n.w / 2)) - RUN_PAD;
  const right = Math.max(...laid.map((n) => n.x + n.w / 2)) + RUN_PAD;
  const top = Math.min(...laid.map((n) => n.y - n.h / 2)) - RUN_PAD;
  const bottom = Math.max(...laid.map((n) => n.y + n.h / 2)) + RUN_PAD;
  return { id: runId(run), count: run.length, x: (left + right) / 2, y: (top + bottom) / 2, w: right - left, h: bottom - top };
}

/** Room between an opened run's places and the outline drawn round them. */
const RUN_PAD = 8;

const RANK = { unknown: 0, seen: 1, taken: 2, path: 3 } as const;
