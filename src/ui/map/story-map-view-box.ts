/**
 * What part of the story map the frame shows: a centre and a scale, written
 * to the SVG's viewBox. Every change goes through `apply`, which keeps the
 * scale within its limits and the map on screen, so no gesture or button of
 * story-map-pan.ts can leave the view lost off the map's edge.
 */

/** The scale (screen pixels per map unit) at which the map's 13px text reads comfortably. */
export const READABLE = 1;
const MAX_SCALE = 2.5;
/** How far (screen pixels) the view may be dragged past the map's edge. */
const SLACK = 48;

export interface ViewBox {
  /** Screen pixels per map unit. */
  scale: number;
  /** The map point at the frame's centre. */
  cx: number;
  cy: number;
  /** The frame's size in screen pixels (never 0, so a hidden frame divides safely). */
  size(): { w: number; h: number };
  /** The scale at which the whole map fits the frame. */
  fitScale(): number;
  /** Keeps the scale and centre in bounds and shows them. */
  apply(): void;
  /** Zooms by a factor, keeping the map point under a screen point (the frame's centre by default) where it is. */
  zoomAt(factor: number, clientX?: number, clientY?: number): void;
}

/** A view of `map` (its size read live: the map is laid out again when a run opens) in `frame`, centred, at reading scale. */
export function createViewBox(frame: SVGSVGElement, map: { width: number; height: number }): ViewBox {
  const view: ViewBox = {
    scale: READABLE,
    cx: map.width / 2,
    cy: map.height / 2,
    size: () => ({ w: frame.clientWidth || 1, h: frame.clientHeight || 1 }),
    fitScale() {
      const { w, h } = view.size();
      return Math.min(w / map.width, h / map.height);
    },
    apply() {
      const { w, h } = view.size();
      view.scale = limitScale(view, view.scale);
      const vw = w / view.scale;
      const vh = h / view.scale;
      // Keep the map on screen: a map smaller than the view stays centred, a larger one stops at its edges (plus a little slack).
      const slack = SLACK / view.scale;
      const clamp = (c: number, seen: number, total: number) => (seen >= total ? total / 2 : Math.min(total - seen / 2 + slack, Math.max(seen / 2 - slack, c)));
      view.cx = clamp(view.cx, vw, map.width);
      view.cy = clamp(view.cy, vh, map.height);
      frame.setAttribute('viewBox', `${view.cx - vw / 2} ${view.cy - vh / 2} ${vw} ${vh}`);
    },
    zoomAt(factor, clientX, clientY) {
      const r = frame.getBoundingClientRect();
      const px = clientX ?? r.left + r.width / 2;
      const py = clientY ?? r.top + r.height / 2;
      const { w, h } = view.size();
      // The map point under the screen point, before the zoom.
      const ax = view.cx + (px - r.left - w / 2) / view.scale;
      const ay = view.cy + (py - r.top - h / 2) / view.scale;
      view.scale = limitScale(view, view.scale * factor);
      view.cx = ax - (px - r.left - w / 2) / view.scale;
      view.cy = ay - (py - r.top - h / 2) / view.scale;
      view.apply();
    },
  };
  return view;
}

/** A scale within bounds: never past MAX_SCALE, and never so small that the map is a speck (a little under the whole map, at most half size). */
function limitScale(view: ViewBox, scale: number): number {
  const min = Math.min(view.fitScale() * 0.9, 0.5);
  return Math.min(MAX_SCALE, Math.max(min, scale));
}
