import { describe, expect, it } from 'vitest';
import type { StoryReport } from '../../src/engine/analysis/story-report';
import type { MapPoints } from '../../src/engine/history/map-points';
import { layoutStoryMap, namesOf, type PlacedNode, wrap } from '../../src/ui/story-map-layout';
import { routeBox } from '../../src/ui/story-map-route';

const report: StoryReport = {
  fingerprint: 'test',
  endings: [{ id: 'left', title: 'Left' }],
  flows: [],
  complete: true,
  graph: {
    start: 'camp.0',
    nodes: [
      { id: 'camp.0', kind: 'choice', label: 'camp · Camp', flow: 'camp', scene: 'Camp' },
      { id: 'ridge.watch.0', kind: 'choice', label: 'ridge.watch · The Ridge', flow: 'ridge.watch', scene: 'The Ridge' },
      { id: 'cave.0', kind: 'choice', label: 'cave', flow: 'cave', scene: null },
      { id: 'ending:left', kind: 'ending', label: 'Left', flow: '', scene: 'The Valley' },
    ],
    edges: [
      { from: 'camp.0', to: 'ridge.watch.0', choice: 'camp.0.c-0', text: 'Climb.' },
      { from: 'camp.0', to: 'ridge.watch.0', choice: 'camp.0.c-1', text: 'Climb quietly.' },
      { from: 'camp.0', to: 'cave.0', choice: 'camp.0.c-2', text: 'Hide in the cave.' },
      { from: 'ridge.watch.0', to: 'ending:left', choice: 'ridge.watch.0.c-0', text: 'Go left.' },
    ],
  },
};

const points: MapPoints = {
  byGraphNode: { 'camp.0': [0], 'ridge.watch.0': [1], 'ending:left': [2], 'hut.0': [3] },
  current: 'ridge.watch.0',
  visited: ['camp.0', 'ridge.watch.0', 'ending:left', 'hut.0'],
  takenChoices: ['camp.0.c-0', 'ridge.watch.0.c-0', 'ridge.watch.0.c-3'],
  pathChoices: ['camp.0.c-0'],
  moves: [
    { from: 'camp.0', to: 'ridge.watch.0', choice: 'camp.0.c-0', text: 'Climb.', onPath: true },
    { from: 'ridge.watch.0', to: 'ending:left', choice: 'ridge.watch.0.c-0', text: 'Go left.', onPath: false },
    { from: 'ridge.watch.0', to: 'hut.0', choice: 'ridge.watch.0.c-3', text: 'Find the hut.', onPath: false },
  ],
  names: { 'camp.0': 'Camp', 'ridge.watch.0': 'The Ridge', 'ending:left': 'Left', 'hut.0': 'The Hut' },
};

describe('laying out the story map', () => {
  const layout = layoutStoryMap({ report, points });
  const node = (id: string) => layout.nodes.find((n) => n.id === id);

  it('names the places the player visited and hides the rest behind a "?"', () => {
    expect(node('ridge.watch.0')).toMatchObject({ visited: true, current: true, lines: ['The Ridge'], sub: 'Watch', target: 1 });
    expect(node('cave.0')).toMatchObject({ visited: false, lines: ['?'], sub: '', target: null });
    expect(node('ending:left')).toMatchObject({ kind: 'ending', lines: ['Left'], target: 2 });
  });

  it('draws a place the capped report missed, from what the history saw there', () => {
    expect(node('hut.0')).toMatchObject({ visited: true, lines: ['The Hut'], target: 3 });
    expect(layout.edges.find((e) => e.to === 'hut.0')?.state).toBe('taken');
  });

  it('merges parallel choices into one line and shows only the text of choices taken', () => {
    const climb = layout.edges.filter((e) => e.from === 'camp.0' && e.to === 'ridge.watch.0');
    expect(climb).toHaveLength(1);
    expect(climb[0]).toMatchObject({ state: 'path', texts: ['Climb.'] });
    expect(climb[0]?.label?.lines).toEqual(['Climb.']);
    expect(layout.edges.find((e) => e.to === 'cave.0')).toMatchObject({ state: 'unknown', texts: [], label: null });
  });

  it('marks choices taken in earlier playthroughs when told which', () => {
    const seen = layoutStoryMap({ report, points, seenKeys: (key) => key === 'camp.0.c-2' });
    expect(seen.edges.find((e) => e.to === 'cave.0')?.state).toBe('seen');
  });

  it('places every box without overlaps, top to bottom from the start', () => {
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) * 2 >= a.w + b.w || Math.abs(a.y - b.y) * 2 >= a.h + b.h;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    expect(node('camp.0')?.y).toBeLessThan(node('ridge.watch.0')?.y ?? 0);
    expect(layout.width).toBeGreaterThan(0);
    for (const e of layout.edges) expect(e.points.length).toBeGreaterThan(1);
  });

  it('names places for players: scene first, then the stitch or the choice they follow', () => {
    expect(namesOf({ id: 'camp.0.c-0.3', kind: 'choice', label: 'camp › Check the rifle. · Camp', flow: 'camp', scene: 'Camp' })).toEqual({
      title: 'Camp',
      sub: 'after “Check the rifle”',
    });
    expect(namesOf({ id: 'the_wait.walo_asks.0', kind: 'choice', label: 'the_wait.walo_asks', flow: 'the_wait.walo_asks', scene: null })).toEqual({
      title: 'The wait',
      sub: 'Walo asks',
    });
  });

  it('wraps long choice texts to two lines with an ellipsis', () => {
    const lines = wrap('Press her palm flat against the moss until it stops shaking.', 100, (t) => t.length * 6, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe("the map's Fit", () => {
  const node = (id: string, x: number, y: number, visited: boolean): PlacedNode => ({
    id,
    kind: 'choice',
    visited,
    current: false,
    start: false,
    lines: [],
    sub: '',
    name: id,
    target: visited ? 1 : null,
    x,
    y,
    w: 100,
    h: 40,
  });

  it('frames the places the reader has been, with room for the next choices, and leaves far unvisited places out', () => {
    const box = routeBox([node('a', 100, 50, true), node('b', 300, 250, true), node('far', 2000, 4000, false)]);
    expect(box).toEqual({ x: 200, y: 150, w: 520, h: 460 });
  });

  it('has no route to frame before any place is visited', () => {
    expect(routeBox([node('a', 0, 0, false)])).toBeNull();
  });
});
