/**
 * Pan and zoom for the story map, done by moving the SVG's viewBox: drag or
 * one finger pans, the wheel or two fingers zoom around the pointer, arrow
 * keys and + / − work from the keyboard. A short drag still counts as a click,
 * so a visited place can be tapped on a phone. A resize (a phone turned on
 * its side) opens the view afresh while the reader has not moved it since it
 * opened or since Fit; once they have, the view keeps its scale. It cannot
 * wander off the map.
 */

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

/** The scale (screen pixels per map unit) at which the map's 13px text reads comfortably. */
const READABLE = 1;
const MAX_SCALE = 2.5;
/** The smallest scale Fit uses: the places' 13px names are drawn at 11 CSS px or more. */
export const LEGIBLE = 11 / 13;
const DRAG = 6;
/** How far (screen pixels) the view may be dragged past the map's edge. */
const SLACK = 48;

export function attachPanZoom(frame: SVGSVGElement, map: { width: number; height: number }, first: (pz: PanZoom) => void): PanZoom {
  let scale = READABLE;
  let cx = map.width / 2;
  let cy = map.height / 2;
  let started = false;
  // Until the reader moves the view themselves, a resize redoes the opening view rather than keep a stale one.
  let resting = true;
  const size = () => ({ w: frame.clientWidth || 1, h: frame.clientHeight || 1 });
  const fitScale = () => {
    const { w, h } = size();
    return Math.min(w / map.width, h / map.height);
  };
  const minScale = () => Math.min(fitScale() * 0.9, 0.5);

  const apply = () => {
    const { w, h } = size();
    scale = Math.min(MAX_SCALE, Math.max(minScale(), scale));
    const vw = w / scale;
    const vh = h / scale;
    // Keep the map on screen: a map smaller than the view stays centred, a larger one stops at its edges (plus a little slack).
    const slack = SLACK / scale;
    const clamp = (c: number, view: number, total: number) => (view >= total ? total / 2 : Math.min(total - view / 2 + slack, Math.max(view / 2 - slack, c)));
    cx = clamp(cx, vw, map.width);
    cy = clamp(cy, vh, map.height);
    frame.setAttribute('viewBox', `${cx - vw / 2} ${cy - vh / 2} ${vw} ${vh}`);
  };
  /** Map coordinates under a point of the screen. */
  const toMap = (clientX: number, clientY: number) => {
    const r = frame.getBoundingClientRect();
    const { w, h } = size();
    return { x: cx + (clientX - r.left - w / 2) / scale, y: cy + (clientY - r.top - h / 2) / scale };
  };
  const zoomAt = (factor: number, clientX?: number, clientY?: number) => {
    const r = frame.getBoundingClientRect();
    const px = clientX ?? r.left + r.width / 2;
    const py = clientY ?? r.top + r.height / 2;
    const anchor = toMap(px, py);
    scale = Math.min(MAX_SCALE, Math.max(minScale(), scale * factor));
    const { w, h } = size();
    cx = anchor.x - (px - r.left - w / 2) / scale;
    cy = anchor.y - (py - r.top - h / 2) / scale;
    apply();
  };

  const api: PanZoom = {
    scale: () => scale,
    settle: (atRest) => {
      resting = atRest;
    },
    wholeScale: () => fitScale(),
    zoomBy: (factor) => {
      resting = false;
      zoomAt(factor);
    },
    fit() {
      scale = Math.min(fitScale(), READABLE * 1.2);
      cx = map.width / 2;
      cy = map.height / 2;
      apply();
    },
    fitBox(box) {
      const { w, h } = size();
      scale = Math.max(Math.min(w / box.w, h / box.h, READABLE * 1.2), LEGIBLE);
      cx = box.x;
      cy = box.y;
      apply();
    },
    focus(box) {
      // A phone shows more of the map at a slightly smaller size; the text stays above 11px.
      scale = Math.max(scale, size().w < 600 ? READABLE * 0.9 : READABLE);
      cx = box.x;
      cy = box.y;
      apply();
    },
    reveal(box) {
      const { w, h } = size();
      const vw = w / scale;
      const vh = h / scale;
      const margin = 24 / scale;
      const dx = Math.max(0, box.x + box.w / 2 + margin - (cx + vw / 2)) - Math.max(0, cx - vw / 2 - (box.x - box.w / 2 - margin));
      const dy = Math.max(0, box.y + box.h / 2 + margin - (cy + vh / 2)) - Math.max(0, cy - vh / 2 - (box.y - box.h / 2 - margin));
      cx += dx;
      cy += dy;
      apply();
    },
  };

  const pointers = new Map<number, { x: number; y: number }>();
  let moved = 0;
  let dragged = false;
  frame.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 1) {
      moved = 0;
      dragged = false;
    }
  });
  frame.addEventListener('pointermove', (e) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const dx = e.clientX - last.x;
    const dy = e.clientY - last.y;
    if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        if (before > 0) zoomAt(after / before, (e.clientX + other.x) / 2, (e.clientY + other.y) / 2);
      }
    }
    moved += Math.hypot(dx, dy);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (!dragged && moved < DRAG) return;
    if (!dragged) {
      dragged = true;
      // Capture only once it is a drag: capturing on press would steal the click from the place under the finger.
      frame.setPointerCapture(e.pointerId);
      frame.classList.add('is-dragging');
    }
    resting = false;
    if (pointers.size === 1) {
      cx -= dx / scale;
      cy -= dy / scale;
      apply();
    }
  });
  const release = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (pointers.size === 0) frame.classList.remove('is-dragging');
  };
  frame.addEventListener('pointerup', release);
  frame.addEventListener('pointercancel', release);
  // A drag that ends over a place must not also rewind there.
  frame.addEventListener(
    'click',
    (e) => {
      if (!dragged) return;
      dragged = false;
      e.stopPropagation();
      e.preventDefault();
    },
    true,
  );
  frame.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      resting = false;
      const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      zoomAt(Math.exp(-e.deltaY * lines * 0.0015), e.clientX, e.clientY);
    },
    { passive: false },
  );
  frame.addEventListener('keydown', (e) => {
    const step = 60 / scale;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => (cx -= step),
      ArrowRight: () => (cx += step),
      ArrowUp: () => (cy -= step),
      ArrowDown: () => (cy += step),
      '+': () => zoomAt(1.25),
      '=': () => zoomAt(1.25),
      '-': () => zoomAt(0.8),
      '0': () => api.fit(),
    };
    const act = keys[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    resting = false;
    act();
    apply();
  });

  new ResizeObserver(() => {
    if (frame.clientWidth === 0) return;
    if (started && !resting) return apply();
    started = true;
    first(api);
  }).observe(frame);
  apply();
  return api;
}
