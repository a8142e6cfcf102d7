/**
 * Read 6, item 1: a `carried` tunnel that leaps ahead in time (the worker's
 * name "weeks afterwards", the notice "Within the week", a finished walker's
 * "Some nights") must come after the lines of the night it leaps from, on
 * every route. Here the split rock's night and the lines that stay in it are
 * day 0; every anchored leap must come after the last of them, and the leaps
 * themselves must keep their order.
 */
import { describe, expect, it } from 'vitest';
import { compileFlagship, type Playthrough, playRandomly } from './flagship-support';

const RUNS = 800;

/** Lines that stand on the night of the raid itself: the split rock and its waking hours. */
const SAME_NIGHT =
  /lay down on the cold ground|lay awake beside the others under the split rock|Long after midnight a glow|Kee lay under the split rock between|feeling along it in the dark/;

/** Lines that leap past the raid, with how far (in days). */
const LEAPS: { days: number; pattern: RegExp }[] = [
  { days: 4, pattern: /\b(On the fourth day|Four days (after|later))\b/ },
  { days: 7, pattern: /\b(Within the week|A week later|the end of that week|end of her first week)\b/ },
  { days: 14, pattern: /\bTwo weeks later\b/ },
  { days: 30, pattern: /\b(In her first month|A month later|Weeks later|weeks afterwards)\b/ },
];

/** Habits of the nights after the raid: past the split rock's night, but anchored to no day. */
const AFTER_THE_NIGHT = /^Some nights, at the edge of sleep/;

function outOfOrder(run: Playthrough): string[] {
  const wrong: string[] = [];
  let latest = { days: 0, line: '' };
  for (const line of run.lines) {
    if (SAME_NIGHT.test(line) && latest.days > 0) wrong.push(`${latest.line.slice(0, 50)}… then the same night: ${line.slice(0, 50)}…`);
    if (AFTER_THE_NIGHT.test(line) && latest.days === 0) latest = { days: 1, line };
    const leap = LEAPS.find((l) => l.pattern.test(line));
    if (!leap) continue;
    if (leap.days < latest.days) wrong.push(`${latest.line.slice(0, 50)}… then ${line.slice(0, 50)}…`);
    else latest = { days: leap.days, line };
  }
  return wrong;
}

describe('flash-forwards in the closings', () => {
  const json = compileFlagship();
  const runs = Array.from({ length: RUNS }, (_, seed) => playRandomly(json, seed + 1));

  it('come after the night they leap from, and in order', () => {
    expect(runs.flatMap(outOfOrder)).toEqual([]);
    // The probe reaches the split rock's night and a leap after it.
    expect(runs.some((run) => run.lines.some((l) => SAME_NIGHT.test(l)) && run.lines.some((l) => /the end of that week|Within the week/.test(l)))).toBe(true);
  });
});
