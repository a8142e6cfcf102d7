/**
 * How the story map names and sizes its places: a place's title and line
 * under it in the reader's words (namesOf), a folded run's summary, a box's
 * size from its text, and word wrapping. No DOM, so it is tested in Node.
 */
import type { GraphNode } from '../../engine/analysis/explore-report';
import type { MapPoints } from '../../engine/history/map-points';
import { plainText } from '../plain-text';
import { runId } from './story-map-runs';
import type { Measure, PlacedNode } from './story-map-types';

export const TEXT = { title: 13, sub: 11, edge: 11, line: 16, here: 15 } as const;
const PAD_X = 12;
const MAX_TEXT = 168;

/** How far the card drawn behind a folded run peeks out, in map units. */
export const RUN_STACK = 4;

export const roughMeasure = (text: string, size: number, bold: boolean) => text.length * size * (bold ? 0.58 : 0.53);

/**
 * A folded run's node: the first and last names the reader has found with the
 * count between ("Hill → Post", "5 places, 2 visited"), or just the count when
 * none is found yet, so a run never names a place the reader has not been to.
 */
export function describeRun(places: PlacedNode[], measure: Measure): PlacedNode {
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

/** A graph node for a place the report lacks, named from its id (`the_chase.stream.0`) and what the history saw there. */
export function guessNode(id: string, name: string | null): GraphNode {
  if (id.startsWith('ending:')) return { id, kind: 'ending', label: name ?? humanize(id.slice('ending:'.length)), flow: '', scene: null };
  const flow = id
    .split('.')
    .filter((part) => !/^(\d+|c-\d+)$/.test(part))
    .join('.');
  // Named by its scene alone: the id's knot is an authoring name, never shown.
  return { id, kind: 'choice', label: '', flow, scene: name };
}

export function describeNode(node: GraphNode, visited: boolean, points: MapPoints, start: string | null, measure: Measure): PlacedNode {
  const base = { id: node.id, kind: node.kind, visited, current: points.current === node.id, start: node.id === start, x: 0, y: 0 };
  if (!visited) {
    const ending = node.kind === 'ending';
    return { ...base, lines: ['?'], sub: '', name: ending ? 'An ending not yet found' : 'A place not yet found', target: null, w: ending ? 46 : 34, h: 34 };
  }
  const { title, sub: said } = namesOf(node);
  // The words already on the line drawn into the box (the choice taken) are not written again under its
  // title: the box would only repeat its own label. The spoken name keeps them, as a line has no name.
  const key = (t: string) =>
    plainText(t)
      .trim()
      .replace(/[.!?]$/, '');
  const onLine = points.moves.some((m) => m.to === node.id && key(m.text) === said);
  const sub = onLine ? '' : said;
  const lines = wrap(title, MAX_TEXT, (t) => measure(t, TEXT.title, true), 2);
  const widest = Math.max(...lines.map((l) => measure(l, TEXT.title, true)), sub ? measure(sub, TEXT.sub, false) : 0);
  const endingPad = node.kind === 'ending' ? 24 : 0;
  // The current place says so inside its own box: a tab above it would sit on the line's label.
  const here = base.current ? TEXT.here : 0;
  return {
    ...base,
    lines,
    sub,
    name: said ? `${title}: ${said}` : title,
    target: points.byGraphNode[node.id]?.[0] ?? null,
    w: Math.ceil(Math.max(widest + 2 * PAD_X + endingPad, node.kind === 'ending' ? 110 : 88)),
    h: 14 + here + lines.length * TEXT.line + (sub ? 14 : 0),
  };
}

/**
 * A place's name for the player, in the story's words: the scene, then what happened there (the
 * `# map:` tag of the choice that led there, else that choice's text; see explore-collector.ts).
 * Never a knot, stitch or variable name: a place with no scene is named by its choice alone.
 */
export function namesOf(node: GraphNode): { title: string; sub: string } {
  if (node.kind === 'ending') return { title: plainText(node.label), sub: 'Ending' };
  if (node.kind === 'dead-end') return { title: 'Dead end', sub: node.scene ?? '' };
  if (node.kind === 'error') return { title: 'Story error', sub: node.scene ?? '' };
  const words = plainText(node.label)
    .trim()
    .replace(/[.!?]$/, '');
  if (!node.scene) return { title: words || 'The beginning', sub: '' };
  return { title: node.scene, sub: words };
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
