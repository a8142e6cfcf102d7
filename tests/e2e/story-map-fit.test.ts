/**
 * The story map at Fit, measured in Chromium: a 69-place story
 * (tests/support/long-map-report.ts) drawn by the player's own map chunk,
 * mounted on the built game's page so its stylesheet, theme and CSP all
 * apply. "Readable" is written down as a rule: every place's name drawn at
 * 11 CSS px or more. The reader's hands on the view (keys, wheel, drag) are
 * checked on the same map. Screenshots go to test-results/screenshots.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { browserGames } from '../support/browser';
import { longMapReport } from '../support/long-map-report';
import { presetSettings, takeChoice } from '../support/play';
import { animationsSettled } from '../support/waits';

const openGame = browserGames();
const dir = 'test-results/screenshots';

/** The built map chunk, by its hashed name. Its styles are in the page's one stylesheet (vite.config.ts: cssCodeSplit off). */
function mapChunk(): string {
  const js = readdirSync(path.join(inject('distDir'), 'assets')).find((f) => /^story-map-.*\.js$/.test(f));
  if (!js) throw new Error('no story-map chunk in dist/assets');
  return `./assets/${js}`;
}

/** Opens the game at a size and puts the long story's map where the game's screens go; picks are recorded, not acted on. */
async function showLongMap(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await openGame({ viewport });
  await page.getByRole('button', { name: 'New game' }).waitFor();
  const { report, points } = longMapReport();
  const js = mapChunk();
  // Imported from a string: vitest would rewrite an import() written in this file's code.
  await page.evaluate(`import(new URL(${JSON.stringify(js)}, document.baseURI).href).then((m) => { window.mapChunk = m; })`);
  await page.evaluate(
    ({ report, points }) => {
      const { createStoryMap } = (window as unknown as { mapChunk: typeof import('../../src/ui/map/story-map') }).mapChunk;
      const picks: number[] = [];
      Object.assign(window, { picks });
      const view = createStoryMap({ report, points, onPick: (id: number) => picks.push(id), close: () => {} });
      document.getElementById('app')?.replaceChildren(view);
    },
    { report, points },
  );
  await page.locator('.map-svg[viewBox]').waitFor();
  return page;
}

interface Measured {
  smallestName: number;
  outside: string[];
  here: boolean;
  drawn: number;
}

