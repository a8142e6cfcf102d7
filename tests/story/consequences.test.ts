/**
 * Issue 27, item 2: the consequence report (issue 26) on the flagship, explored
 * completely, finds nothing: every choice is answered, every write is read,
 * and every thread the story declares is remembered by every ending after it
 * is set. A deliberate `# no_consequence` would be listed as acknowledged; the
 * flagship has none. The report judges options against each other in every
 * state, so the first-shot menu's centre and legs shots each have their own
 * freeze, wound and miss (story/scenes/first_shot.ink).
 */
import { describe, expect, it } from 'vitest';
import { REPORT_MAX_STATES } from '../../src/authoring/story-report';
import { exploreConsequences } from '../../src/engine/analysis/consequences';
import { compileFlagship } from './flagship-support';

describe("the consequence report on Kee's First Raid", () => {
  const report = exploreConsequences(compileFlagship(), { maxStates: REPORT_MAX_STATES });
  const consequences = report.consequences;

  it('is decided on every path, within the build-time report’s state cap', () => {
    expect(report.limits.complete).toBe(true);
    expect(consequences?.partial).toBe(false);
  });

  it('declares the threads the aftermath carries', () => {
    expect(consequences?.threads.sort()).toEqual([
      'bargained',
      'finished_him',
      'grey_seen',
      'memory',
      'ren_hurt',
      'spared',
      'walo_hurt',
      'walo_took',
      'worker_fate',
    ]);
  });

  it('finds no choice without consequence, no silent choice, no dead write and no dropped thread', () => {
    expect(consequences?.findings.map((f) => `${f.rule}: ${JSON.stringify(f)}`)).toEqual([]);
    expect(consequences?.counts).toEqual({ 'no-consequence': 0, unanswered: 0, 'dead-write': 0, 'dropped-thread': 0 });
  });
});
