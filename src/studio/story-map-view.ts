/**
 * The story map of the author's own story: the explorer's branch graph drawn
 * by the player's map view, by the player's rules. The route is the preview's
 * playthrough (its places named, where it stands marked), runs of one-way
 * places are folded, and Fit shows the route at a readable size, so a story
 * of a hundred places shows places rather than a web of lines. Choosing a
 * visited place rewinds the preview there. Loaded when first asked for.
 */
import type { ExploreReport } from '../engine/analysis/explore-report';
import { mapPoints } from '../engine/history/map-points';
import type { Game } from '../engine/play/game';
import { rewind } from '../engine/play/playthrough-ops';
import { createStoryMap } from '../ui/map/story-map';

export function storyMapView(report: ExploreReport, close: () => void, game: Game | null): HTMLElement {
  const start = report.graph.start;
  const points = game
    ? mapPoints(game.story(), game.session().seed, game.store.getState().history)
    : // No preview to follow (it has not started): the start is where the author stands.
      { byGraphNode: {}, current: start, visited: start ? [start] : [], takenChoices: [], pathChoices: [], moves: [], names: {} };
  return createStoryMap({
    report: {
      fingerprint: '',
      endings: report.endings.map((e) => ({ id: e.id, title: e.title })),
      graph: report.graph,
      flows: [],
      complete: report.limits.complete,
    },
    points,
    onPick: (id) => {
      if (!game) return;
      const r = rewind(game, id);
      if (!r.ok) game.store.setState({ notice: r.message });
      close();
    },
    close,
  });
}
