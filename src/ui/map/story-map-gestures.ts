/**
 * The reader's hands on the story map's view (story-map-view-box.ts): drag or
 * one finger pans, two fingers or the wheel zoom around the pointer, arrow
 * keys pan and + / − / 0 zoom or fit. A press that moves less than a few
 * pixels stays a click, so a visited place can still be tapped on a phone.
 * Each gesture tells `moved` that the reader has taken the view over.
 */
import type { ViewBox } from './story-map-view-box';

/** How far (screen pixels) a press must travel before it is a drag rather than a click. */
const DRAG = 6;

export interface Hands {
  view: ViewBox;
  /** The reader moved the view themselves. */
  moved(): void;
  /** What 0 does: Fit. */
  fit(): void;
}

export function attachGestures(frame: SVGSVGElement, hands: Hands): void {
  attachPointers(frame, hands);
  attachWheel(frame, hands);
  attachKeys(frame, hands);
}

/** Drag to pan, pinch to zoom; the click that ends a drag is swallowed. */
function attachPointers(frame: SVGSVGElement, { view, moved }: Hands): void {
  const pointers = new Map<number, { x: number; y: number }>();
  let travelled = 0;
  let dragged = false;
  frame.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 1) {
      travelled = 0;
      dragged = false;
    }
  });
  frame.addEventListener('pointermove', (e) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const dx = e.clientX - last.x;
    const dy = e.clientY - last.y;
    if (pointers.size === 2) pinch(view, e, last, pointers);
    travelled += Math.hypot(dx, dy);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (!dragged && travelled < DRAG) return;
    if (!dragged) {
      dragged = true;
      // Capture only once it is a drag: capturing on press would steal the click from the place under the finger.
      frame.setPointerCapture(e.pointerId);
      frame.classList.add('is-dragging');
    }
    moved();
    if (pointers.size === 1) {
      view.cx -= dx / view.scale;
      view.cy -= dy / view.scale;
      view.apply();
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
}

/** Two fingers: zoom by how much farther apart they moved, around the point between them. */
function pinch(view: ViewBox, e: PointerEvent, last: { x: number; y: number }, pointers: ReadonlyMap<number, { x: number; y: number }>): void {
  const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
  if (!other) return;
  const before = Math.hypot(last.x - other.x, last.y - other.y);
  const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
  if (before > 0) view.zoomAt(after / before, (e.clientX + other.x) / 2, (e.clientY + other.y) / 2);
}

/** The wheel zooms around the pointer, by lines or pages as the device counts them. */
function attachWheel(frame: SVGSVGElement, { view, moved }: Hands): void {
  frame.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      moved();
      const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      view.zoomAt(Math.exp(-e.deltaY * lines * 0.0015), e.clientX, e.clientY);
    },
    { passive: false },
  );
}

/** Arrow keys pan by 60 screen pixels; + (or =) and − zoom; 0 fits. Keys with a modifier are the browser's. */
function attachKeys(frame: SVGSVGElement, { view, moved, fit }: Hands): void {
  frame.addEventListener('keydown', (e) => {
    const step = 60 / view.scale;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => (view.cx -= step),
      ArrowRight: () => (view.cx += step),
      ArrowUp: () => (view.cy -= step),
      ArrowDown: () => (view.cy += step),
      '+': () => view.zoomAt(1.25),
      '=': () => view.zoomAt(1.25),
      '-': () => view.zoomAt(0.8),
      '0': fit,
    };
    const act = keys[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    moved();
    act();
    view.apply();
  });
}
