import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { choicesReady, passageText, presetSettings } from '../support/play';
import { pageSettled } from '../support/waits';

let game: OpenedGame | undefined;
const openGame = browserGames();

/** Choices taken in this run, read from the history screen (one row per choice, plus the start). */
async function turnsTaken(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'History' }).click();
  await page.locator('.history-step').first().waitFor();
  const rows = await page.locator('.history-step').count();
  await page.keyboard.press('Escape');
  await page.locator('.passage').waitFor();
  return rows - 1;
}

describe('one choice per intent, in a real browser', () => {
  it('takes one choice for keys 1 and 2 pressed together at instant speed', async () => {
    game = await openGame({ prepare: presetSettings });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    for (let round = 1; round <= 3; round++) {
      await choicesReady(page);
      await page.keyboard.down('1');
      await page.keyboard.down('2');
      await page.keyboard.up('1');
      await page.keyboard.up('2');
      await pageSettled(page);
      expect(await turnsTaken(page)).toBe(round);
    }
  });

  it('lets Space after the reveal take nothing, and a second Space after a skip take nothing either', async () => {
    game = await openGame({ prepare: (page) => presetSettings(page, { animations: true, textSpeed: 'slow' }) });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
    await page.keyboard.press(' ');
    await page.waitForTimeout(120);
    await page.keyboard.press(' ');
    await choicesReady(page);
    const shown = await passageText(page);
    await page.keyboard.press(' ');
    await page.keyboard.press('Enter');
    await pageSettled(page);
    expect(await passageText(page)).toBe(shown);
    expect(await turnsTaken(page)).toBe(0);
    // No choice was focused for the reader: Tab is what reaches choice 1, and then Enter takes it.
    expect(await page.evaluate(() => document.activeElement?.closest('.choice') === null)).toBe(true);
  });

  it('does not let a second click on New game land on the first choice', async () => {
    game = await openGame({ prepare: presetSettings });
    const { page } = game;
    const box = await page.getByRole('button', { name: 'New game' }).boundingBox();
    if (!box) throw new Error('no New game button');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.click(x, y);
    // The reader's second click, 150 ms after the first: the timing is the input under test, not a wait.
    await page.waitForTimeout(150);
    await page.mouse.click(x, y);
    await pageSettled(page);
    expect(await turnsTaken(page)).toBe(0);
  });
});
