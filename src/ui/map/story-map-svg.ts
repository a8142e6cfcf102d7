/**
 * Draws a laid-out story map as SVG: lines with arrowheads, the text of the
 * choices the player took, and a box per place. Visited places are buttons
 * (Enter, Space or a click rewinds there); places not yet found are small
 * dimmed "?" marks with no name. A folded run is a stacked card that opens
 * (never rewinds) when chosen: which of its places to go back to is the
 * reader's choice once they can see them. Every string goes in as textContent, and all
 * colours come from story-map.css, so the themes and the CSP both hold.
 */
import { type MapLayout, type PlacedEdge, type PlacedNode, type Point, RUN_STACK, TEXT } from './story-map-layout';

const NS = 'http://www.w3.org/2000/svg';
let drawings = 0;

type Attrs = Record<string, string | number>;

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | null)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Drawn text is hidden from assistive tech: every place that matters carries its whole name in aria-label. */
function text(content: string, attrs: Attrs): SVGTextElement {
  const t = svg('text', { ...attrs, 'aria-hidden': 'true' });
  t.textContent = content;
  return t;
}

export interface DrawnMap {
  root: SVGGElement;
  defs: SVGDefsElement;
  /** The box (centre and size) of each drawn thing that takes focus, to bring it into view when it gets focus. */
  places: Map<SVGGElement, { x: number; y: number; w: number; h: number }>;
}

export interface MapActions {
  /** A visited place was chosen: rewind there (after asking). */
  pick(node: PlacedNode): void;
  /** A folded run was chosen: show each of its places. */
  open(node: PlacedNode): void;
  /** The group mark on an opened run was chosen: fold it again. */
  fold(runId: string): void;
}

export function drawMap(layout: MapLayout, actions: MapActions): DrawnMap {
  const id = `map${++drawings}`;
  const arrow = (state: PlacedEdge['state']) => `${id}-arrow-${state}`;
  const defs = svg(
    'defs',
    {},
    ...(['unknown', 'seen', 'taken', 'path'] as const).map((state) =>
      svg(
        'marker',
        { id: arrow(state), viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
        svg('path', { d: 'M0,1 L10,5 L0,9 z', class: `map-arrow is-${state}` }),
      ),
    ),
  );
  // Dim lines first, so the player's own route is drawn over them.
  const order = [...layout.edges].sort((a, b) => RANK[a.state] - RANK[b.state]);
  const lines = svg('g', { class: 'map-edges', 'aria-hidden': 'true' });
  const labels = svg('g', { class: 'map-edge-labels', 'aria-hidden': 'true' });
  for (const edge of order) {
    lines.append(svg('path', { d: curve(edge.points), class: `map-edge is-${edge.state}`, 'marker-end': `url(#${arrow(edge.state)})` }));
    const label = edge.label;
    if (!label) continue;
    const top = label.y - label.h / 2;
    labels.append(
      svg(
        'g',
        { class: `map-edge-label is-${edge.state}` },
        svg('rect', { x: label.x - label.w / 2, y: top, width: label.w, height: label.h, rx: 4 }),
        ...label.lines.map((line, i) => text(line, { x: label.x, y: top + 14 + i * 14, 'text-anchor': 'middle', 'font-size': TEXT.edge })),
      ),
    );
  }
  const places: DrawnMap['places'] = new Map();
  const boxes = svg('g', { class: 'map-nodes' });
  // Each "group again" mark goes just before its run's first place, so Tab meets it there.
  const marks = new Map<string, SVGGElement>();
  for (const box of layout.openedBoxes) {
    const mark = foldMark(box);
    marks.set(box.id.slice('run:'.length), mark);
    places.set(mark, { x: box.x - box.w / 2, y: box.y - box.h / 2, w: 30, h: 30 });
    activate(mark, () => actions.fold(box.id));
  }
  for (const node of layout.nodes) {
    const g = node.run ? drawRun(node) : drawNode(node);
    boxes.append(...[marks.get(node.id)].filter((m) => m !== undefined), g);
    if (!node.run && (node.target === null || node.current)) continue;
    places.set(g, node);
    activate(g, () => (node.run ? actions.open(node) : actions.pick(node)));
  }
  // Under everything: a faint outline round each opened run, so the places it held still read as one stretch.
  const outlines = svg(
    'g',
    { class: 'map-run-outlines', 'aria-hidden': 'true' },
    ...layout.openedBoxes.map((b) => svg('rect', { x: b.x - b.w / 2, y: b.y - b.h / 2, width: b.w, height: b.h, rx: 14, class: 'map-run-outline' })),
  );
  return { root: svg('g', { class: 'map-drawing' }, outlines, lines, labels, boxes), defs, places };
}

const RANK = { unknown: 0, seen: 1, taken: 2, path: 3 } as const;

/** A drawn button: a click, Enter or Space. */
function activate(g: SVGGElement, act: () => void): void {
  g.addEventListener('click', act);
  g.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    act();
  });
}

