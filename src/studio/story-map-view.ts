/**
 * The story map of the author's own story: the explorer's branch graph drawn
 * by the player's map view, with every place named (an author may see it all,
 * where a reader sees only where they have been). Loaded when first asked for.
 */
import type { ExploreReport } from '../engine/analysis/explore-report';
import type { MapPoints } from '../engine/history/map-points';
import { createStoryMap } from '../ui/map/story-map';

export function storyMapView(report: ExploreReport, close: () => void): HTMLElement {
  const nodes = report.graph.nodes.map((n) => n.id);
  const points: MapPoints = {
    byGraphNode: {},
    current: null,
    visited: nodes,
    takenChoices: [],
    pathChoices: [],
    moves: [],
    names: Object.fromEntries(report.graph.nodes.map((n) => [n.id, n.label])),
  };
  return createStoryMap({
    report: {
      fingerprint: '',
      endings: report.endings.map((e) => ({ id: e.id, title: e.title })),
      graph: report.graph,
      flows: [],
      complete: report.limits.complete,
    },
    points,
    seenKeys: () => true,
    onPick: () => {},
    close,
  });
}
