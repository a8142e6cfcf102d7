import { describe, expect, it } from 'vitest';
import { randomWalks } from '../../../src/engine/analysis/explorer';
import { createSession } from '../../../src/engine/ink/story-session';
import { compileFixture } from '../../support/fixtures';

describe('random playthroughs', () => {
  const story = compileFixture('explorer/multi/main.ink');

  it('give the same report for the same seed', () => {
    expect(randomWalks(story, { runs: 40, seed: 7 })).toEqual(randomWalks(story, { runs: 40, seed: 7 }));
  });

  it('take different routes for different seeds', () => {
    const routes = (seed: number) =>
      randomWalks(story, { runs: 5, seed })
        .endings.map((e) => `${e.id}:${e.count}`)
        .join(' ');
    const all = new Set([1, 2, 3, 4, 5, 6, 7, 8].map(routes));
    expect(all.size).toBeGreaterThan(1);
  });

  it('count how often each ending comes up, over all runs', () => {
    const report = randomWalks(story, { runs: 60, seed: 3 });
    expect(report.mode).toBe('random');
    expect(report.endings.reduce((sum, e) => sum + e.count, 0)).toBe(60);
    expect(report.endings.map((e) => e.id).sort()).toEqual(['hidden', 'stood']);
  });

  it('report paths that replay with the seed given beside them, even in a story that rolls dice', () => {
    const dice = compileFixture('random.ink');
    const report = randomWalks(dice, { runs: 3, seed: 11 });
    const ending = report.endings[0]!;
    const session = createSession(dice, ending.seed);
    session.continue();
    let passage = session.continue();
    for (const index of ending.path) passage = session.choose(index);
    expect(passage.paragraphs.at(-1)?.tags).toContain('ending: rolled');
  });

  it('cut a run off at maxTurns in a story that can loop forever', () => {
    const report = randomWalks(compileFixture('explorer/loop.ink'), { runs: 20, seed: 1, maxTurns: 3 });
    expect(report.limits.cutOffByDepth).toBeGreaterThan(0);
    expect(report.limits.complete).toBe(false);
    expect(report.endings[0]?.count ?? 0).toBeLessThan(20);
  });

  it('never take a locked choice', () => {
    const report = randomWalks(compileFixture('stats.ink'), { runs: 50, seed: 5 });
    expect(report.graph.edges.map((e) => e.choice)).not.toContain('0.g-0.c-3');
    expect(report.errors).toEqual([]);
  });
});
