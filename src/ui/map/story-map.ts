/**
 * The story map screen: the build-time branch graph of the story, laid out by
 * dagre, with the places this playthrough visited named and clickable (to
 * rewind there) and the rest shown as "?". Chains of one-way places are
 * folded into one card each, which opens when chosen; "Show every place"
 * opens or folds them all. The app imports this file lazily, with its
 * stylesheet and dagre, so the first passage pays nothing for it.
 */

import type { StoryReport } from '../../engine/analysis/story-report';
import type { MapPoints } from '../../engine/history/map-points';
import { actionButton, h } from '../dom';
import { layoutStoryMap, type PlacedNode } from './story-map-layout';
import { legend } from './story-map-legend';
import { attachPanZoom, type Box, LEGIBLE, type PanZoom } from './story-map-pan';
import { routeBox } from './story-map-route';
import { type DrawnMap, drawMap, svg } from './story-map-svg';
import './story-map.css';

const MAP_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface StoryMapOptions {
  report: StoryReport;
  points: MapPoints;
  /** Whether a choice (by key) was taken in any earlier playthrough. */
  seenKeys?: (key: string) => boolean;
  onPick(historyNodeId: number): void;
  close(): void;
}

export function createStoryMap({ report, points, seenKeys, onPick, close }: StoryMapOptions): HTMLElement {
  const measure = canvasMeasure();
  const opened = new Set<string>();
  let every = false;
  const lay = () => layoutStoryMap({ report, points, seenKeys, measure, fold: !every, opened });
  let layout = lay();
  const places = layout.places.filter((n) => n.kind !== 'dead-end' && n.kind !== 'error');
  const found = places.filter((n) => n.visited);
  const endings = places.filter((n) => n.kind === 'ending');
  const here = () => layout.nodes.find((n) => n.current) ?? null;
  // Where the reader stands is never folded, so it is in every layout (moved, not gone).
  const standing = here() !== null;
  // The pan reads the map's size live: opening a run lays the map out again at a new size.
  const size = { width: layout.width, height: layout.height };
  const status = h('p', { class: 'visually-hidden', role: 'status' });

  const frame = svg('svg', {
    class: 'map-svg',
    'font-family': MAP_FONT,
    tabindex: 0,
    role: 'group',
    'aria-label': 'Story map. Drag or use the arrow keys to move around, the wheel or + and − to zoom, Tab to reach the places you have visited.',
  });
  let drawn: DrawnMap | null = null;
  const draw = () => {
    drawn = drawMap(layout, {
      pick: (node) => {
        if (node.target !== null) onPick(node.target);
      },
      open: openRun,
      fold: foldRun,
    });
    frame.replaceChildren(drawn.defs, drawn.root);
    size.width = layout.width;
    size.height = layout.height;
  };
  draw();
  const pan = attachPanZoom(frame, size, (pz) => startView(pz, here(), routeBox(layout.nodes)));
  frame.addEventListener('focusin', (e) => {
    const node = e.target instanceof SVGGElement ? drawn?.places.get(e.target) : undefined;
    if (node) pan.reveal(node);
  });

  /** Opens one run where it stands: the view moves to its first place, and focus to the first one that can be chosen. */
  function openRun(node: PlacedNode): void {
    const run = node.run;
    if (!run) return;
    opened.add(run.id);
    layout = lay();
    draw();
    const first = layout.nodes.find((n) => n.id === run.places[0]?.id);
    if (first) pan.focus(first);
    pan.settle(false);
    const target = run.places.find((p) => p.target !== null && !p.current);
    const el = target ? frame.querySelector<SVGGElement>(`[data-node="${CSS.escape(target.id)}"]`) : null;
    (el ?? frame.querySelector<SVGGElement>(`.map-fold[data-run="${CSS.escape(run.id)}"]`) ?? frame).focus();
    status.textContent = `Showing each of the ${run.places.length} places. The − on the first one groups them again.`;
  }

  /** Groups an opened run again, and gives focus back to its card. */
  function foldRun(id: string): void {
    opened.delete(id);
    layout = lay();
    draw();
    const card = layout.nodes.find((n) => n.id === id);
    if (card) pan.reveal(card);
    pan.settle(false);
    frame.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"]`)?.focus();
    status.textContent = 'Grouped again.';
  }

  const tool = (label: string, text: string, action: () => void) => {
    const b = actionButton(text, action, { class: 'map-tool', 'aria-label': label, title: label });
    return b;
  };
  // Its visible words are its whole name, so speech input can say what it reads; the title says more.
  const toggle = layout.runs.length
    ? h(
        'button',
        { type: 'button', class: 'map-tool map-every', 'aria-pressed': 'false', title: 'Show every place, with places in a row ungrouped' },
        'All places',
      )
    : null;
  toggle?.addEventListener('click', () => {
    every = !every;
    opened.clear();
    layout = lay();
    draw();
    toggle.setAttribute('aria-pressed', String(every));
    fitRoute(pan, here(), routeBox(layout.nodes));
    pan.settle(true);
    status.textContent = every ? 'Showing every place.' : 'Places in a row are grouped again.';
  });
  const back = h('button', { type: 'button', class: 'quiet map-back', id: 'map-done' }, 'Back to the story');
  back.addEventListener('click', close);
  return h(
    'section',
    { class: 'screen map story-map', 'aria-labelledby': 'map-title' },
    h('div', { class: 'map-head' }, h('h1', { id: 'map-title' }, 'Story map'), back),
    h(
      'p',
      { class: 'map-summary' },
      `You have found ${found.length} of ${places.length} places and ${found.filter((n) => n.kind === 'ending').length} of ${endings.length} endings. `,
      found.length > 1 ? 'Choose a place you have been to go back there.' : 'Places you visit appear here.',
      layout.runs.length ? ' A stack is places in a row: choose it to see each.' : '',
    ),
    h(
      'div',
      { class: 'map-frame' },
      frame,
      h(
        'div',
        { class: 'map-tools' },
        tool('Zoom in', '+', () => pan.zoomBy(1.3)),
        tool('Zoom out', '−', () => pan.zoomBy(1 / 1.3)),
        tool('Fit: the whole map if its names can be read, else your route', 'Fit', () => {
          fitAgain(frame, pan, here(), routeBox(layout.nodes), (said) => {
            status.textContent = said;
          });
          pan.settle(true);
        }),
        standing
          ? tool('Find me: show where you are', 'Find me', () => {
              const at = here();
              if (at) pan.focus(at);
              pan.settle(false);
            })
          : null,
        toggle,
      ),
    ),
    status,
    legend(seenKeys !== undefined, layout.runs.length > 0),
  );
}

