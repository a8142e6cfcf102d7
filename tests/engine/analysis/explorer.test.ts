import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/engine/analysis/explorer';
import { createSession } from '../../../src/engine/ink/story-session';
import { compileFixture } from '../../support/fixtures';

/** Replays a reported path in a fresh session and returns the tags of the last passage. */
function replay(story: string, seed: number, path: number[]) {
  const session = createSession(story, seed);
  let passage = session.continue();
  for (const index of path) passage = session.choose(index);
  return passage;
}

describe('exploring a story', () => {
  const multi = compileFixture('explorer/multi/main.ink');

  it('finds every ending of a story spread over INCLUDEd files, with a path that replays to it', () => {
    const report = exploreStory(multi);
    expect(report.endings.map((e) => e.id).sort()).toEqual(['hidden', 'stood']);
    for (const ending of report.endings) {
      const passage = replay(multi, ending.seed, ending.path);
      expect(passage.ended).toBe(true);
      expect(passage.paragraphs.at(-1)?.tags).toContain(`ending: ${ending.id}`);
    }
    expect(report.endings.find((e) => e.id === 'stood')?.title).toBe('Standing Tall');
  });

  it("records each declared stat's range at each ending", () => {
    const report = exploreStory(multi);
    // Hidden is reached straight away (nerve 40) or after climbing and crawling back (nerve 50).
    expect(report.endings.find((e) => e.id === 'hidden')?.stats).toEqual({ nerve: { min: 40, max: 50 } });
    expect(report.endings.find((e) => e.id === 'stood')?.stats).toEqual({ nerve: { min: 60, max: 60 } });
  });

  it('counts choice and knot coverage and names what was never reached', () => {
    const report = exploreStory(compileFixture('explorer/sensitive.ink'));
    expect(report.coverage.choices.total).toBe(14);
    expect(report.coverage.choices.reached).toBe(10);
    expect(report.coverage.choices.unreached.map((c) => c.label)).toContain('hide: Creep on.');
    expect(report.coverage.flows.unreached.map((f) => f.id).sort()).toEqual(['back_off', 'fall', 'hide', 'lit_yard']);
    expect(report.unreachedEndings).toEqual([{ id: 'fall', label: 'The Fall' }]);
  });

  it('counts a locked choice as covered once the player has seen it, and never takes it', () => {
    const report = exploreStory(compileFixture('stats.ink'));
    expect(report.coverage.choices).toMatchObject({ total: 5, reached: 5, unreached: [] });
    const lockedId = '0.g-0.c-3';
    expect(report.graph.edges.filter((e) => e.choice === lockedId)).toEqual([]);
    expect(report.graph.edges.map((e) => e.text)).toContain('Take the long shot.');
  });

  it('finishes a story that loops back on itself, because revisiting a state adds nothing', () => {
    const report = exploreStory(compileFixture('explorer/circle.ink'));
    expect(report.limits.complete).toBe(true);
    expect(report.limits.states).toBe(2);
    expect(report.endings.map((e) => e.id)).toEqual(['out']);
  });

  it('stops a story whose every lap is a new state at the caps, and says which cap', () => {
    const byStates = exploreStory(compileFixture('explorer/loop.ink'), { maxStates: 50 });
    expect(byStates.limits).toMatchObject({ complete: false, stoppedBy: 'maxStates', states: 50 });
    const byTurns = exploreStory(compileFixture('explorer/loop.ink'), { maxTurns: 30 });
    expect(byTurns.limits).toMatchObject({ complete: false, stoppedBy: 'maxTurns', turns: 30 });
    const byDepth = exploreStory(compileFixture('explorer/loop.ink'), { maxDepth: 5 });
    expect(byDepth.limits.complete).toBe(false);
    expect(byDepth.limits.cutOffByDepth).toBeGreaterThan(0);
    expect(byDepth.endings.find((e) => e.id === 'rested')?.path).toEqual([1]);
  });

  it('reports progress while it works, ending with the full count', () => {
    const seen: number[] = [];
    const report = exploreStory(compileFixture('explorer/loop.ink'), { maxStates: 600, maxDepth: 1000, onProgress: (p) => seen.push(p.turns) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(report.limits.turns);
  });
});
