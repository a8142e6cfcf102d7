/**
 * Issue 27, item 2: the consequence report (issue 26) on the flagship, explored
 * completely, finds nothing: every choice is answered, every write is read,
 * and every thread the story declares is remembered by every ending after it
 * is set. A deliberate `# no_consequence` would be listed as acknowledged; the
 * flagship has none. Since the report judges options against each other in
 * every state, it finds two merges on the first-shot menu: they are listed
 * here by name, as the next story round's work, so that any other finding
 * still fails; when that round answers them the list goes back to empty.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_MAX_STATES } from '../../src/authoring/story-report';
import type { ConsequenceFinding } from '../../src/engine/analysis/consequence-report';
import { exploreConsequences } from '../../src/engine/analysis/consequences';
import { compileFlagship } from './flagship-support';

/**
 * story/scenes/first_shot.ink's shot: with aim below 50 the centre and the legs lead to the same miss, wound
 * or freeze; with nerve below 40 the centre and the steady legs shot both freeze. The next story round's work.
 */
const FIRST_SHOT_MERGES = [
  'no-consequence first_shot.signal.0: Fire at the centre of him. | Try for his legs, though the sight will not hold still on anything that small.',
  'no-consequence first_shot.signal.0: Fire at the centre of him. | Drop the sight to his legs and fire there.',
];

describe("the consequence report on Kee's First Raid", () => {
  const report = exploreConsequences(compileFlagship(), { maxStates: REPORT_MAX_STATES });
  const consequences = report.consequences;

  it('is decided on every path, within the build-time report’s state cap', () => {
    expect(report.limits.complete).toBe(true);
    expect(consequences?.partial).toBe(false);
  });

  it('declares the threads the aftermath carries', () => {
    expect(consequences?.threads.sort()).toEqual(['bargained', 'finished_him', 'grey_seen', 'memory', 'ren_hurt', 'spared', 'walo_hurt', 'walo_took', 'worker_fate']);
  });

  it('finds no choice without consequence, no silent choice, no dead write and no dropped thread but the first-shot merges', () => {
    const named = (f: ConsequenceFinding) => ('options' in f ? `${f.rule} ${f.node}: ${f.options.join(' | ')}` : `${f.rule}: ${JSON.stringify(f)}`);
    expect(consequences?.findings.map(named)).toEqual(FIRST_SHOT_MERGES);
    expect(consequences?.counts).toEqual({ 'no-consequence': 2, unanswered: 0, 'dead-write': 0, 'dropped-thread': 0 });
  });
});
