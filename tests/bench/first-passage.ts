/**
 * Time to first passage in headless Chromium, against the built site on a
 * local static server, each load in a fresh context (empty cache, empty
 * storage, animations off). An init script runs before any page script; every
 * mark is a `performance.now()` time, whose zero is the navigation's start:
 *
 *  - title: the "New game" button is in the DOM, visible (checkVisibility)
 *    and enabled (index.html paints a disabled copy before the script runs);
 *    the script then clicks it at once, in the page, so no automation round
 *    trip is timed;
 *  - passage: the first `.passage .para` is in the DOM and visible;
 *  - painted: the frame showing that paragraph reached the screen. The script
 *    gives the paragraph an `elementtiming` attribute before any frame can
 *    paint it, and the Element Timing API reports the frame's render time.
 *
 * The game shows the first turn its build played (src/engine/play/first-turn.ts)
 * and only after that frame loads inkjs (not first-screen JavaScript) and builds
 * the Story; the floor pages build theirs before they print. That is the game's
 * design, not a shortcut of the bench: it is what a reader gets; a choice taken
 * before the Story is built waits for it. A story whose opening varies gets no
 * first turn: run-time-path.ts times that path.
 *
 * The floor page (floor-page.ts) is loaded the same way, alternating with the
 * game so machine noise falls on both, and its marks are the floor. The budget
 * is judged on `painted`, because that is when a reader can see the text: the
 * game's frame costs more than the floor's (its styles, fonts and a bigger
 * page), and the `passage` mark, taken before that frame, left that cost out.
 */
import type { Browser } from 'playwright-core';
import { freshPage } from './bench-browser';
import { BUDGETS } from './budgets';
import type { BenchSection } from './figures';
import { median, ratioInterval, round } from './stats';

/**
 * Untimed loads of each page before timing starts. The first loads after the
 * build and the browser's launch ran slower than the rest on this machine.
 */
const WARM_UP_LOADS = 3;
const LOAD_TIMEOUT_MS = 60_000;

const PROBE = `(() => {
  const marks = {};
  let finish;
  window.__keeMarks = new Promise((resolve) => { finish = resolve; });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === 'kee-first-passage' && marks.painted === undefined) {
        marks.painted = entry.renderTime || entry.loadTime;
        finish(marks);
      }
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const visible = (el) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const check = () => {
    if (marks.title === undefined) {
      // The page's own title is painted from index.html before its script: the button counts once it works.
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'New game' && !b.disabled);
      if (visible(button)) {
        marks.title = performance.now();
        button.click();
      }
    }
    const para = document.querySelector('.passage .para');
    if (marks.passage === undefined && visible(para)) {
      marks.passage = performance.now();
      para.setAttribute('elementtiming', 'kee-first-passage');
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

export interface Marks {
  title?: number;
  /** First contentful paint: for the game, the title screen index.html holds. */
  firstPaint?: number;
  passage: number;
  painted: number;
}

export async function loadOnce(browser: Browser, url: string): Promise<Marks> {
  const { page, context, problems } = await freshPage(browser, [PROBE]);
  let timer: NodeJS.Timeout | undefined;
  try {
    await page.goto(url);
    // A plain expression, not waitForFunction: Playwright's polling helper would run inside the page while it paints.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no first passage painted within ${LOAD_TIMEOUT_MS / 1000} s at ${url}`)), LOAD_TIMEOUT_MS);
    });
    const marks = (await Promise.race([page.evaluate('window.__keeMarks'), timeout])) as Marks;
    if (problems.length) throw new Error(`errors while loading ${url}: ${problems.join('; ')}`);
    return marks;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