/** Opens on where the player stands: the route so far if it is readable at that size, else the current place up close. */
function startView(pz: PanZoom, here: PlacedNode | null, route: Box | null): void {
  fitRoute(pz, here, route);
  if (here && pz.scale() < LEGIBLE) pz.focus(here);
}

/**
 * Fit: the whole map when its names can still be read at that size (folding runs is what makes a 60-place
 * story fit); else the route at a readable size (story-map-route.ts), keeping where the reader stands in view.
 */
function fitRoute(pz: PanZoom, here: PlacedNode | null, route: Box | null): void {
  if (!route || pz.wholeScale() >= LEGIBLE) {
    pz.fit();
    return;
  }
  pz.fitBox(route);
  if (here) pz.reveal(here);
}

/**
 * Fit, pressed: always a change the reader can see. When the view already is what Fit would show (the map
 * opens that way on a desktop), it shows the other one (the route up close instead of the whole map, or the
 * reverse), but never a whole map whose names cannot be read (Fit's rule, which the studio's map shares);
 * when there is no other readable view, the frame flashes and says what is in view.
 */
function fitAgain(frame: SVGSVGElement, pz: PanZoom, here: PlacedNode | null, route: Box | null, say: (text: string) => void): void {
  const view = () => frame.getAttribute('viewBox');
  const before = view();
  const changed = (said: string) => {
    if (view() === before) return false;
    say(said);
    return true;
  };
  fitRoute(pz, here, route);
  if (changed('Fitted to the map.')) return;
  if (route) {
    pz.fitBox(route);
    if (here) pz.reveal(here);
    if (changed('Showing your route up close.')) return;
  }
  const readable = !route || pz.wholeScale() >= LEGIBLE;
  if (readable) {
    pz.fit();
    if (changed('Showing the whole map.')) return;
  }
  frame.classList.remove('is-fitted');
  // Restarted on every press: read a layout value between, so the animation begins again.
  void frame.getBoundingClientRect();
  frame.classList.add('is-fitted');
  say(readable ? 'The whole map is in view.' : 'Your route is in view; zoom out to see more of the map.');
}

/** Measures text with the same font the map draws in, so boxes fit their names. */
function canvasMeasure(): ((text: string, size: number, bold: boolean) => number) | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  return (text, size, bold) => {
    ctx.font = `${bold ? 600 : 400} ${size}px ${MAP_FONT}`;
    return ctx.measureText(text).width;
  };
}
