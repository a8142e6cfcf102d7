/**
 * Issue 27: a hook the story plants must be answered on every run that plants
 * it, after the moment it hangs on. A fresh editor found the ridge's bargain
 * ("let me do this one thing") answered only where Kee then killed; on the
 * runs where the shot went to Walo, was spared or never fired, the promise
 * was never mentioned again. Each hook here names the line that plants it,
 * the moment that settles it, and the words that can answer it, and is
 * checked across seeded playthroughs so every route that plants it is held
 * to it, not the one route an editor happened to read.
 */
import { describe, expect, it } from 'vitest';
import { compileFlagship, type Playthrough, playRandomly } from './flagship-support';

const RUNS = 1200;

interface Hook {
  /** The line that plants the hook. */
  planted: RegExp;
  /** The first line after the plant by which the hook's outcome is decided; the answer must come after it. */
  settled: RegExp;
  /** Words that answer it. */
  answer: RegExp;
}

const HOOKS: Record<string, Hook> = {
  "the ridge's bargain with the Prophets": {
    planted: /I will sit in the shrine tent every evening for a year/,
    settled: /^It came as a sound so small|^She hooked her finger round the trigger/,
    answer: /bargain|promised the Prophets|year of evenings|year of kneeling|year she had offered|between her and the Prophets/,
  },
};

/** Where a run leaves a hook unanswered, or null when it never planted it or answered it. */
function unanswered(run: Playthrough, hook: Hook): string | null {
  const planted = run.lines.findIndex((line) => hook.planted.test(line));
  if (planted < 0) return null;
  const settled = run.lines.findIndex((line, i) => i > planted && hook.settled.test(line));
  if (settled < 0) return `planted at line ${planted}, never settled (ending ${run.ending})`;
  if (run.lines.slice(settled + 1).some((line) => hook.answer.test(line))) return null;
  return `planted at line ${planted}, settled at ${settled}, not answered by the ending ${run.ending}`;
}

describe('hooks the story plants', () => {
  const json = compileFlagship();
  const runs = Array.from({ length: RUNS }, (_, i) => playRandomly(json, i + 1));

  for (const [name, hook] of Object.entries(HOOKS)) {
    it(`answer ${name} on every run that plants it`, () => {
      const planting = runs.filter((run) => hook.planted.test(run.lines.join('\n')));
      expect(planting.length, 'some seeded run plants it').toBeGreaterThan(20);
      const misses = runs.map((run, i) => ({ seed: i + 1, why: unanswered(run, hook) })).filter((m) => m.why);
      expect(misses.slice(0, 5)).toEqual([]);
    });
  }
});
