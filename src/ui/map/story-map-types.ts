/**
 * The shapes of a laid-out story map, shared by the layout (story-map-layout.ts),
 * the naming of places (story-map-names.ts) and the drawing (story-map-svg.ts).
 */
import type { GraphNode } from '../../engine/analysis/explore-report';

/** Width of a text in the given font size and weight. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  kind: GraphNode['kind'];
  visited: boolean;
  current: boolean;
  start: boolean;
  /** What the box says: the place's name when visited, '?' otherwise. */
  lines: string[];
  sub: string;
  /** The accessible name, e.g. "The Wait: boys". */
  name: string;
  /** The history node a click rewinds to, or null when the place was never visited. */
  target: number | null;
  /** Centre and size, in map units (1 unit = 1 CSS pixel at zoom 1). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** For a folded run: the places it holds, in story order. */
  run?: RunInfo;
}

export interface RunInfo {
  id: string;
  places: PlacedNode[];
  visited: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** 'path': taken on the way to where the player stands; 'taken': taken on another branch; 'seen': in an earlier playthrough. */
  state: 'path' | 'taken' | 'seen' | 'unknown';
  /** The texts of the choices the player took along this line (the others stay hidden). */
  texts: string[];
  points: Point[];
  label: { x: number; y: number; w: number; h: number; lines: string[] } | null;
}

export interface MapLayout {
  /** What is drawn: places, and folded runs in place of the places they hold. */
  nodes: PlacedNode[];
  /** Every place of the story, folded or not. */
  places: PlacedNode[];
  /** The ids of every run that could be folded, folded now or opened. */
  runs: string[];
  /** The box (centre and size) around each run the reader opened, so the map can show which places it held. */
  openedBoxes: { id: string; count: number; x: number; y: number; w: number; h: number }[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}
