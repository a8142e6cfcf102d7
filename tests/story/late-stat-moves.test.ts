/**
 * Issue 27, item 4: the stats keep mattering to the end. In every random
 * playthrough some choice in the last third of the run moves nerve, aim or
 * faith, so the ending card's words are not settled two thirds of the way in.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/ink/seeded-random';
import { createSession } from '../../src/engine/ink/story-session';
import { compileFlagship } from './flagship-support';

const json = compileFlagship();
const STATS = ['nerve', 'aim', 'faith'];

/** Plays at random and returns, for each choice taken, whether it moved a stat. */
function movesPerChoice(seed: number): boolean[] {
  const session = createSession(json, seed);
  const next = seededRandom(seed);
  const read = () => STATS.map((s) => String(session.ink.variablesState.$(s))).join(',');
  const moved: boolean[] = [];
  let passage = session.continue();
  for (let turn = 0; turn < 80 && !passage.ended; turn++) {
    const open = passage.choices.filter((c) => !c.locked);
    const choice = open[Math.floor(next() * open.length)];
    if (!choice) break;
    const before = read();
    passage = session.choose(choice.index);
    moved.push(read() !== before);
  }
  return moved;
}

describe('stat moves late in a run', () => {
  it('moves a stat in the last third of each of 80 random playthroughs', () => {
    const late: number[] = [];
    for (let seed = 1; seed <= 80; seed++) {
      const moved = movesPerChoice(seed);
      const lastThird = moved.slice(Math.floor((moved.length * 2) / 3));
      if (!lastThird.includes(true)) late.push(seed);
    }
    expect(late, `seeds with no stat move in the last third: ${late.join(', ')}`).toEqual([]);
  });
});
