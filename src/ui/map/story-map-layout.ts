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
import type { GraphNode } from '../../engine/analysis/explore-report';
import type { StoryReport } from '../../engine/analysis/story-report';
import type { MapPoints } from '../../engine/history/map-points';
import { foldRuns, linearRuns, runId } from './story-map-runs';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  kind: GraphNode['kind'];
  visited: boolean;
  current: boolean;
  start: boolean;
  /** What the box says: the place's name when visited, '?' otherwise. */
  lines: string[];
  sub: string;
  /** The accessible name, e.g. "The Wait: boys". */
  name: string;
  /** The history node a click rewinds to, or null when the place was never visited. */
  target: number | null;
  /** Centre and size, in map units (1 unit = 1 CSS pixel at zoom 1). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** For a folded run: the places it holds, in story order. */
  run?: RunInfo;
}

export interface RunInfo {
  id: string;
  places: PlacedNode[];
  visited: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** 'path': taken on the way to where the player stands; 'taken': taken on another branch; 'seen': in an earlier playthrough. */
  state: 'path' | 'taken' | 'seen' | 'unknown';
  /** The texts of the choices the player took along this line (the others stay hidden). */
  texts: string[];
  points: Point[];
  label: { x: number; y: number; w: number; h: number; lines: string[] } | null;
}

