import { describe, expect, it } from 'vitest';
import { foldRuns, linearRuns, type RunEdge, runId } from '../../../src/ui/map/story-map-runs';

/** `chain('a', 'b', 'c')` → a→b, b→c. */
const chain = (...ids: string[]): RunEdge[] => ids.slice(1).map((to, i) => ({ from: ids[i] ?? '', to }));
const nodesOf = (edges: RunEdge[]) => [...new Set(edges.flatMap((e) => [e.from, e.to]))];

describe('finding linear runs on the story map', () => {
  it('folds the places between a fork and a merge that each have one way in and one way out', () => {
    const edges = [...chain('fork', 'a', 'b', 'c', 'merge'), ...chain('fork', 'x', 'merge')];
    expect(linearRuns({ nodes: nodesOf(edges), edges })).toEqual([['a', 'b', 'c']]);
  });

  it('stops a run at a branch: a place with two ways out ends it', () => {
    const edges = [...chain('s', 'a', 'b', 'c', 'd', 'e'), ...chain('c', 'f')];
    expect(linearRuns({ nodes: nodesOf(edges), edges, minLength: 2 })).toEqual([['a', 'b']]);
  });

  it('stops a run at a merge: a place with two ways in starts a new one', () => {
    const edges = [...chain('s', 'a', 'b', 'c', 'd', 'e', 'f', 'end'), ...chain('s', 'x', 'd')];
    expect(linearRuns({ nodes: nodesOf(edges), edges })).toEqual([['a', 'b', 'c']]);
    expect(linearRuns({ nodes: nodesOf(edges), edges, minLength: 2 })).toEqual([
      ['a', 'b', 'c'],
      ['e', 'f'],
    ]);
  });

  it('counts parallel choices between the same two places as one way', () => {
    const edges = [...chain('s', 'a', 'b', 'c', 'end'), { from: 'a', to: 'b' }, { from: 'b', to: 'c' }];
    expect(linearRuns({ nodes: nodesOf(edges), edges })).toEqual([['a', 'b', 'c']]);
  });

  it('folds the chain that leads out of a hub and back into it, and keeps the hub', () => {
    const edges = [...chain('hub', 'a', 'b', 'c', 'hub'), ...chain('hub', 'end')];
    expect(linearRuns({ nodes: nodesOf(edges), edges })).toEqual([['a', 'b', 'c']]);
  });

  it('never folds a place that diverts to itself: the loop has to stay on the map', () => {
    const edges = [...chain('s', 'a', 'b', 'c', 'd', 'end'), { from: 'b', to: 'b' }];
    expect(linearRuns({ nodes: nodesOf(edges), edges, minLength: 2 })).toEqual([['c', 'd']]);
  });

  it('leaves a ring with no way into it whole, and returns without hanging', () => {
    const edges = chain('a', 'b', 'c', 'd', 'a');
    expect(linearRuns({ nodes: nodesOf(edges), edges })).toEqual([]);
  });

  it('folds a story that is one long chain into one run between its start and its ending', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const edges = chain(...ids, 'ending:one');
    const runs = linearRuns({ nodes: nodesOf(edges), edges, start: 'p0', keep: (id) => id.startsWith('ending:') });
    expect(runs).toEqual([ids]);
  });

  it('lets the start head a run, since its one way in is the beginning of the story', () => {
    const edges = [...chain('start', 'a', 'b', 'fork'), ...chain('fork', 'x'), ...chain('fork', 'y')];
    expect(linearRuns({ nodes: nodesOf(edges), edges, start: 'start' })).toEqual([['start', 'a', 'b']]);
  });

  it('does not fold a start that the story loops back to', () => {
    const edges = [...chain('start', 'a', 'b', 'c', 'start'), ...chain('c', 'end')];
    expect(linearRuns({ nodes: nodesOf(edges), edges, start: 'start', minLength: 2 })).toEqual([['a', 'b']]);
  });

  it('keeps where the reader stands out of any run, splitting the chain around it', () => {
    const edges = chain('s', 'a', 'b', 'c', 'here', 'd', 'e', 'f', 'g', 'end');
    const runs = linearRuns({ nodes: nodesOf(edges), edges, keep: (id) => id === 'here' || id === 'end' });
    expect(runs).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f', 'g'],
    ]);
  });

  it('leaves runs shorter than the fewest worth folding as they are', () => {
    const edges = chain('s', 'a', 'b', 'end');
    expect(linearRuns({ nodes: nodesOf(edges), edges, keep: (id) => id === 'end' })).toEqual([]);
  });

  it('ignores edges to places the map does not draw', () => {
    const edges = [...chain('s', 'a', 'b', 'c', 'end'), { from: 'b', to: 'gone' }];
    expect(linearRuns({ nodes: ['s', 'a', 'b', 'c', 'end'], edges })).toEqual([['a', 'b', 'c']]);
  });
});

describe('folding runs into one node', () => {
  const edges = [...chain('hub', 'a', 'b', 'c', 'hub'), ...chain('hub', 'end')];
  const runs = linearRuns({ nodes: nodesOf(edges), edges });
  const folded = foldRuns(runs, edges);

  it('draws every place of a run as the run, and the others as themselves', () => {
    expect(runId(['a', 'b', 'c'])).toBe('run:a');
    expect(['a', 'b', 'c', 'hub', 'end'].map(folded.drawnAs)).toEqual(['run:a', 'run:a', 'run:a', 'hub', 'end']);
  });

  it('keeps the lines into and out of a run, so a route still connects through it, and drops the ones inside', () => {
    expect(folded.edges).toEqual([
      { from: 'hub', to: 'run:a' },
      { from: 'run:a', to: 'hub' },
      { from: 'hub', to: 'end' },
    ]);
  });

  it('loses no place: every place is drawn as itself or as exactly one run', () => {
    const big = [...chain('s', ...Array.from({ length: 30 }, (_, i) => `p${i}`), 'hub'), ...chain('hub', 'q0', 'q1', 'q2', 's'), ...chain('hub', 'end')];
    const nodes = nodesOf(big);
    const found = linearRuns({ nodes, edges: big, start: 's' });
    const all = found.flat();
    expect(new Set(all).size).toBe(all.length);
    const drawn = new Set(nodes.map(foldRuns(found, big).drawnAs));
    expect(drawn).toEqual(new Set(['s', 'run:p0', 'hub', 'run:q0', 'end']));
  });
});
