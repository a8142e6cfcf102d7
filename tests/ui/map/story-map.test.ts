import { describe, expect, it } from 'vitest';
import type { StoryReport } from '../../../src/engine/analysis/story-report';
import type { MapPoints } from '../../../src/engine/history/map-points';
import { layoutStoryMap, namesOf, type PlacedNode, wrap } from '../../../src/ui/map/story-map-layout';
import { routeBox } from '../../../src/ui/map/story-map-route';

const report: StoryReport = {
  fingerprint: 'test',
  endings: [{ id: 'left', title: 'Left' }],
  flows: [],
  complete: true,
  graph: {
    start: 'camp.0',
    nodes: [
      { id: 'camp.0', kind: 'choice', label: '', flow: 'camp', scene: 'Camp' },
      { id: 'ridge.watch.0', kind: 'choice', label: 'Climb.', flow: 'ridge.watch', scene: 'The Ridge' },
      { id: 'cave.0', kind: 'choice', label: 'Hide in the cave.', flow: 'cave', scene: null },
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
    // "Climb." is written on the line the reader took into it, so the box does not say it again; its name does.
    expect(node('ridge.watch.0')).toMatchObject({ visited: true, current: true, lines: ['The Ridge'], sub: '', name: 'The Ridge: Climb', target: 1 });
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

  it("names places in the story's words: the scene, then the map tag or the choice that led there, never a knot", () => {
    expect(namesOf({ id: 'camp.0.c-0.3', kind: 'choice', label: 'Check the rifle.', flow: 'camp', scene: 'Camp' })).toEqual({
      title: 'Camp',
      sub: 'Check the rifle',
    });
    // No scene: the choice's words alone, not the knot and stitch (the_wait.walo_asks) the place sits in.
    expect(namesOf({ id: 'the_wait.walo_asks.0', kind: 'choice', label: 'Ask Walo what he saw.', flow: 'the_wait.walo_asks', scene: null })).toEqual({
      title: 'Ask Walo what he saw',
      sub: '',
    });
    expect(namesOf({ id: 'camp.0', kind: 'choice', label: '', flow: 'camp', scene: null })).toEqual({ title: 'The beginning', sub: '' });
    // Inline markup in a choice is the reader's emphasis, not words to show.
    expect(namesOf({ id: 'ridge.0', kind: 'choice', label: 'Pick up the <b>lantern</b>', flow: 'ridge', scene: 'The Ridge' }).sub).toBe('Pick up the lantern');
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

describe('folding places in a row on the map', () => {
  // camp → hill → ridge → post → pass → fork, then two endings; the reader went to the pass and on to the fork.
  const row = ['hill.0', 'ridge.0', 'post.0', 'pass.0'];
  const chained: StoryReport = {
    ...report,
    endings: [],
    graph: {
      start: 'camp.0',
      nodes: [
        { id: 'camp.0', kind: 'choice', label: 'camp', flow: 'camp', scene: 'Camp' },
        ...row.map((id) => ({ id, kind: 'choice' as const, label: `${id.charAt(0).toUpperCase()}${id.slice(1, -2)}`, flow: id.slice(0, -2), scene: null })),
        { id: 'fork.0', kind: 'choice', label: 'fork', flow: 'fork', scene: 'The Fork' },
        { id: 'ending:a', kind: 'ending', label: 'A', flow: '', scene: null },
        { id: 'ending:b', kind: 'ending', label: 'B', flow: '', scene: null },
        { id: 'camp.1', kind: 'choice', label: 'camp', flow: 'camp', scene: 'Camp' },
      ],
      edges: [
        { from: 'camp.0', to: 'hill.0', choice: 'camp.0.c-0', text: 'Climb.' },
        { from: 'camp.0', to: 'camp.1', choice: 'camp.0.c-1', text: 'Wait.' },
        { from: 'camp.1', to: 'camp.0', choice: 'camp.1.c-0', text: 'Back.' },
        ...row.map((from, i) => ({ from, to: row[i + 1] ?? 'fork.0', choice: `${from}.c-0`, text: 'On.' })),
        { from: 'fork.0', to: 'ending:a', choice: 'fork.0.c-0', text: 'Left.' },
        { from: 'fork.0', to: 'ending:b', choice: 'fork.0.c-1', text: 'Right.' },
      ],
    },
  };
  const path = ['camp.0', ...row, 'fork.0'];
  const walked: MapPoints = {
    byGraphNode: Object.fromEntries(path.map((id, i) => [id, [i]])),
    current: 'fork.0',
    visited: path,
    takenChoices: [],
    pathChoices: [],
    moves: path.slice(1).map((to, i) => ({ from: path[i] ?? '', to, choice: `${path[i]}.c-0`, text: 'On.', onPath: true })),
    names: {},
  };
  const layout = layoutStoryMap({ report: chained, points: walked });

  it('draws four one-way places as one card that names the first and last and counts the rest', () => {
    const run = layout.nodes.find((n) => n.run);
    expect(run).toMatchObject({ id: 'run:hill.0', visited: true, target: null, lines: ['Hill → Pass'], sub: '4 places' });
    expect(run?.run?.places.map((p) => p.id)).toEqual(row);
    expect(run?.name).toBe('Hill → Pass, 4 places, in a row: Hill; Ridge; Post; Pass');
    for (const id of row) expect(layout.nodes.find((n) => n.id === id)).toBeUndefined();
  });

  it("runs the reader's route line into the card and out of it", () => {
    expect(layout.edges.find((e) => e.to === 'run:hill.0')).toMatchObject({ from: 'camp.0', state: 'path' });
    expect(layout.edges.find((e) => e.from === 'run:hill.0')).toMatchObject({ to: 'fork.0', state: 'path' });
    expect(layout.edges.some((e) => row.includes(e.from) || row.includes(e.to))).toBe(false);
  });

  it('keeps where the reader stands, the endings and a loop back to the start out of any card', () => {
    expect(layout.nodes.find((n) => n.id === 'fork.0')).toMatchObject({ current: true });
    expect(layout.nodes.filter((n) => n.kind === 'ending')).toHaveLength(2);
    expect(layout.nodes.find((n) => n.id === 'camp.1')).toBeDefined();
    expect(layout.places).toHaveLength(9);
  });

  it('shows each place of a run the reader opened, inside an outline, and every place when folding is off', () => {
    const opened = layoutStoryMap({ report: chained, points: walked, opened: new Set(['run:hill.0']) });
    expect(opened.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(row));
    expect(opened.runs).toEqual(['run:hill.0']);
    const [outline] = opened.openedBoxes;
    expect(outline).toMatchObject({ id: 'run:hill.0', count: 4 });
    for (const id of row) {
      const place = opened.nodes.find((n) => n.id === id);
      expect(
        Math.abs((place?.x ?? 0) - (outline?.x ?? 0)) * 2 <= (outline?.w ?? 0) && Math.abs((place?.y ?? 0) - (outline?.y ?? 0)) * 2 <= (outline?.h ?? 0),
      ).toBe(true);
    }
    expect(layoutStoryMap({ report: chained, points: walked, fold: false }).nodes).toHaveLength(9);
  });

  it('names no unvisited place on a card: a run not yet found only says how many places it holds', () => {
    const fresh = layoutStoryMap({ report: chained, points: { ...walked, current: 'camp.0', visited: ['camp.0'], moves: [], byGraphNode: { 'camp.0': [0] } } });
    expect(fresh.nodes.find((n) => n.run)).toMatchObject({
      visited: false,
      lines: ['4 places'],
      sub: 'not yet found',
      name: '4 places, not yet found, in a row',
    });
  });
});
