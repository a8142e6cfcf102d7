import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/engine/analysis/explorer';
import { deadEndDiagnostics } from '../../../src/tooling/lint-dead-ends';
import { compileGenerated } from '../../support/fixtures';

describe('the explorer on a time budget', () => {
  const story = compileGenerated({ knots: 60 });

  it('stops when its time runs out and says so', () => {
    const report = exploreStory(story, { maxMillis: 0 });
    expect(report.limits).toMatchObject({ complete: false, stoppedBy: 'maxMillis' });
    expect(report.limits.turns).toBeLessThan(100);
  });

  it('leaves check a partial note that names the budget', () => {
    const report = exploreStory(story, { maxMillis: 0 });
    const [note] = deadEndDiagnostics(report, [], 'generated.ink').filter((d) => d.severity === 'info');
    expect(note?.message).toMatch(/^partial: stopped exploring after \d+ states and \d+ choices \(its 10 s budget ran out\)/);
  });
});
