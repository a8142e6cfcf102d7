import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/engine/analysis/explorer';
import { choicePointOf, mapPoints } from '../../../src/engine/history/map-points';
import { rewind } from '../../../src/engine/play/playthrough-ops';
import { newGameFor } from '../../support/game';

const FIXTURE = 'map/branches.ink';

/** A game on the fixture, played from the start by choice texts; `from` rewinds first to make a side branch. */
function played(...runs: { from?: number; texts: string[] }[]) {
  const game = newGameFor(FIXTURE);
  game.newGame(7);
  for (const { from, texts } of runs) {
    if (from !== undefined) expect(rewind(game, from).ok).toBe(true);
    for (const text of texts) {
      const s = game.store.getState();
      const choice = s.choices.find((c) => c.text === text);
      if (!choice) throw new Error(`no choice '${text}' among ${s.choices.map((c) => c.text).join(' | ')}`);
      expect(game.choose(choice.index, s.turn)).toBe(true);
    }
  }
  return game;
}

const pointsOf = (game: ReturnType<typeof played>) => mapPoints(game.story(), game.session().seed, game.store.getState().history);
const graph = exploreStory(played().story()).graph;

describe('where the history stands on the story map', () => {
  it('names a choice point after the weave its choices sit in', () => {
    expect(choicePointOf('ridge.0.c-1')).toBe('ridge.0');
    expect(choicePointOf('camp.0.c-0.3.c-1')).toBe('camp.0.c-0.3');
  });

  it('puts every history node on a node of the explorer graph, and every taken choice on one of its edges', () => {
    const points = pointsOf(
      played(
        { texts: ['Check the rifle.', 'Put it away.', 'Wait a little longer.', 'Climb down.', 'Go left.'] },
        { from: 0, texts: ['Watch the road.', 'Go back to camp.', 'Watch the road.'] },
      ),
    );
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    for (const id of points.visited) expect(nodeIds).toContain(id);
    const edgeKeys = new Set(graph.edges.map((e) => e.choice));
    for (const key of points.takenChoices) expect(edgeKeys).toContain(key);
    expect(points.visited.sort()).toEqual(['camp.0', 'camp.0.c-0.3', 'ending:left', 'ridge.0', 'ridge.down.0']);
    expect(points.takenChoices).toHaveLength(7);
    for (const { from, to, choice } of points.moves) expect(graph.edges).toContainEqual(expect.objectContaining({ from, to, choice }));
    expect(points.moves.filter((m) => m.onPath).map((m) => m.text)).toEqual(['Watch the road.', 'Go back to camp.']);
  });

  it('agrees with the graph on where each choice leads', () => {
    const game = played({ texts: ['Check the rifle.', 'Check it again.', 'Wait a little longer.', 'Climb down.', 'Go right.'] });
    const tree = game.store.getState().history;
    const points = pointsOf(game);
    const standsAt = (id: number) => Object.entries(points.byGraphNode).find(([, ids]) => ids.includes(id))?.[0];
    for (let id = 1; id < tree.nextId; id++) {
      const parent = tree.nodes[id]?.parent ?? 0;
      const key = points.pathChoices[id - 1];
      expect(graph.edges).toContainEqual(expect.objectContaining({ from: standsAt(parent), to: standsAt(id), choice: key }));
    }
    expect(points.current).toBe('ending:right');
    expect(points.names['ending:right']).toBe('Right');
    expect(standsAt(0)).toBe(graph.start);
  });

  it('lists the history nodes at a point newest-on-the-current-path first, so a click rewinds to the right visit', () => {
    // Nodes 1, 2, 4 and 5 stand at ridge.0, and so does node 7 on a side branch from node 1.
    const game = played(
      { texts: ['Watch the road.', 'Wait a little longer.', 'Go back to camp.', 'Watch the road.', 'Wait a little longer.'] },
      { from: 1, texts: ['Go back to camp.', 'Watch the road.'] },
      { from: 4, texts: [] },
    );
    const points = pointsOf(game);
    expect(points.current).toBe('ridge.0');
    expect(points.byGraphNode['ridge.0']).toEqual([4, 2, 1, 7, 5]);
    expect(points.byGraphNode['camp.0']).toEqual([3, 0, 6]);
  });

  it('stands at the start before any choice', () => {
    const points = pointsOf(played());
    expect(points).toEqual({
      byGraphNode: { 'camp.0': [0] },
      current: 'camp.0',
      visited: ['camp.0'],
      takenChoices: [],
      pathChoices: [],
      moves: [],
      names: { 'camp.0': 'Camp' },
    });
  });
});
