/**
 * Fit's rule for the story map, shared by the player's map and the studio's
 * (both draw with story-map.ts): the whole map when its names can still be
 * read, else the reader's route (story-map-route.ts) at a readable size with
 * where they stand in view. The map opens that way, and Fit pressed again
 * always shows a change, or says why there is none.
 */
import type { PlacedNode } from './story-map-layout';
import { type Box, LEGIBLE, type PanZoom } from './story-map-pan';

/** Opens on where the player stands: the route so far if it is readable at that size, else the current place up close. */
export function startView(pz: PanZoom, here: PlacedNode | null, route: Box | null): void {
  fitRoute(pz, here, route);
  if (here && pz.scale() < LEGIBLE) pz.focus(here);
}

/**
 * Fit: the whole map when its names can still be read at that size (folding runs is what makes a 60-place
 * story fit); else the route at a readable size (story-map-route.ts), keeping where the reader stands in view.
 */
export function fitRoute(pz: PanZoom, here: PlacedNode | null, route: Box | null): void {
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
export function fitAgain(frame: SVGSVGElement, pz: PanZoom, here: PlacedNode | null, route: Box | null, say: (text: string) => void): void {
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
