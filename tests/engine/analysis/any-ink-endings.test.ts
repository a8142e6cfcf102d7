import { describe, expect, it } from 'vitest';
import { exploreStory, hasProblems } from '../../../src/engine/analysis/explorer';
import { createSession } from '../../../src/engine/ink/story-session';
import { endingNamed } from '../../../src/engine/ink/untagged-ending';
import { compileFixture } from '../../support/fixtures';

describe('stories that tag none of their endings', () => {
  it('count each knot that ends the story as an ending named after it', () => {
    const report = exploreStory(compileFixture('any-ink/untagged-endings.ink'));
    expect(report.endings.map((e) => [e.id, e.title]).sort()).toEqual([
      ['cliff_edge', 'Cliff edge'],
      ['village', 'Village'],
    ]);
    expect(hasProblems(report)).toBe(false);
  });

  it('give the player an ending card at a bare END, named after its knot', () => {
    const session = createSession(compileFixture('any-ink/untagged-endings.ink'), 1);
    session.continue();
    const passage = session.choose(1);
    expect(passage.ended).toBe(true);
    expect(passage.paragraphs.at(-1)?.tags).toEqual(['ending: cliff_edge', 'ending_title: Cliff edge']);
  });

  it('still call an untagged END a dead end in a story that tags its other endings', () => {
    const report = exploreStory(compileFixture('explorer/missing-ending.ink'));
    expect(report.deadEnds.map((d) => d.reason)).toContain('no-ending-tag');
  });

  it('name text outside any knot "end"', () => {
    expect(endingNamed('0')).toEqual({ id: 'end', title: 'End' });
  });
});

describe('a fallback choice in any position', () => {
  it('is explored without losing track of which choice is which', () => {
    const report = exploreStory(compileFixture('conformance/fallback-first.ink'));
    expect(report.errors).toEqual([]);
    expect(report.coverage.choices).toMatchObject({ reached: 2, total: 2 });
    expect(report.endings.map((e) => e.id)).toEqual(['outside']);
  });
});
