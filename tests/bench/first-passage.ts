/**
 * Time to first passage in headless Chromium, against the built site on a
 * local static server, each load in a fresh context (empty cache, empty
 * storage, animations off). An init script runs before any page script and
 * watches the DOM with a MutationObserver; every mark is `performance.now()`,
 * whose zero is the navigation's start:
 *
 *  - title: the "New game" button is in the DOM and visible (checkVisibility),
 *  - the script then clicks it at once, in the page, so no automation round
 *    trip is timed, and
 *  - passage: the first `.passage .para` is in the DOM and visible.
 *
 * The floor page (floor-page.ts) is loaded the same way, alternating with the
 * game so machine noise falls on both, and its `passage` mark is the floor.
 * The marks are taken when the DOM and styles say "visible", just before the
 * frame that paints it; that frame follows within one refresh for both pages.
 */
import type { Browser } from 'playwright-core';
import { freshPage } from './bench-browser';
import { BUDGETS } from './budgets';
import type { BenchSection } from './figures';
import { median, round } from './stats';

const PROBE = `(() => {
  const marks = {};
  window.__keeMarks = marks;
  const visible = (el) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const check = () => {
    if (marks.title === undefined) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'New game');
      if (visible(button)) {
        marks.title = performance.now();
        button.click();
        marks.clicked = performance.now();
      }
    }
    if (marks.passage === undefined && visible(document.querySelector('.passage .para'))) {
      marks.passage = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

interface Marks {
  title?: number;
  clicked?: number;
  passage: number;
}

async function loadOnce(browser: Browser, url: string): Promise<Marks> {
  const { page, context, problems } = await freshPage(browser, [PROBE]);
  try {
    await page.goto(url);
    await page.waitForFunction('window.__keeMarks && window.__keeMarks.passage !== undefined', null, { timeout: 60_000 });
    const marks = (await page.evaluate('window.__keeMarks')) as Marks;
    if (problems.length) throw new Error(`errors while loading ${url}: ${problems.join('; ')}`);
    return marks;
  } finally {
    await context.close();
  }
}

export async function benchFirstPassage(browser: Browser, gameUrl: string, floorUrl: string, loads: number): Promise<BenchSection> {
  // One untimed load of each warms the browser process, not the pages: each timed load has a fresh context.
  await loadOnce(browser, gameUrl);
  await loadOnce(browser, floorUrl);
  const game: Marks[] = [];
  const floor: Marks[] = [];
  for (let i = 0; i < loads; i++) {
    game.push(await loadOnce(browser, gameUrl));
    floor.push(await loadOnce(browser, floorUrl));
  }
  const title = median(game.map((m) => m.title ?? Number.NaN));
  const passage = median(game.map((m) => m.passage));
  const afterClick = median(game.map((m) => m.passage - (m.title ?? Number.NaN)));
  const floorPassage = median(floor.map((m) => m.passage));
  const section = 'first passage';
  const n = `median of ${loads}`;
  return {
    figures: [
      { section, name: 'title screen interactive (New game visible)', value: round(title), unit: 'ms', note: n },
      { section, name: 'first passage, clicked as soon as New game shows', value: round(passage), unit: 'ms', note: n },
      { section, name: 'New game click → first passage', value: round(afterClick), unit: 'ms', note: n },
      { section, name: 'floor page: inkjs + story → first passage', value: round(floorPassage), unit: 'ms', note: n },
      {
        section,
        name: 'first passage ÷ floor',
        value: round(passage / floorPassage, 2),
        unit: '×',
        budget: BUDGETS.firstPassageVsFloor,
        note: 'medians, same run',
      },
      {
        section,
        name: 'first passage ÷ floor, median of paired loads',
        value: round(median(game.map((m, i) => m.passage / (floor[i]?.passage ?? Number.NaN))), 2),
        unit: '×',
        note: 'information: each game load against the floor load right after it, steadier on a busy machine',
      },
      { section, name: 'title interactive ÷ floor', value: round(title / floorPassage, 2), unit: '×' },
    ],
    details: { loads, game, floor },
  };
}