/** The round "−" on the top left corner of an opened run's outline, which groups the run again. */
function foldMark({ id, count, x, y, w, h }: MapLayout['openedBoxes'][number]): SVGGElement {
  const g = svg('g', {
    class: 'map-fold',
    'data-run': id,
    transform: `translate(${x - w / 2} ${y - h / 2})`,
    role: 'button',
    tabindex: 0,
    'aria-expanded': 'true',
    'aria-label': `Group these ${count} places in a row again`,
  });
  g.append(svg('circle', { r: 12, class: 'map-fold-ring' }), text('−', { x: 0, y: 5, 'text-anchor': 'middle', 'font-size': 16, class: 'map-fold-sign' }));
  return g;
}

function drawNode(node: PlacedNode): SVGGElement {
  const kind = node.kind === 'ending' ? 'is-ending' : node.kind === 'choice' ? 'is-choice' : 'is-problem';
  const state = node.current ? 'is-current' : node.visited ? 'is-visited' : 'is-unknown';
  const attrs: Attrs = { class: `map-node ${kind} ${state}`, transform: `translate(${node.x} ${node.y})`, 'data-node': node.id };
  if (node.current) Object.assign(attrs, { role: 'img', 'aria-label': `You are here: ${node.name}` });
  else if (node.target !== null) Object.assign(attrs, { role: 'button', tabindex: 0, 'aria-label': `Rewind to ${node.name}` });
  else attrs['aria-hidden'] = 'true';
  const g = svg('g', attrs, shape(node));
  if (!node.visited) {
    g.append(text('?', { x: 0, y: 5, 'text-anchor': 'middle', class: 'map-q', 'font-size': 15 }));
    return g;
  }
  const textHeight = (node.current ? TEXT.here : 0) + node.lines.length * TEXT.line + (node.sub ? 14 : 0);
  let y = -textHeight / 2 + 12;
  // Leading spaces below are not drawn, but keep the lines apart in the text the accessible name is checked against.
  if (node.current) {
    g.append(text('YOU ARE HERE', { x: 0, y: y - 1, 'text-anchor': 'middle', class: 'map-here', 'font-size': 9.5 }));
    y += TEXT.here;
  }
  for (const [i, line] of node.lines.entries()) {
    g.append(text(i > 0 ? ` ${line}` : line, { x: 0, y, 'text-anchor': 'middle', class: 'map-title', 'font-size': TEXT.title }));
    y += TEXT.line;
  }
  if (node.sub) g.append(text(` ${node.sub}`, { x: 0, y: y - 1, 'text-anchor': 'middle', class: 'map-sub', 'font-size': TEXT.sub }));
  return g;
}

/** A folded run: a card with a second one peeking out behind it, its names or its count, and what it holds in its accessible name. */
function drawRun(node: PlacedNode): SVGGElement {
  const state = node.visited ? 'is-visited' : 'is-unknown';
  const g = svg('g', {
    class: `map-node is-choice is-run ${state}`,
    transform: `translate(${node.x} ${node.y})`,
    'data-node': node.id,
    role: 'button',
    tabindex: 0,
    'aria-expanded': 'false',
    'aria-label': `${node.name}. Show each place.`,
  });
  const w = node.w - RUN_STACK;
  const h = node.h - RUN_STACK;
  const left = -node.w / 2;
  const top = -node.h / 2;
  g.append(
    svg('rect', { x: left + RUN_STACK, y: top + RUN_STACK, width: w, height: h, rx: 8, class: 'map-shape map-run-back' }),
    svg('rect', { x: left, y: top, width: w, height: h, rx: 8, class: 'map-shape' }),
  );
  const cx = left + w / 2;
  let y = top + h / 2 - (node.lines.length * TEXT.line + 14) / 2 + 12;
  for (const [i, line] of node.lines.entries()) {
    g.append(text(i > 0 ? ` ${line}` : line, { x: cx, y, 'text-anchor': 'middle', class: 'map-title', 'font-size': TEXT.title }));
    y += TEXT.line;
  }
  g.append(text(` ${node.sub}`, { x: cx, y: y - 1, 'text-anchor': 'middle', class: 'map-sub', 'font-size': TEXT.sub }));
  return g;
}

/** Choice points are rounded boxes, endings are long hexagons, places not yet found are small circles. */
function shape(node: PlacedNode): SVGElement {
  const w = node.w / 2;
  const h = node.h / 2;
  if (node.kind === 'ending') {
    const tip = Math.min(14, h);
    const pts = [`${-w},0`, `${-w + tip},${-h}`, `${w - tip},${-h}`, `${w},0`, `${w - tip},${h}`, `${-w + tip},${h}`];
    return svg('polygon', { points: pts.join(' '), class: 'map-shape' });
  }
  if (!node.visited) return svg('circle', { r: h, class: 'map-shape' });
  return svg('rect', { x: -w, y: -h, width: node.w, height: node.h, rx: 8, class: 'map-shape' });
}

/** A smooth line through dagre's points: straight ends, rounded bends. */
function curve(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M${f(first.x)},${f(first.y)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i];
    const q = rest[i + 1];
    if (!p || !q) continue;
    d += ` Q${f(p.x)},${f(p.y)} ${f((p.x + q.x) / 2)},${f((p.y + q.y) / 2)}`;
  }
  const last = rest.at(-1);
  if (last) d += ` L${f(last.x)},${f(last.y)}`;
  return d;
}