export async function benchFirstPassage(
  browser: Browser,
  gameUrl: string,
  floorUrl: string,
  loads: number,
  classicUrl: string | null = null,
): Promise<BenchSection> {
  // Warm-up loads warm the browser process, not the pages: each timed load has a fresh context.
  for (let i = 0; i < WARM_UP_LOADS; i++) {
    await loadOnce(browser, gameUrl);
    await loadOnce(browser, floorUrl);
    if (classicUrl) await loadOnce(browser, classicUrl);
  }
  const game: Marks[] = [];
  const floor: Marks[] = [];
  const classic: Marks[] = [];
  for (let i = 0; i < loads; i++) {
    game.push(await loadOnce(browser, gameUrl));
    floor.push(await loadOnce(browser, floorUrl));
    if (classicUrl) classic.push(await loadOnce(browser, classicUrl));
  }
  const of = (marks: Marks[], key: keyof Marks) => marks.map((m) => m[key] ?? Number.NaN);
  const painted = median(of(game, 'painted'));
  const floorPainted = median(of(floor, 'painted'));
  const [low, high] = ratioInterval(of(game, 'painted'), of(floor, 'painted'));
  const section = 'first passage';
  const n = `median of ${loads}`;
  return {
    figures: [
      { section, name: 'title screen interactive (New game in the DOM)', value: round(median(of(game, 'title'))), unit: 'ms', note: n },
      { section, name: 'first passage painted, New game clicked as soon as it shows', value: round(painted), unit: 'ms', note: n },
      {
        section,
        name: 'New game click → first passage painted',
        value: round(median(game.map((m) => m.painted - (m.title ?? Number.NaN)))),
        unit: 'ms',
        note: n,
      },
      { section, name: 'floor page: inkjs + story → first passage painted', value: round(floorPainted), unit: 'ms', note: n },
      {
        section,
        name: 'first passage ÷ floor, painted',
        value: round(painted / floorPainted, 2),
        unit: '×',
        budget: BUDGETS.firstPassageVsFloor,
        note: `medians, same run; 90% of resamples ${round(low, 2)}–${round(high, 2)}`,
      },
      {
        section,
        name: 'first passage ÷ floor, in the DOM',
        value: round(median(of(game, 'passage')) / median(of(floor, 'passage')), 2),
        unit: '×',
        note: 'information: the earlier mark, before the frame that paints the text',
      },
      {
        section,
        name: 'first passage ÷ floor, painted, median of paired loads',
        value: round(median(game.map((m, i) => m.painted / (floor[i]?.painted ?? Number.NaN))), 2),
        unit: '×',
        note: 'information: each game load against the floor load right after it',
      },
      {
        section,
        name: 'frame after the DOM: game ÷ floor',
        value: round(median(game.map((m) => m.painted - m.passage)) / median(floor.map((m) => m.painted - m.passage)), 2),
        unit: '×',
        note: 'information: from the paragraph entering the DOM to its paint',
      },
      { section, name: 'title screen painted (first contentful paint, from index.html)', value: round(median(of(game, 'firstPaint'))), unit: 'ms', note: n },
      ...(classic.length ? classicFigures(section, n, game, classic) : []),
    ],
    details: { loads, warmUpLoads: WARM_UP_LOADS, ratioInterval90: [low, high], game, floor, classic },
  };
}

/** The game against the classic-script floor (classic-floor-page.ts): Inky's export, reduced to its first passage. */
function classicFigures(section: string, n: string, game: Marks[], classic: Marks[]): BenchSection['figures'] {
  const of = (marks: Marks[], key: keyof Marks) => marks.map((m) => m[key] ?? Number.NaN);
  const [low, high] = ratioInterval(of(game, 'passage'), of(classic, 'passage'));
  return [
    { section, name: 'classic-script floor: ink.js + story global → first passage painted', value: round(median(of(classic, 'painted'))), unit: 'ms', note: n },
    {
      section,
      name: 'first passage ÷ classic floor, in the DOM',
      value: round(median(of(game, 'passage')) / median(of(classic, 'passage')), 2),
      unit: '×',
      note: `target ≤ 1.15 (Inky's template measured 1.21–1.25); 90% of resamples ${round(low, 2)}–${round(high, 2)}`,
    },
    {
      section,
      name: 'first passage ÷ classic floor, painted',
      value: round(median(of(game, 'painted')) / median(of(classic, 'painted')), 2),
      unit: '×',
      note: 'information',
    },
    {
      section,
      name: 'title painted ÷ classic floor first passage painted',
      value: round(median(of(game, 'firstPaint')) / median(of(classic, 'painted')), 2),
      unit: '×',
      note: 'target < 1: the static title shows before the floor shows any text',
    },
  ];
}
