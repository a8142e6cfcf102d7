/**
 * Generates a large, valid ink story for measuring the explorer: hundreds of
 * knots, each with a few choices (some gated on stats, some once-only, some
 * leading into a stitch or back to an earlier knot), stats changed through
 * the `shift` helper, and a handful of tagged endings. The shape is seeded, so
 * the same options always give the same story.
 */
import { seededRandom } from '../../src/engine/ink/seeded-random';

export interface GenerateOptions {
  knots?: number;
  endings?: number;
  seed?: number;
}

export function generateStory({ knots = 320, endings = 10, seed = 7 }: GenerateOptions = {}): string {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const target = (i: number) => {
    const next = i + 1 + pick(6);
    return next < knots ? `k${next}` : `end${pick(endings)}`;
  };
  const lines = ['# title: Generated Story', '# stat: nerve 0 100 Nerve', '# stat: aim 0 100 Aim', 'VAR nerve = 50', 'VAR aim = 50', '-> k0', ''];
  for (let i = 0; i < knots; i++) {
    const by = (pick(3) - 1) * 10;
    // Every knot is reachable ("Press on" always leads to the next one); stat gates start once stats can have moved.
    const gated = i >= 4;
    lines.push(
      `=== k${i} ===`,
      `Knot ${i} opens. {nerve > 60: She feels bold.|She waits.} # scene: Part ${Math.floor(i / 40) + 1}`,
      `* [Press on from ${i}.]`,
      `  ~ shift(nerve, ${by || -10})`,
      `  -> ${i + 1 < knots ? `k${i + 1}` : `end${pick(endings)}`}`,
      `* {${gated ? 'aim >= 40' : 'true'}} [Aim carefully at ${i}.]`,
      `  ~ shift(aim, ${-by || -10})`,
      `  -> ${target(i)}`,
    );
    if (gated) lines.push(`* {aim < 40} [Aim carefully at ${i}. #locked: Her aim is not there yet (aim 40).] -> k${i}`);
    lines.push(`+ [Look around ${i}.] -> look`);
    if (i > 5 && pick(4) === 0) lines.push(`* [Go back to ${i - 3}.] -> k${i - 3}`);
    lines.push(
      '= look',
      `Nothing much at ${i}.`,
      gated ? `+ {nerve >= 50} [Climb at ${i}.] -> ${target(i)}` : `+ [Climb at ${i}.] -> ${target(i)}`,
      gated ? `+ {nerve < 50} [Crawl at ${i}.] -> ${target(i)}` : `+ [Crawl at ${i}.] -> ${target(i)}`,
      '',
    );
  }
  for (let e = 0; e < endings; e++) {
    lines.push(`=== end${e} ===`, `It ends, way ${e}. # ending: end${e} # ending_title: Ending ${e}`, '-> END', '');
  }
  lines.push('=== function shift(ref stat, by)', '~ stat = MAX(0, MIN(100, stat + by))', '');
  return lines.join('\n');
}