/** The smallest place name as drawn (CSS px), the places outside the map's frame, and whether "you are here" is inside it. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const frame = document.querySelector<SVGSVGElement>('.map-svg');
    if (!frame) throw new Error('no map');
    const box = frame.getBoundingClientRect();
    const scale = frame.getScreenCTM()?.a ?? 0;
    const names = [...frame.querySelectorAll('.map-node .map-title, .map-node .map-q')].map((t) => Number(t.getAttribute('font-size')) * scale);
    const inside = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    };
    const nodes = [...frame.querySelectorAll('.map-drawing .map-node')];
    const here = frame.querySelector('.map-node.is-current');
    return {
      // To a hundredth of a pixel: Fit's floor is exactly 11 px, which the screen matrix gives back as 10.9999996.
      smallestName: Math.round(Math.min(...names) * 100) / 100,
      outside: nodes.filter((n) => !inside(n)).map((n) => n.getAttribute('data-node') ?? ''),
      here: here !== null && inside(here),
      drawn: nodes.length,
    };
  });
}

describe('the story map of a 69-place story at Fit', () => {
  it('draws every place name at 11 CSS px or more with every place in view, at 1440×900', async () => {
    const page = await showLongMap({ width: 1440, height: 900 });
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/map-fit-long-desktop.png` });
    const m = await measure(page);
    console.log(`69 places at Fit, desktop: ${m.drawn} drawn, smallest name ${m.smallestName} px, ${m.outside.length} outside the view`);
    expect(m.drawn).toBeLessThan(25);
    expect(m.smallestName).toBeGreaterThanOrEqual(11);
    expect(m.outside).toEqual([]);
    // Fit again after moving away comes back to the same view.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: /^Fit/ }).click();
    expect(await measure(page)).toEqual(m);
  });

  it('draws every place name at 11 CSS px or more with where you stand in view, at 360×640', async () => {
    const page = await showLongMap({ width: 360, height: 640 });
    await page.screenshot({ path: `${dir}/map-fit-long-phone.png` });
    const m = await measure(page);
    console.log(`69 places at Fit, phone: ${m.drawn} drawn, smallest name ${m.smallestName} px, ${m.outside.length} outside the view`);
    expect(m.smallestName).toBeGreaterThanOrEqual(11);
    expect(m.here).toBe(true);
  });

  it('opens a card of places in a row from the keyboard, without rewinding, and lets each place be chosen', async () => {
    const page = await showLongMap({ width: 1440, height: 900 });
    const card = page.locator('.map-node.is-run', { hasText: 'The River' });
    expect(await card.getAttribute('aria-label')).toMatch(
      /^The River, 12 places, in a row: The River: Step 1; The River: Step 2; .*; The River: Step 12\. Show each place\.$/,
    );
    expect(await card.getAttribute('aria-expanded')).toBe('false');
    await card.focus();
    await page.keyboard.press('Enter');
    // Focus lands on the first place of the opened run, which rewinds (after the usual question) like any other.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Rewind to The River: Step 1');
    expect(await page.evaluate(() => (window as unknown as { picks: number[] }).picks)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { picks: number[] }).picks)).toHaveLength(1);
    expect(await page.locator('.map-drawing .map-node.is-current').count()).toBe(1);
    await page.screenshot({ path: `${dir}/map-fit-long-opened.png` });
    // The − on the run's first place groups it again, and focus goes back to the card.
    const fold = page.getByRole('button', { name: 'Group these 12 places in a row again' });
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await fold.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe('run:river.step_1.0');
  });

  for (const theme of ['dark', 'light', 'sepia']) {
    it(`has no serious axe violations with cards folded and one opened (${theme} theme)`, async () => {
      const page = await showLongMap({ width: 1440, height: 900 });
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      await animationsSettled(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.map-node.is-run', { hasText: '6 places' }).first().click();
      await page.locator('.map-fold').waitFor();
      await page.screenshot({ path: `${dir}/map-fit-long-opened-${theme}.png` });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('shows every place with one toggle, and groups them again with the same one', async () => {
    const page = await showLongMap({ width: 1440, height: 900 });
    const folded = (await measure(page)).drawn;
    const every = page.getByRole('button', { name: 'All places' });
    await every.click();
    expect(await every.getAttribute('aria-pressed')).toBe('true');
    expect((await measure(page)).drawn).toBe(69);
    await every.click();
    expect(await every.getAttribute('aria-pressed')).toBe('false');
    expect((await measure(page)).drawn).toBe(folded);
  });

  it('zooms by keys and the wheel, pans by keys and a drag, and a drag that starts on a place does not rewind there', async () => {
    const page = await showLongMap({ width: 1440, height: 900 });
    const frame = page.locator('.map-svg');
    const view = async () => (await frame.getAttribute('viewBox'))?.split(' ').map(Number) ?? [];
    const width = async () => (await view())[2] ?? 0;
    await frame.focus();
    const atFit = await width();
    // Zoomed in all the way, the map is larger than the view, so the keys have room to move it.
    for (let i = 0; i < 5; i++) await page.keyboard.press('+');
    const zoomed = await width();
    expect(zoomed).toBeLessThan(atFit);
    await page.keyboard.press('ArrowUp');
    const up = await view();
    await page.keyboard.press('ArrowDown');
    expect(await view()).not.toEqual(up);
    const box = await frame.boundingBox();
    if (!box) throw new Error('no map frame');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(width).toBeGreaterThan(zoomed);
    // Press on where the reader stands (a place that rewinds when clicked), drag, and let go.
    await page.getByRole('button', { name: 'Find me' }).click();
    const here = await page.locator('.map-drawing .map-node.is-current').boundingBox();
    if (!here) throw new Error('no current place');
    const before = await view();
    await page.mouse.move(here.x + here.width / 2, here.y + here.height / 2);
    await page.mouse.down();
    await page.mouse.move(here.x + here.width / 2 + 40, here.y + here.height / 2 + 30, { steps: 5 });
    expect(await frame.evaluate((f) => f.classList.contains('is-dragging'))).toBe(true);
    await page.mouse.up();
    expect(await frame.evaluate((f) => f.classList.contains('is-dragging'))).toBe(false);
    expect(await view()).not.toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { picks: number[] }).picks)).toEqual([]);
  });
});

/** The flagship, played twelve choices in, with its map open. */
async function flagshipMap(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await openGame({ viewport, prepare: presetSettings });
  await page.getByRole('button', { name: 'New game' }).click();
  for (let i = 0; i < 12 && (await page.locator('.ending-card').count()) === 0; i++) await takeChoice(page, i % 2);
  await page.evaluate(() => document.getElementById('open-map')?.click());
  await page.locator('.map-svg[viewBox]').waitFor();
  return page;
}

describe("the flagship's story map at Fit, after a long route", () => {
  it('fits afresh when the window turns from desktop to phone before the reader has moved the map', async () => {
    const page = await flagshipMap({ width: 1440, height: 900 });
    await page.setViewportSize({ width: 360, height: 640 });
    // The map fits again once the resize has settled, which a busy machine may take several frames to reach.
    await expect.poll(async () => (await measure(page)).here).toBe(true);
    await expect.poll(async () => (await measure(page)).smallestName).toBeGreaterThanOrEqual(11);
  });

  for (const [size, viewport] of [
    ['phone', { width: 360, height: 640 }],
    ['desktop', { width: 1440, height: 900 }],
  ] as const) {
    it(`draws every place name at 11 CSS px or more with where you stand in view, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await flagshipMap(viewport);
      await page.screenshot({ path: `${dir}/map-fit-flagship-${size}.png` });
      const m = await measure(page);
      console.log(`flagship at Fit, ${size}: smallest name ${m.smallestName} px, ${m.outside.length} of ${m.drawn} places outside the view`);
      expect(m.smallestName).toBeGreaterThanOrEqual(11);
      expect(m.here).toBe(true);
    });
  }
});
