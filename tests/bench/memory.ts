/**
 * Memory over a long session: 300 choices of seeded random play in one page,
 * with "Play again" at every ending and an occasional Restart mid-story. At 0,
 * 100, 200 and 300 choices it forces a garbage collection through CDP
 * (HeapProfiler.collectGarbage) and reads JSHeapUsedSize (Performance.getMetrics).
 * "Levels off" means the last 100 choices grew the heap by less than 5% of
 * the heap at 100 choices (or under 256 KB): a leak grows it step after step.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { freshPage } from './bench-browser';
import type { BenchSection } from './figures';
import { round, seededRandom } from './stats';

const CHECKPOINTS = [0, 100, 200, 300];

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  return used;
}

/** One step of play: returns 'choice' when a choice was taken, else what was clicked instead. */
async function step(page: Page, random: () => number): Promise<'choice' | 'restart' | 'again'> {
  const open = page.locator('.choice:not([disabled])');
  const count = await open.count();
  const ended = (await page.locator('#play-again').count()) > 0;
  if (ended || count === 0) {
    await page.locator('#play-again').click();
    await page.locator('.passage .para').first().waitFor();
    return 'again';
  }
  if (random() < 0.03) {
    await page.locator('#restart').click();
    // Restart over an unfinished run asks first (ask-dialog.ts); the bench means it. A run not yet begun restarts at once.
    const ask = page.locator('dialog.ask[open]');
    if (
      await ask.waitFor({ timeout: 1000 }).then(
        () => true,
        () => false,
      )
    )
      await ask.getByRole('button', { name: 'Start a new story' }).click();
    await page.locator('.passage .para').first().waitFor();
    return 'restart';
  }
  const turn = await page.locator('.passage .para').count();
  await open.nth(Math.floor(random() * count)).click();
  await page.waitForFunction(
    `document.querySelectorAll('.passage .para').length !== ${turn} || !!document.querySelector('.ending-card, .story-error, .choice')`,
  );
  return 'choice';
}

export async function benchMemory(browser: Browser, gameUrl: string, seed = 42): Promise<BenchSection> {
  const { page, context, problems } = await freshPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(gameUrl);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
    const random = seededRandom(seed);
    const heap: { choices: number; bytes: number }[] = [{ choices: 0, bytes: await heapUsed(cdp) }];
    let choices = 0;
    let restarts = 0;
    const last = CHECKPOINTS[CHECKPOINTS.length - 1] ?? 300;
    while (choices < last) {
      const did = await step(page, random);
      if (did === 'choice') {
        choices++;
        if (CHECKPOINTS.includes(choices)) heap.push({ choices, bytes: await heapUsed(cdp) });
      } else restarts++;
    }
    if (problems.length) throw new Error(`errors during play: ${problems.join('; ')}`);
    const at = (n: number) => heap.find((h) => h.choices === n)?.bytes ?? Number.NaN;
    const lastGrowth = at(300) - at(200);
    const levelsOff = lastGrowth < Math.max(0.05 * at(100), 256 * 1024);
    const mb = (b: number) => round(b / 1e6, 2);
    const section = 'memory';
    return {
      figures: [
        ...heap.map((h) => ({ section, name: `JS heap after GC, ${h.choices} choices`, value: mb(h.bytes), unit: 'MB' })),
        {
          section,
          name: 'growth over the last 100 choices',
          value: round(lastGrowth / 1e3, 1),
          unit: 'KB',
          note: `${levelsOff ? 'levels off' : 'still growing'}; ${restarts} restarts`,
        },
      ],
      details: { seed, restarts, heap, levelsOff },
    };
  } finally {
    await context.close();
  }
}
