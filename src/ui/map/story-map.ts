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
import { fitAgain, fitRoute } from './story-map-fit';
import { createMapFrame, type MapFrame } from './story-map-frame';
import type { MapLayout } from './story-map-layout';
import { legend } from './story-map-legend';
import { routeBox } from './story-map-route';
import './story-map.css';

export interface StoryMapOptions {
  report: StoryReport;
  points: MapPoints;
  /** Whether a choice (by key) was taken in any earlier playthrough. */
  seenKeys?: (key: string) => boolean;
  onPick(historyNodeId: number): void;
  close(): void;
}

export function createStoryMap({ report, points, seenKeys, onPick, close }: StoryMapOptions): HTMLElement {
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const say = (text: string) => {
    status.textContent = text;
  };
  const map = createMapFrame({ report, points, seenKeys, onPick, say });
  // The first layout: every layout holds the same places and runs, folded or not.
  const layout = map.layout();
  const back = h('button', { type: 'button', class: 'quiet map-back', id: 'map-done' }, 'Back to the story');
  back.addEventListener('click', close);
  return h(
    'section',
    { class: 'screen map story-map', 'aria-labelledby': 'map-title' },
    h('div', { class: 'map-head' }, h('h1', { id: 'map-title' }, 'Story map'), back),
    summary(layout),
    h('div', { class: 'map-frame' }, map.frame, mapTools(map, say)),
    status,
    legend(seenKeys !== undefined, layout.runs.length > 0),
  );
}

/** How much of the story the reader has found, and what a click on the map does. */
function summary(layout: MapLayout): HTMLElement {
  const places = layout.places.filter((n) => n.kind !== 'dead-end' && n.kind !== 'error');
  const found = places.filter((n) => n.visited);
  const endings = places.filter((n) => n.kind === 'ending');
  return h(
    'p',
    { class: 'map-summary' },
    `You have found ${found.length} of ${places.length} places and ${found.filter((n) => n.kind === 'ending').length} of ${endings.length} endings. `,
    found.length > 1 ? 'Choose a place you have been to go back there.' : 'Places you visit appear here.',
    layout.runs.length ? ' A stack is places in a row: choose it to see each.' : '',
  );
}

/** The buttons over the map: zoom, Fit, Find me (when the reader stands on the map) and All places (when it has runs). */
function mapTools(map: MapFrame, say: (text: string) => void): HTMLElement {
  const tool = (label: string, text: string, action: () => void) => actionButton(text, action, { class: 'map-tool', 'aria-label': label, title: label });
  return h(
    'div',
    { class: 'map-tools' },
    tool('Zoom in', '+', () => map.pan.zoomBy(1.3)),
    tool('Zoom out', '−', () => map.pan.zoomBy(1 / 1.3)),
    tool('Fit: the whole map if its names can be read, else your route', 'Fit', () => {
      fitAgain(map.frame, map.pan, map.here(), routeBox(map.layout().nodes), say);
      map.pan.settle(true);
    }),
    map.here() !== null
      ? tool('Find me: show where you are', 'Find me', () => {
          const at = map.here();
          if (at) map.pan.focus(at);
          map.pan.settle(false);
        })
      : null,
    map.layout().runs.length ? everyPlaceToggle(map, say) : null,
  );
}

/** "All places": opens every run, or folds them all again, and fits the map anew. */
function everyPlaceToggle(map: MapFrame, say: (text: string) => void): HTMLElement {
  // Its visible words are its whole name, so speech input can say what it reads; the title says more.
  const toggle = h(
    'button',
    { type: 'button', class: 'map-tool map-every', 'aria-pressed': 'false', title: 'Show every place, with places in a row ungrouped' },
    'All places',
  );
  toggle.addEventListener('click', () => {
    const every = !map.showsEvery();
    map.showEvery(every);
    toggle.setAttribute('aria-pressed', String(every));
    fitRoute(map.pan, map.here(), routeBox(map.layout().nodes));
    map.pan.settle(true);
    say(every ? 'Showing every place.' : 'Places in a row are grouped again.');
  });
  return toggle;
}
