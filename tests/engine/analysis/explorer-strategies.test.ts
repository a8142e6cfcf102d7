import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/engine/analysis/explorer';
import { compileFixture, compileGenerated } from '../../support/fixtures';

describe('the ways of saving and restoring states, and of ordering the walk', () => {
  const stories = {
    multi: compileFixture('explorer/multi/main.ink'),
    sensitive: compileFixture('explorer/sensitive.ink'),
    stats: compileFixture('stats.ink'),
    random: compileFixture('random.ink'),
    generated: compileGenerated({ knots: 6, endings: 3 }),
  };

  for (const [name, story] of Object.entries(stories)) {
    it(`agree on everything they find in the ${name} story`, () => {
      const options = { maxStates: 3000 };
      const fork = exploreStory(story, { ...options, strategy: 'fork' });
      expect(exploreStory(story, { ...options, strategy: 'json' })).toEqual(fork);
      expect(exploreStory(story, { ...options, strategy: 'replay' })).toEqual(fork);
    });
  }

  it('explore a generated story completely, reaching every choice but locked ones the stats never allow', () => {
    const report = exploreStory(compileGenerated({ knots: 9, endings: 3 }), { maxStates: 20000 });
    expect(report.limits.complete).toBe(true);
    expect(report.coverage.choices.total).toBeGreaterThan(40);
    expect(report.coverage.choices.unreached.every((c) => c.label.includes('Aim carefully'))).toBe(true);
    expect(report.deadEnds).toEqual([]);
  });

  it('find the same things whichever order the walk takes, once it is complete', () => {
    const summary = (order: 'depth' | 'breadth') => {
      const report = exploreStory(stories.sensitive, { order });
      return { complete: report.limits.complete, states: report.limits.states, endings: report.endings.map((e) => e.id).sort(), coverage: report.coverage };
    };
    expect(summary('breadth')).toEqual(summary('depth'));
  });

  it('give the same report for the same seed', () => {
    const capped = { maxStates: 300 };
    expect(exploreStory(stories.generated, capped)).toEqual(exploreStory(stories.generated, capped));
  });
});