export interface MapLayout {
  /** What is drawn: places, and folded runs in place of the places they hold. */
  nodes: PlacedNode[];
  /** Every place of the story, folded or not. */
  places: PlacedNode[];
  /** The ids of every run that could be folded, folded now or opened. */
  runs: string[];
  /** The box (centre and size) around each run the reader opened, so the map can show which places it held. */
  openedBoxes: { id: string; count: number; x: number; y: number; w: number; h: number }[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export interface LayoutInput {
  report: StoryReport;
  points: MapPoints;
  seenKeys?: ((key: string) => boolean) | undefined;
  /** Width of a text in the given font size and weight; a rough estimate when none is given. */
  measure?: ((text: string, size: number, bold: boolean) => number) | undefined;
  /** Whether to fold linear runs (true unless told otherwise). */
  fold?: boolean | undefined;
  /** Runs (by id) the reader opened to show each place. */
  opened?: ReadonlySet<string> | undefined;
}

export const TEXT = { title: 13, sub: 11, edge: 11, line: 16, here: 15 } as const;
const PAD_X = 12;
const MAX_TEXT = 168;
const EDGE_TEXT = 150;

const roughMeasure = (text: string, size: number, bold: boolean) => text.length * size * (bold ? 0.58 : 0.53);

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
    if (move) edge.texts[move.onPath ? 'unshift' : 'push'](e.text);
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

/**
 * A folded run's node: the first and last names the reader has found with the
 * count between ("Hill → Post", "5 places, 2 visited"), or just the count when
 * none is found yet, so a run never names a place the reader has not been to.
 */
function describeRun(places: PlacedNode[], measure: NonNullable<LayoutInput['measure']>): PlacedNode {
  const found = places.filter((p) => p.visited);
  const first = found[0];
  const last = found.at(-1);
  const from = first?.lines.join(' ') ?? '';
  const to = last?.lines.join(' ') ?? '';
  // A run inside one scene shows the scene once: "The River → The River" says nothing.
  const title = !first ? `${places.length} places` : from !== to ? `${from} → ${to}` : from;
  const sub = !first ? 'not yet found' : found.length === places.length ? `${places.length} places` : `${places.length} places, ${found.length} visited`;
  const lines = wrap(title, MAX_TEXT, (t) => measure(t, TEXT.title, true), 2);
  const widest = Math.max(...lines.map((l) => measure(l, TEXT.title, true)), measure(sub, TEXT.sub, false));
  const names = found.map((p) => p.name);
  const unknown = places.length - found.length;
  const held = [...names, unknown ? `${unknown} ${unknown === 1 ? 'place' : 'places'} not yet found` : ''].filter(Boolean).join('; ');
  const id = runId(places.map((p) => p.id));
  return {
    id,
    kind: 'choice',
    visited: found.length > 0,
    current: false,
    start: places.some((p) => p.start),
    lines,
    sub,
    // Starts with the drawn text, so what a speech-input user reads off the map is in its name.
    name: found.length ? `${lines.join(' ')}, ${sub}, in a row: ${held}` : `${lines.join(' ')}, ${sub}, in a row`,
    target: null,
    x: 0,
    y: 0,
    // Room for the stacked-card edge drawn behind it.
    w: Math.ceil(Math.max(widest + 2 * PAD_X, 96)) + RUN_STACK,
    h: 14 + lines.length * TEXT.line + 14 + RUN_STACK,
    run: { id, places, visited: found.length },
  };
}

/** Room between an opened run's places and the outline drawn round them. */
const RUN_PAD = 8;

/** How far the card drawn behind a folded run peeks out, in map units. */
export const RUN_STACK = 4;

const RANK = { unknown: 0, seen: 1, taken: 2, path: 3 } as const;

/** A graph node for a place the report lacks, named from its id (`the_chase.stream.0`) and what the history saw there. */
function guessNode(id: string, name: string | null): GraphNode {
  if (id.startsWith('ending:')) return { id, kind: 'ending', label: name ?? humanize(id.slice('ending:'.length)), flow: '', scene: null };
  const scene = name;
  const flow = id
    .split('.')
    .filter((part) => !/^(\d+|c-\d+)$/.test(part))
    .join('.');
  return { id, kind: 'choice', label: scene ? `${flow} · ${scene}` : flow, flow, scene };
}

function describeNode(node: GraphNode, visited: boolean, points: MapPoints, start: string | null, measure: NonNullable<LayoutInput['measure']>): PlacedNode {
  const base = { id: node.id, kind: node.kind, visited, current: points.current === node.id, start: node.id === start, x: 0, y: 0 };
  if (!visited) {
    const ending = node.kind === 'ending';
    return { ...base, lines: ['?'], sub: '', name: ending ? 'An ending not yet found' : 'A place not yet found', target: null, w: ending ? 46 : 34, h: 34 };
  }
  const { title, sub } = namesOf(node);
  const lines = wrap(title, MAX_TEXT, (t) => measure(t, TEXT.title, true), 2);
  const widest = Math.max(...lines.map((l) => measure(l, TEXT.title, true)), sub ? measure(sub, TEXT.sub, false) : 0);
  const endingPad = node.kind === 'ending' ? 24 : 0;
  // The current place says so inside its own box: a tab above it would sit on the line's label.
  const here = base.current ? TEXT.here : 0;
  return {
    ...base,
    lines,
    sub,
    name: sub ? `${title}: ${sub}` : title,
    target: points.byGraphNode[node.id]?.[0] ?? null,
    w: Math.ceil(Math.max(widest + 2 * PAD_X + endingPad, node.kind === 'ending' ? 110 : 88)),
    h: 14 + here + lines.length * TEXT.line + (sub ? 14 : 0),
  };
}

/** A place's name for the player: the scene title (or knot), then the stitch or the choice it follows. */
export function namesOf(node: GraphNode): { title: string; sub: string } {
  if (node.kind === 'ending') return { title: node.label, sub: 'Ending' };
  if (node.kind === 'dead-end') return { title: 'Dead end', sub: node.scene ?? '' };
  if (node.kind === 'error') return { title: 'Story error', sub: node.scene ?? '' };
  const place = node.scene && node.label.endsWith(` · ${node.scene}`) ? node.label.slice(0, -` · ${node.scene}`.length) : node.label;
  const [, ...after] = place.split(' › ');
  const [knot = '', stitch] = node.flow.split('.');
  const title = node.scene ?? humanize(knot || 'Start');
  const subs = [stitch ? humanize(stitch) : '', ...after.map((a) => `after “${a.replace(/[.!?]$/, '')}”`)].filter(Boolean);
  return { title, sub: subs.join(', ') };
}

export function humanize(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Word-wraps `text` to lines no wider than `max`, at most `limit` lines, the last one ending in … if cut. */
export function wrap(text: string, max: number, width: (t: string) => number, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  let last = kept[limit - 1] ?? '';
  while (last.includes(' ') && width(`${last}…`) > max) last = last.slice(0, last.lastIndexOf(' '));
  kept[limit - 1] = `${last}…`;
  return kept;
}
