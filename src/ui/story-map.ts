/**
 * The story map screen: the build-time branch graph of the story, laid out by
 * dagre, with the places this playthrough visited named and clickable (to
 * rewind there) and the rest shown as "?". The app imports this file lazily,
 * with its stylesheet and dagre, so the first passage pays nothing for it.
 */

import type { StoryReport } from '../engine/analysis/story-report';
import type { MapPoints } from '../engine/history/map-points';
import { h } from './dom';
import { layoutStoryMap, type PlacedNode } from './story-map-layout';
import { legend } from './story-map-legend';
import { attachPanZoom, type Box, type PanZoom } from './story-map-pan';
import { routeBox } from './story-map-route';
import { drawMap, svg } from './story-map-svg';
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
  const layout = layoutStoryMap({ report, points, seenKeys, measure: canvasMeasure() });
  const drawn = drawMap(layout, (node) => {
    if (node.target !== null) onPick(node.target);
  });
  const places = layout.nodes.filter((n) => n.kind !== 'dead-end' && n.kind !== 'error');
  const found = places.filter((n) => n.visited);
  const endings = places.filter((n) => n.kind === 'ending');
  const here = layout.nodes.find((n) => n.current) ?? null;
  const route = routeBox(layout.nodes);

  const frame = svg(
    'svg',
    {
      class: 'map-svg',
      'font-family': MAP_FONT,
      tabindex: 0,
      role: 'group',
      'aria-label': 'Story map. Drag or use the arrow keys to move around, the wheel or + and − to zoom, Tab to reach the places you have visited.',
    },
    drawn.defs,
    drawn.root,
  );
  const pan = attachPanZoom(frame, layout, (pz) => startView(pz, here, route));
  frame.addEventListener('focusin', (e) => {
    const node = e.target instanceof SVGGElement ? drawn.places.get(e.target) : undefined;
    if (node) pan.reveal(node);
  });

  const tool = (label: string, text: string, action: () => void) => {
    const b = h('button', { type: 'button', class: 'map-tool', 'aria-label': label, title: label }, text);
    b.addEventListener('click', action);
    return b;
  };
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
        tool('Fit your route: the places you have been, as many as can be read at once', 'Fit', () => fitRoute(pan, here, route)),
        here ? tool('Find me: show where you are', 'Find me', () => pan.focus(here)) : null,
      ),
    ),
    legend(seenKeys !== undefined),
  );
}

/** Opens on where the player stands: the route so far if it is readable at that size, else the current place up close. */
function startView(pz: PanZoom, here: PlacedNode | null, route: Box | null): void {
  fitRoute(pz, here, route);
  if (here && pz.scale() < 0.85) pz.focus(here);
}

/** Fit: the route at a readable size (story-map-route.ts), keeping where the reader stands in view; the whole map when there is no route yet. */
function fitRoute(pz: PanZoom, here: PlacedNode | null, route: Box | null): void {
  if (!route) {
    pz.fit();
    return;
  }
  pz.fitBox(route);
  if (here) pz.reveal(here);
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
