/**
 * Issue 27: continuity a fresh editor caught, checked across many seeded
 * playthroughs so the whole class is found, not one line. Each probe pairs a
 * later claim with the earlier text that must have been shown for it to be
 * true: who answered the comm for Kee, where the walker fell, and the chase's
 * daylight (no lamps or noon sun between the blast and nightfall); that the
 * closings keep time in order; and that a callback comes back once a run, not
 * three times.
 */
import { describe, expect, it } from 'vitest';
import { compileFlagship, type Playthrough, playRandomly } from './flagship-support';

const RUNS = 1500;

interface Claim {
  says: RegExp;
  needs: (run: Playthrough) => boolean;
  /** False for a guard no route reaches today: where Walo did not answer for her Ren is hurt, and the story goes to other endings. */
  reached?: false;
}

const shown = (run: Playthrough, pattern: RegExp) => run.lines.some((line) => pattern.test(line));

const CLAIMS: Record<string, Claim> = {
  'Walo answered the comm for her': {
    says: /Walo had answered for her/,
    needs: (run) => shown(run, /"Both here," said Walo, and that was Kee counted too/),
  },
  'she kept her own name off the comm': {
    says: /the comm had waited for her own name|never said her own name into the comm/,
    needs: (run) => !shown(run, /"Kee here,"|"K\. Kee\. I'm here\."/),
    reached: false,
  },
  'she answered the comm herself': {
    says: /answered for herself, and been proud|said her own name into the comm|heard you on the comm/,
    needs: (run) => shown(run, /"Kee here,"|"K\. Kee\. I'm here\."/),
  },
  'she prayed for the man with the water cans': {
    says: /the man with the water cans, the guard in the sun/,
    needs: (run) => !shown(run, /limped away down the road/),
  },
  'the walker fell behind the crates': {
    says: /the crates, and what lay still behind them/,
    needs: (run) => shown(run, /behind the cargo crates/),
  },
};

/** The chase's daylight: from the mast's fall to full dark at the split rock. */
function chaseByDay(run: Playthrough): string[] {
  const start = run.lines.findIndex((line) => line.includes('The siren had died with the mast'));
  if (start < 0) return [];
  const dark = run.lines.findIndex((line, i) => i > start && /full dark|The light went/.test(line));
  return run.lines.slice(start, dark < 0 ? undefined : dark);
}

/**
 * How far past the raid a closing line stands, for the lines that anchor time
 * ("On the fourth day", "A month later"). A closing may look back, but its
 * anchors must not run backwards: the fourth day of walking cannot follow the
 * first month in the new cave.
 */
const TIME_ANCHORS: { days: number; pattern: RegExp }[] = [
  { days: 4, pattern: /\b(On the fourth day|Four days (after|later))\b/ },
  { days: 7, pattern: /\b(Within the week|A week later|the end of that week)\b/ },
  { days: 14, pattern: /\bTwo weeks later\b/ },
  { days: 30, pattern: /\b(In her first month|A month later|Weeks later|weeks afterwards)\b/ },
];

/** Each pair of anchors in a run where the later line stands earlier in time. */
function timeRunsBackwards(run: Playthrough): string[] {
  let latest = { days: 0, line: '' };
  const wrong: string[] = [];
  for (const line of run.lines) {
    const anchor = TIME_ANCHORS.find((a) => a.pattern.test(line));
    if (!anchor) continue;
    if (anchor.days < latest.days) wrong.push(`${latest.line.slice(0, 40)}… then ${line.slice(0, 40)}…`);
    else latest = { days: anchor.days, line };
  }
  return wrong;
}

/** Callbacks a run may make once (or twice), not three times: the memory, Dukat's habit, the bargain's year. */
const CALLBACKS: { name: string; pattern: RegExp; most: number }[] = [
  { name: 'picturing the boys', pattern: /had pictured|imagining Teeg|rehearsed telling them/, most: 1 },
  { name: "Dukat's habit", pattern: /\b[Hh]e always (does|did)|What he always does/, most: 1 },
  { name: 'the year of evenings', pattern: /year of evenings|evenings of her year/, most: 2 },
  { name: 'her father named in the rows', pattern: /father's (was the third )?name|padd read out her father/, most: 1 },
  { name: 'a line ending on "kept"', pattern: /\bkept( (him|her|them|it))?( anyway)?\.$/, most: 1 },
  { name: '"the way" similes', pattern: /\bthe way (you|he|she|a|an|grown|Ren|Oardoli|people|they|it)\b/, most: 8 },
  { name: 'what Ren taught her', pattern: /\bRen had (taught|made|drilled|told|shouted)\b|\bRen taught her\b/, most: 3 },
];

describe('continuity across playthroughs of the flagship', () => {
  const json = compileFlagship();
  const runs = Array.from({ length: RUNS }, (_, seed) => playRandomly(json, seed + 1));

  for (const [name, claim] of Object.entries(CLAIMS)) {
    it(`says ${name} only on runs where that happened`, () => {
      const wrong = runs.filter((run) => shown(run, claim.says) && !claim.needs(run));
      expect(wrong.length).toBe(0);
      if (claim.reached !== false) expect(runs.some((run) => shown(run, claim.says))).toBe(true);
    });
  }

  it('never lets a closing run backwards in time', () => {
    expect(runs.flatMap(timeRunsBackwards)).toEqual([]);
    expect(runs.some((run) => run.lines.some((line) => /In her first month/.test(line)))).toBe(true);
  });

  for (const { name, pattern, most } of CALLBACKS) {
    it(`calls back ${name} at most ${most === 1 ? 'once' : `${most} times`} in one run`, () => {
      // The run with the most, so a failure shows the lines to thin.
      const worst = runs.map((run) => run.lines.filter((line) => pattern.test(line))).reduce((a, b) => (b.length > a.length ? b : a), []);
      expect(worst.length, worst.join('\n')).toBeLessThanOrEqual(most);
    });
  }

  it('shows no lamps, stars or noon sun in the chase before nightfall', () => {
    const clashes = runs.flatMap((run) => chaseByDay(run).filter((line) => /\b(lamps?|lamplight|noon|midnight|starlight|moon)\b/i.test(line)));
    expect(clashes).toEqual([]);
    expect(runs.some((run) => chaseByDay(run).length > 0)).toBe(true);
  });
});
