import { describe, expect, it } from 'vitest';
import { exploreStory, hasProblems } from '../../../src/engine/analysis/explorer';
import { createSession } from '../../../src/engine/ink/story-session';
import { compileFixture } from '../../support/fixtures';

describe('what the explorer reports as problems', () => {
  it('calls an END without an ending tag a dead end, with the path to it and its last line', () => {
    const report = exploreStory(compileFixture('explorer/missing-ending.ink'));
    const untagged = report.deadEnds.find((d) => d.reason === 'no-ending-tag');
    expect(untagged).toMatchObject({ path: [1], lastText: 'A cliff, and nothing more.' });
    expect(hasProblems(report)).toBe(true);
  });

  it('calls running out of content a dead end too', () => {
    const report = exploreStory(compileFixture('runtime-error.ink'));
    expect(report.deadEnds).toHaveLength(1);
    expect(report.deadEnds[0]).toMatchObject({ reason: 'ran-out', path: [0, 0], lastText: 'The text runs out after this line.' });
    expect(report.errors).toEqual([]);
  });

  it('reports a runtime error with a choice path that reproduces it', () => {
    const story = compileFixture('explorer/tunnel-error.ink');
    const report = exploreStory(story);
    expect(report.errors).toHaveLength(1);
    const error = report.errors[0]!;
    expect(error.message).toMatch(/->->/);
    const session = createSession(story, error.seed);
    session.continue();
    let passage = session.continue();
    for (const index of error.path) passage = session.choose(index);
    expect(passage.error).toMatch(/->->/);
    expect(report.endings.map((e) => e.id)).toEqual(['alone']);
  });

  it('stops content that loops without ever offering a choice, and reports it as an error', () => {
    const report = exploreStory(compileFixture('explorer/text-loop.ink'), { maxStepsPerTurn: 5000 });
    expect(report.errors[0]).toMatchObject({ path: [0], lastText: 'Echo.' });
    expect(report.errors[0]?.message).toMatch(/loop without a choice/);
    // The explorer carries on after the runaway branch.
    expect(report.endings.map((e) => e.id)).toEqual(['gone']);
  });

  it('has nothing to complain about in a story where every path ends on a tagged ending', () => {
    const report = exploreStory(compileFixture('explorer/multi/main.ink'));
    expect(hasProblems(report)).toBe(false);
  });
});
