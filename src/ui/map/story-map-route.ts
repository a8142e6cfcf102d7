/**
 * What the map's Fit shows: the reader's route, not the whole story. With 60
 * places the whole map at window size shrinks every name below reading size;
 * the places the reader has been, with a margin that takes in the next
 * choices, stay readable, and the unvisited rest (drawn faint as "?") is a
 * zoom or a drag away.
 */
import type { PlacedNode } from './story-map-layout';
import type { Box } from './story-map-pan';

/** Room around the route, in map units: about one row of places and its choice labels. */
const MARGIN = 110;

/** The box (centre and size) around every visited place plus a margin; null when nothing is visited. */
export function routeBox(nodes: readonly PlacedNode[]): Box | null {
  const visited = nodes.filter((n) => n.visited);
  if (visited.length === 0) return null;
  const left = Math.min(...visited.map((n) => n.x - n.w / 2)) - MARGIN;
  const right = Math.max(...visited.map((n) => n.x + n.w / 2)) + MARGIN;
  const top = Math.min(...visited.map((n) => n.y - n.h / 2)) - MARGIN;
  const bottom = Math.max(...visited.map((n) => n.y + n.h / 2)) + MARGIN;
  return { x: (left + right) / 2, y: (top + bottom) / 2, w: right - left, h: bottom - top };
}
