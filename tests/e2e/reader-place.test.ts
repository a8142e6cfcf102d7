/**
 * The reader's place (issue 30, items 1 and 3): every side screen opened over
 * the story is a browser history entry, so Back closes it and the page stays;
 * closing it returns to the same scroll position with focus in the story; and
 * after Restart or any header action, Space never presses a header button.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';
import { choicesReady, openReady, takeChoice } from '../support/play';

const openGame = browserGames();

/** Plays until the page is long enough to scroll, then scrolls to its bottom; returns the scroll position. */
async function scrolledDown(page: Page): Promise<number> {
  // Two choices in at least, so there is a run to continue after a reload.
  await takeChoice(page, 0);
  await takeChoice(page, 0);
  for (let i = 0; i < 12; i++) {
    if (await page.evaluate(() => document.documentElement.scrollHeight > innerHeight * 1.6)) break;
    await takeChoice(page, 0);
  }
  await choicesReady(page);
  await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await page.waitForFunction(() => scrollY > 0);
  return page.evaluate(() => scrollY);
}

/** The text of the first paragraph showing under the sticky header. */
function firstLineInView(page: Page): Promise<string> {
  return page.evaluate(() => {
    const under = document.querySelector('.reading-top')?.getBoundingClientRect().bottom ?? 0;
    const para = [...document.querySelectorAll('.reading .passage .para')].find((p) => p.getBoundingClientRect().bottom > under);
    return para?.textContent ?? '';
  });
}

describe("the reader's place", () => {
  for (const [screen, tool, ready] of [
    ['History', 'open-history', '.screen.history:not(.pending)'],
    ['Map', 'open-map', '.story-map svg.map-svg'],
    ['Settings', 'open-settings', '.screen.settings:not(.pending)'],
    ['Saves', 'open-saves', '.screen.saves:not(.pending)'],
    ['What these mean', 'open-stats', '.screen.about-stats:not(.pending)'],
  ] as const) {
    it(`comes back to the same scroll position after ${screen}, closed by its own button or by Back`, async () => {
      const { page } = await openReady(openGame);
      await page.setViewportSize({ width: 360, height: 640 });
      await page.getByRole('button', { name: 'New game' }).click();
      const y = await scrolledDown(page);
      const length = await page.evaluate(() => history.length);
      await page.evaluate((id) => document.getElementById(id)?.click(), tool);
      await page.locator(ready).waitFor();
      // Back closes the screen and leaves the reader in the story, where they were.
      await page.goBack();
      await page.locator('.reading .passage').waitFor();
      await page.waitForFunction((at) => Math.abs(scrollY - at) <= 2, y);
      expect(page.url()).not.toContain('about:blank');
      // Its own button goes back through the same entry, so the history never grows.
      await page.evaluate((id) => document.getElementById(id)?.click(), tool);
      await page.locator(ready).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.reading .passage').waitFor();
      await page.waitForFunction((at) => Math.abs(scrollY - at) <= 2, y);
      expect(await page.evaluate(() => history.length)).toBe(length + 1);
      // Focus is in the story, never on the header tool that opened the screen.
      expect(await page.evaluate(() => !!document.activeElement?.closest('.reading') && !document.activeElement.closest('.tools'))).toBe(true);
    });
  }

  it('keeps its place over a reload: Continue goes back to the paragraph the reader was at', async () => {
    const { page } = await openReady(openGame);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.getByRole('button', { name: 'New game' }).click();
    await scrolledDown(page);
    await page.evaluate(() => scrollBy({ top: -innerHeight, behavior: 'instant' }));
    const reading = await firstLineInView(page);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.reading .passage .para').first().waitFor();
    // The page a load draws has no echoes of the choices: the same paragraph is at the top, not the same pixel.
    await expect.poll(() => firstLineInView(page)).toBe(reading);
  });

  it('lets Space after Restart at an ending do nothing but what the story allows', async () => {
    const { page } = await openReady(openGame);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page, 0);
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.locator('dialog.ask[open]').getByRole('button', { name: 'Start a new story' }).click();
    await choicesReady(page);
    // Focus left the header for the story, so Space never opens the restart question again.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.tools'))).toBe(false);
    await page.keyboard.press('1');
    await choicesReady(page);
    await page.keyboard.press(' ');
    expect(await page.locator('dialog.ask[open]').count()).toBe(0);
  });

  it('leaves the game on Back from the reading screen without asking', async () => {
    const { page } = await openReady(openGame);
    await page.goto('about:blank');
    await page.goBack();
    await page
      .getByRole('button', { name: /New game|Continue/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page, 0);
    await page.goBack();
    await page.waitForURL('about:blank');
  });
});
