/**
 * Pan and zoom for the story map, done by moving the SVG's viewBox
 * (story-map-view-box.ts, which keeps it from wandering off the map): the
 * views the map asks for by name (the whole map, a box of it, a place up
 * close, a place brought into view) and the reader's own hands
 * (story-map-gestures.ts: drag, pinch, wheel, keys). A resize (a phone turned
 * on its side) opens the view afresh while the reader has not moved it since
 * it opened or since Fit; once they have, the view keeps its scale.
 */
import { attachGestures } from './story-map-gestures';
import { createViewBox, READABLE, type ViewBox } from './story-map-view-box';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PanZoom {
  /** Screen pixels per map unit. */
  scale(): number;
  zoomBy(factor: number): void;
  /** Shows the whole map (at no more than the readable scale). */
  fit(): void;
  /** The scale at which the whole map fits the frame. */
  wholeScale(): number;
  /**
   * Shows a box of the map (centre and size) as large as fits, up to a little over reading size,
   * and never below the smallest size its text can be read at (a long route is then shown in part).
   */
  fitBox(box: Box): void;
  /** Centres on a box at a readable scale, zooming in if the view is too far out to read it. */
  focus(box: Box): void;
  /** Pans just enough to bring a box into view. */
  reveal(box: Box): void;
  /** Says whether the view is as Fit or the opening left it (a resize then opens it afresh), or set elsewhere on purpose. */
  settle(atRest: boolean): void;
}

/** The smallest scale Fit uses: the places' 13px names are drawn at 11 CSS px or more. */
export const LEGIBLE = 11 / 13;

export function attachPanZoom(frame: SVGSVGElement, map: { width: number; height: number }, first: (pz: PanZoom) => void): PanZoom {
  const view = createViewBox(frame, map);
  let started = false;
  // Until the reader moves the view themselves, a resize redoes the opening view rather than keep a stale one.
  let resting = true;
  const api: PanZoom = {
    ...viewMoves(view, map),
    scale: () => view.scale,
    settle: (atRest) => {
      resting = atRest;
    },
    zoomBy: (factor) => {
      resting = false;
      view.zoomAt(factor);
    },
  };
  attachGestures(frame, {
    view,
    moved: () => {
      resting = false;
    },
    fit: () => api.fit(),
  });
  new ResizeObserver(() => {
    if (frame.clientWidth === 0) return;
    if (started && !resting) return view.apply();
    started = true;
    first(api);
  }).observe(frame);
  view.apply();
  return api;
}

/** The views the map asks for by name: the whole map, a box of it, a place up close, a place brought into view. */
function viewMoves(view: ViewBox, map: { width: number; height: number }): Pick<PanZoom, 'fit' | 'wholeScale' | 'fitBox' | 'focus' | 'reveal'> {
  const show = (scale: number, cx: number, cy: number) => {
    Object.assign(view, { scale, cx, cy });
    view.apply();
  };
  return {
    wholeScale: () => view.fitScale(),
    fit: () => show(Math.min(view.fitScale(), READABLE * 1.2), map.width / 2, map.height / 2),
    fitBox(box) {
      const { w, h } = view.size();
      show(Math.max(Math.min(w / box.w, h / box.h, READABLE * 1.2), LEGIBLE), box.x, box.y);
    },
    // A phone shows more of the map at a slightly smaller size; the text stays above 11px.
    focus: (box) => show(Math.max(view.scale, view.size().w < 600 ? READABLE * 0.9 : READABLE), box.x, box.y),
    reveal(box) {
      const { w, h } = view.size();
      const vw = w / view.scale;
      const vh = h / view.scale;
      const margin = 24 / view.scale;
      const { cx, cy } = view;
      const dx = Math.max(0, box.x + box.w / 2 + margin - (cx + vw / 2)) - Math.max(0, cx - vw / 2 - (box.x - box.w / 2 - margin));
      const dy = Math.max(0, box.y + box.h / 2 + margin - (cy + vh / 2)) - Math.max(0, cy - vh / 2 - (box.y - box.h / 2 - margin));
      show(view.scale, cx + dx, cy + dy);
    },
  };
}
