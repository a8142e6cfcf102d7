// The bench's statistics: the interval printed beside the first-passage ratio.
import { describe, expect, it } from 'vitest';
import { median, ratioInterval } from './stats';

describe('the bootstrap interval of a ratio of medians', () => {
  it('has no width when every load took the same time', () => {
    expect(ratioInterval([300, 300, 300], [250, 250, 250])).toEqual([1.2, 1.2]);
  });

  it('surrounds the ratio of the medians, and widens when the loads spread', () => {
    const game = [250, 262, 270, 281, 290, 300, 315, 330, 345];
    const floor = [220, 228, 236, 240, 244, 251, 260, 266, 275];
    const ratio = median(game) / median(floor);
    const [low, high] = ratioInterval(game, floor);
    expect(low).toBeLessThan(ratio);
    expect(high).toBeGreaterThan(ratio);
    const spread = game.map((t, i) => (i % 2 ? t * 1.3 : t * 0.8));
    const [wideLow, wideHigh] = ratioInterval(spread, floor);
    expect(wideHigh - wideLow).toBeGreaterThan(high - low);
  });

  it('gives the same interval every run, so a recorded figure can be reproduced', () => {
    expect(ratioInterval([1, 5, 3, 9, 4], [2, 2, 3, 1, 4])).toEqual(ratioInterval([1, 5, 3, 9, 4], [2, 2, 3, 1, 4]));
  });
});
