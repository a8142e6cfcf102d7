/**
 * Issue 27: continuity a fresh editor caught, checked across many seeded
 * playthroughs so the whole class is found, not one line. Each probe pairs a
 * later claim with the earlier text that must have been shown for it to be
 * true: who answered the comm for Kee, where the walker fell, and the chase's
 * daylight (no lamps or noon sun between the blast and nightfall).
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

  it('shows no lamps, stars or noon sun in the chase before nightfall', () => {
    const clashes = runs.flatMap((run) => chaseByDay(run).filter((line) => /\b(lamps?|lamplight|noon|midnight|starlight|moon)\b/i.test(line)));
    expect(clashes).toEqual([]);
    expect(runs.some((run) => chaseByDay(run).length > 0)).toBe(true);
  });
});
