/**
 * The run-time path: a story whose opening varies (a shuffle, a RANDOM) gets
 * no first turn from the build, so its reader waits for inkjs and the Story
 * before the first passage. The flagship built with the first turn switched
 * off (KEE_FIRST_TURN=off) is timed here against the classic-script floor
 * and an Inky-style web page (inky-template-page.ts), their loads interleaved
 * in one run so machine noise falls on all three. Target: at most 0.95×
 * Inky's time, painted.
 */
import type { Browser } from 'playwright-core';
import type { BenchSection } from './figures';
import { loadOnce, type Marks } from './first-passage';
import { median, ratioInterval, round } from './stats';

const WARM_UP_LOADS = 2;

export async function benchRunTimePath(browser: Browser, urls: { game: string; classic: string; inky: string }, loads: number): Promise<BenchSection> {
  for (let i = 0; i < WARM_UP_LOADS; i++) for (const url of Object.values(urls)) await loadOnce(browser, url);
  const game: Marks[] = [];
  const classic: Marks[] = [];
  const inky: Marks[] = [];
  for (let i = 0; i < loads; i++) {
    game.push(await loadOnce(browser, urls.game));
    classic.push(await loadOnce(browser, urls.classic));
    inky.push(await loadOnce(browser, urls.inky));
  }
  const painted = (marks: Marks[]) => marks.map((m) => m.painted);
  const [low, high] = ratioInterval(painted(game), painted(inky));
  const section = 'run-time path (no first turn from the build)';
  const n = `median of ${loads}`;
  const ratio = (a: Marks[], b: Marks[]) => round(median(painted(a)) / median(painted(b)), 2);
  return {
    figures: [
      { section, name: 'flagship, first turn off: first passage painted', value: round(median(painted(game))), unit: 'ms', note: n },
      { section, name: 'classic-script floor: first passage painted', value: round(median(painted(classic))), unit: 'ms', note: n },
      { section, name: 'Inky-style web page: first passage painted', value: round(median(painted(inky))), unit: 'ms', note: n },
      {
        section,
        name: 'first turn off ÷ Inky-style page, painted',
        value: ratio(game, inky),
        unit: '×',
        note: `target ≤ 0.95; 90% of resamples ${round(low, 2)}–${round(high, 2)}`,
      },
      { section, name: 'first turn off ÷ classic floor, painted', value: ratio(game, classic), unit: '×', note: 'information' },
      { section, name: 'Inky-style page ÷ classic floor, painted', value: ratio(inky, classic), unit: '×', note: 'information' },
    ],
    details: { loads, warmUpLoads: WARM_UP_LOADS, ratioInterval90: [low, high], game, classic, inky },
  };
}
