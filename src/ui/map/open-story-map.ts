/**
 * Opens the story map screen: loads the build's report and the map's code,
 * works out where this run has been, and picks a point to rewind to (after
 * asking). The screen registry (screen-registry.ts) calls it when Map opens.
 */
import { mapPointsOf } from '../../engine/play/history-replays';
import { rewind } from '../../engine/play/playthrough-ops';
import { h } from '../dom';
import type { ScreenContext } from '../screen-types';

export async function openScreen({ deps, close }: ScreenContext): Promise<HTMLElement> {
  const { game } = deps;
  // The map's own chunk (dagre, the SVG) loads beside the report: tests/e2e/story-map-fit.test.ts loads it alone.
  const [report, { createStoryMap }] = await Promise.all([deps.loadReport(), import('./story-map')]);
  if (!report) return h('section', { class: 'screen map' }, h('p', {}, 'The story map could not be made for this story.'));
  const points = mapPointsOf(game);
  return createStoryMap({
    report,
    points,
    onPick: async (id: number) => {
      const { askRewind } = await import('../dialogs/rewind-question');
      if (!(await askRewind(game.store.getState().history, id))) return;
      const r = rewind(game, id);
      if (!r.ok) return game.store.setState({ notice: r.message });
      close();
    },
    close,
  });
}
