/**
 * The shape of the build-time story report (made by src/authoring/story-report.ts
 * and loaded lazily by the player): the endings that can be reached, the
 * branch graph for the story map, and the knots an author can jump to.
 */
import type { GraphEdge, GraphNode } from './explore-report.ts';

export interface StoryReport {
  fingerprint: string;
  endings: { id: string; title: string }[];
  graph: { start: string | null; nodes: GraphNode[]; edges: GraphEdge[] };
  /** Knots and stitches an author can jump to (functions left out). */
  flows: string[];
  /** Whether exploration saw the whole story within its caps. */
  complete: boolean;
}
