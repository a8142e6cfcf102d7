/**
 * The reader's comfort (issue 30) in a real browser: a header that fits a
 * phone at every text size, choices that wait for the last paragraph, the
 * content note before any replay link, endings to re-read from the gallery,
 * a map in the story's words and a choice echoed as its button showed it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserGames } from '../support/browser';
import { answer, choicesReady, openReady, playToEnding, presetSettings, takeChoice } from '../support/play';

const openGame = browserGames();

/** Opens the game with these settings, at this size or on another site, and starts a new game. */
async function startWith(settings: object, options: Parameters<typeof openGame>[0] = {}): Promise<Page> {
  const { page } = await openGame({ ...options, prepare: (p) => presetSettings(p, settings) });
  await page.getByRole('button', { name: 'New game' }).click();
  return page;
}

describe("the reader's comfort", () => {
  for (const size of ['small', 'medium', 'large', 'x-large']) {
    it(`keeps the header within 15% of a 360×640 phone at the ${size} text size, and folds opened stats after the next choice`, async () => {
      const page = await startWith({ animations: false, textSpeed: 'instant', textSize: size }, { viewport: { width: 360, height: 640 } });
      await takeChoice(page, 0);
      const height = () => page.evaluate(() => document.querySelector('.reading-top')?.getBoundingClientRect().height ?? 0);
      expect(await height()).toBeLessThanOrEqual(640 * 0.15);
      await page.locator('.stats-toggle').click();
      expect(await page.locator('.stats.open').count()).toBe(1);
      await takeChoice(page, 0);
      expect(await page.locator('.stats.open').count()).toBe(0);
      expect(await height()).toBeLessThanOrEqual(640 * 0.15);
    });
  }

  it('shows the choices only once the last paragraph has faded in fully', async () => {
    const page = await startWith({ animations: true, textSpeed: 'fast' });
    await choicesReady(page);
    await page.locator('.choices:not([aria-disabled]) .choice:not([disabled])').first().click();
    // The moment the new choices appear, every paragraph above them is at full opacity.
    await page.waitForFunction(() => document.querySelector('.choices:not([hidden]) .choice'));
    const faint = await page.$$eval('.passage .para', (ps) => ps.filter((p) => Number(getComputedStyle(p).opacity) < 0.99).length);
    expect(faint).toBe(0);
  });

  it('shows the content note before a replay link replays, and takes a link pasted into the open tab the same way', async () => {
    const { page } = await openReady(openGame);
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page, 0);
    await takeChoice(page, 1);
    await playToEnding(page);
    await page.getByRole('button', { name: 'Share this run' }).click();
    const url = await page.getByRole('dialog').getByLabel('Replay link').inputValue();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();

    // A fresh profile: the note comes first, with one press to go on.
    const fresh = (await openGame()).page;
    await fresh.goto(url);
    const note = fresh.locator('dialog.ask[open]');
    await note.waitFor();
    expect(await note.getAttribute('role')).toBe('dialog');
    expect(await note.locator('.content-note').textContent()).toMatch(/Content note/);
    expect(await fresh.locator('.ending-card').count()).toBe(0);
    await answer(fresh, 'Continue to the story');
    await fresh.locator('.ending-card').waitFor();

    // Pasted into a tab in the middle of a run: the note, then the question over the unfinished run.
    const open = (await openReady(openGame)).page;
    await open.getByRole('button', { name: 'New game' }).click();
    await takeChoice(open, 0);
    await open.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#${url.split('#')[1]}`,
    );
    // The question over the run follows the note at once: wait for the note itself to go, not for any dialog.
    const pastedNote = open.locator('dialog.ask[open]:has(.content-note)');
    await pastedNote.getByRole('button', { name: 'Continue to the story' }).click();
    await pastedNote.waitFor({ state: 'detached' });
    await answer(open, 'Open the link');
    await open.locator('.ending-card').waitFor();
  });

  it('opens the endings gallery at its heading and a reached ending again, with its last page', async () => {
    const { page } = await openReady(openGame);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.getByRole('button', { name: 'New game' }).click();
    await playToEnding(page);
    const title = (await page.locator('.ending-title').textContent()) ?? '';
    const epilogue = await page.locator('.ending-epilogue').textContent();
    await page.locator('#ending-gallery').click();
    await page.locator('.screen.endings:not(.pending)').waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('endings-title');
    await page.getByRole('button', { name: title }).click();
    const card = page.getByRole('dialog');
    await card.waitFor();
    expect(await card.textContent()).toContain(title);
    if (epilogue) expect(await card.textContent()).toContain(epilogue);
    expect(await card.locator('.reread-passage .para').count()).toBeGreaterThan(0);
  });

  it("names the places on the map in the story's words, never its knots, stitches or variables", async () => {
    const { page } = await openReady(openGame);
    await page.getByRole('button', { name: 'New game' }).click();
    for (let i = 0; i < 8; i++) await takeChoice(page, i % 2);
    await page.locator('#open-map').click();
    await page.locator('.story-map svg.map-svg').waitFor();
    const names = await page.$$eval('.map-node', (nodes) => nodes.map((n) => `${n.textContent ?? ''} ${n.getAttribute('aria-label') ?? ''}`));
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) expect(name).not.toMatch(/_|Worker dead|Comm choice|Reckoning choice|Names valley|\bnerve\b|\bfaith\b/);
  });

  it('shows a change on every Fit at 1440×900, and keeps the map tools on a 360×640 screen at the largest text size', async () => {
    const page = await startWith({ animations: false, textSpeed: 'instant', textSize: 'x-large' }, { viewport: { width: 1440, height: 900 } });
    for (let i = 0; i < 3; i++) await takeChoice(page, 0);
    await page.locator('#open-map').click();
    const map = page.locator('.story-map svg.map-svg');
    await map.waitFor();
    for (let press = 0; press < 3; press++) {
      const before = await map.getAttribute('viewBox');
      await page.getByRole('button', { name: /^Fit/ }).click();
      // A new view, or (when there is no other) the frame's flash saying the whole map is in view.
      expect((await map.getAttribute('viewBox')) !== before || (await map.evaluate((m) => m.classList.contains('is-fitted')))).toBe(true);
    }
    await page.setViewportSize({ width: 360, height: 640 });
    for (const tool of await page.locator('.map-tool').all()) {
      const box = await tool.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360 && box.y >= 0 && box.y + box.height <= 640).toBe(true);
    }
  });

  it('echoes a choice with markup as its button showed it, not as tags', async () => {
    const page = await startWith({ animations: false, textSpeed: 'instant' }, { site: inject('hostileUrl') });
    await page.getByRole('button', { name: /Bold choice/ }).click();
    const echo = page.locator('.passage .echo .echo-text').last();
    await echo.waitFor();
    expect(await echo.textContent()).toBe('Bold choice');
    expect(await echo.locator('b').count()).toBe(1);
  });
});
