/**
 * Choice latency: from a click on a choice until the next passage is in the
 * DOM, animations off, over whole playthroughs (the first enabled choice each
 * time, until an ending; then "Play again").
 *
 * Method, all inside the page: a capture-phase `click` listener on window
 * stamps performance.now() before the choice button's own handler runs; a
 * MutationObserver on #app stamps again at the first batch of mutations that
 * adds a `.para`, a choice button or an ending/error card. The game renders
 * synchronously, so that batch is delivered at the microtask checkpoint right
 * after the click handler returns: the figure is the cost of our code (engine,
 * store, views), not of the input pipeline. A requestAnimationFrame after the
 * mutation gives "until the next frame starts", reported for information; and
 * a pointerdown stamp shows the whole automated click, whose mouse-up is a
 * round trip from Node that a player's finger does not pay.
 */
import type { Browser, Page } from 'playwright-core';
import { freshPage } from './bench-browser';
import { BUDGETS } from './budgets';
import type { BenchSection } from './figures';
import { percentile, round } from './stats';

const RECORDER = `(() => {
  const samples = [];
  window.__keeLatency = samples;
  let down = null;
  let click = null;
  addEventListener('pointerdown', () => { down = performance.now(); }, true);
  addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('.choice')) click = performance.now();
  }, true);
  const relevant = (n) => n instanceof Element && (n.matches('.para, .choice, .ending-card, .story-error, li') || !!n.querySelector('.para, .choice, .ending-card, .story-error'));
  const start = () => {
    const app = document.getElementById('app');
    if (!app) return setTimeout(start, 5);
    new MutationObserver((records) => {
      if (click === null) return;
      if (!records.some((r) => [...r.addedNodes].some(relevant))) return;
      const now = performance.now();
      const sample = { dom: now - click, fromPointerDown: down === null ? null : now - down, frame: null };
      samples.push(sample);
      const t0 = click;
      click = null;
      down = null;
      requestAnimationFrame(() => { sample.frame = performance.now() - t0; });
    }).observe(app, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start); else start();
})();`;

interface Sample {
  dom: number;
  fromPointerDown: number | null;
  frame: number | null;
}

const sampleCount = (page: Page) => page.evaluate('window.__keeLatency.length') as Promise<number>;

/** Plays from the current passage to an ending by the first enabled choice; returns the choices taken. */
async function playToEnding(page: Page, maxTurns: number): Promise<number> {
  for (let turn = 0; turn < maxTurns; turn++) {
    const over = await page.locator('.ending-card, .story-error').count();
    const open = page.locator('.choice:not([disabled])');
    if (over > 0 || (await open.count()) === 0) return turn;
    const before = await sampleCount(page);
    await open.first().click();
    await page.waitForFunction(`window.__keeLatency.length > ${before}`, null, { timeout: 30_000 });
  }
  return maxTurns;
}

export async function benchChoiceLatency(browser: Browser, gameUrl: string, playthroughs: number): Promise<BenchSection> {
  const { page, context, problems } = await freshPage(browser, [RECORDER]);
  const turns: number[] = [];
  try {
    await page.goto(gameUrl);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
    for (let run = 0; run < playthroughs; run++) {
      if (run > 0) {
        await page.locator('#play-again, #restart').first().click();
        await page.locator('.choice:not([disabled])').first().waitFor();
      }
      turns.push(await playToEnding(page, 500));
    }
    await page.waitForTimeout(50); // let the last rAF stamp land
    const samples = (await page.evaluate('window.__keeLatency')) as Sample[];
    if (problems.length) throw new Error(`errors during play: ${problems.join('; ')}`);
    const dom = samples.map((s) => s.dom);
    const frame = samples.flatMap((s) => (s.frame === null ? [] : [s.frame]));
    const pointer = samples.flatMap((s) => (s.fromPointerDown === null ? [] : [s.fromPointerDown]));
    const section = 'choice latency';
    const n = `${dom.length} choices, ${playthroughs} playthroughs`;
    return {
      figures: [
        { section, name: 'click → next passage in DOM, p50', value: round(percentile(dom, 50), 2), unit: 'ms', note: n },
        { section, name: 'click → next passage in DOM, p95', value: round(percentile(dom, 95), 2), unit: 'ms', budget: BUDGETS.choiceLatencyP95Ms, note: n },
        {
          section,
          name: 'click → next frame starts, p95',
          value: round(percentile(frame, 95), 2),
          unit: 'ms',
          note: 'information: includes waiting for vsync',
        },
        {
          section,
          name: 'pointerdown → passage in DOM, p95',
          value: round(percentile(pointer, 95), 2),
          unit: 'ms',
          note: 'information: includes the automation mouse-up',
        },
      ],
      details: { turnsPerPlaythrough: turns, samples },
    };
  } finally {
    await context.close();
  }
}
