/**
 * The story map's frame: the SVG with the laid-out map drawn in it, with pan
 * and zoom on it, opening on the reader's route. Opening a folded run, folding
 * it again or showing every place lays the map out anew at its new size and
 * draws it again; the view and focus follow the run that changed, and a
 * sentence says what happened for those who cannot see it.
 */
import type { StoryReport } from '../../engine/analysis/story-report';
import type { MapPoints } from '../../engine/history/map-points';
import { startView } from './story-map-fit';
import { layoutStoryMap, type MapLayout, type PlacedNode } from './story-map-layout';
import { attachPanZoom, type PanZoom } from './story-map-pan';
import { routeBox } from './story-map-route';
import { type DrawnMap, drawMap, svg } from './story-map-svg';

const MAP_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface FrameInput {
  report: StoryReport;
  points: MapPoints;
  seenKeys?: ((key: string) => boolean) | undefined;
  onPick(historyNodeId: number): void;
  /** Says a sentence to assistive tech (the screen's status line). */
  say(text: string): void;
}

export interface MapFrame {
  frame: SVGSVGElement;
  pan: PanZoom;
  /** The layout drawn now. */
  layout(): MapLayout;
  /** Where the reader stands in the layout drawn now: never folded, so in every layout (moved, not gone). */
  here(): PlacedNode | null;
  /** Whether every place is shown, with no run folded. */
  showsEvery(): boolean;
  /** Shows every place, or folds the runs again; either way the runs opened one by one close. */
  showEvery(every: boolean): void;
}

/** What the frame's runs need of it once drawn: laid out and drawn again, focus and view moved, a sentence said. */
interface LiveMap extends MapFrame {
  opened: Set<string>;
  redraw(): void;
  say(text: string): void;
}

export function createMapFrame({ report, points, seenKeys, onPick, say }: FrameInput): MapFrame {
  const measure = canvasMeasure();
  const opened = new Set<string>();
  let every = false;
  const lay = () => layoutStoryMap({ report, points, seenKeys, measure, fold: !every, opened });
  let layout = lay();
  // The pan reads the map's size live: opening a run lays the map out again at a new size.
  const size = { width: layout.width, height: layout.height };
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
      open: (node) => openRun(live, node),
      fold: (id) => foldRun(live, id),
    });
    frame.replaceChildren(drawn.defs, drawn.root);
    size.width = layout.width;
    size.height = layout.height;
  };
  draw();
  const here = () => layout.nodes.find((n) => n.current) ?? null;
  const pan = attachPanZoom(frame, size, (pz) => startView(pz, here(), routeBox(layout.nodes)));
  frame.addEventListener('focusin', (e) => {
    const node = e.target instanceof SVGGElement ? drawn?.places.get(e.target) : undefined;
    if (node) pan.reveal(node);
  });
  const live: LiveMap = {
    frame,
    pan,
    opened,
    say,
    layout: () => layout,
    here,
    redraw: () => {
      layout = lay();
      draw();
    },
    showsEvery: () => every,
    showEvery: (on) => {
      every = on;
      opened.clear();
      live.redraw();
    },
  };
  return live;
}

/** Opens one run where it stands: the view moves to its first place, and focus to the first one that can be chosen. */
function openRun(map: LiveMap, node: PlacedNode): void {
  const run = node.run;
  if (!run) return;
  map.opened.add(run.id);
  map.redraw();
  const first = map.layout().nodes.find((n) => n.id === run.places[0]?.id);
  if (first) map.pan.focus(first);
  map.pan.settle(false);
  const target = run.places.find((p) => p.target !== null && !p.current);
  const el = target ? map.frame.querySelector<SVGGElement>(`[data-node="${CSS.escape(target.id)}"]`) : null;
  (el ?? map.frame.querySelector<SVGGElement>(`.map-fold[data-run="${CSS.escape(run.id)}"]`) ?? map.frame).focus();
  map.say(`Showing each of the ${run.places.length} places. The − on the first one groups them again.`);
}

/** Groups an opened run again, and gives focus back to its card. */
function foldRun(map: LiveMap, id: string): void {
  map.opened.delete(id);
  map.redraw();
  const card = map.layout().nodes.find((n) => n.id === id);
  if (card) map.pan.reveal(card);
  map.pan.settle(false);
  map.frame.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"]`)?.focus();
  map.say('Grouped again.');
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
