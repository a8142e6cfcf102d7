/**
 * The far edges of saving, attacked as a save tester would in the built
 * game: a nearly full storage when a new run replaces the autosave, and more
 * runs replaced than Earlier runs keeps.
 */
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { fillStorage } from '../support/fill-storage';
import { answer, openReady, presetSettings, takeChoice } from '../support/play';
import { autosaveHolds } from '../support/waits';

let game: OpenedGame | undefined;
const openGame = browserGames();

describe('saving at the far edges', () => {
  it('says so before New game replaces a run it has no room to keep, and keeps it unless the reader exports it', async () => {
    game = await openGame({ prepare: presetSettings });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    for (let i = 0; i < 3; i++) await takeChoice(page);
    await autosaveHolds(page, 3);
    await fillStorage(game.page, 40);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.locator('dialog.ask[open]').textContent()).toMatch(/kept in Saves, under Earlier runs/);
    // The second question follows the first at once, so this answer does not wait for the dialog to go.
    await page.locator('dialog.ask[open]').getByRole('button', { name: 'Start a new story' }).click();
    await expect.poll(() => page.locator('dialog.ask[open]').textContent()).toMatch(/could not be kept.*no room left/s);
    // Another key fills this storage, not the game's saves: the question promises room from Saves only where those fill it.
    expect(await page.locator('dialog.ask[open]').textContent()).toMatch(/make room \(in Saves, if this game’s saves are what fill the storage\)/);
    await answer(page, 'Keep my run');
    // Nothing started: the run is where it was, and Continue finds it.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.passage .para').first().waitFor();
    await autosaveHolds(page, 3);
    await page.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => page.locator('.history-step').count()).toBe(4);
  });

  it('names the earlier run that will be dropped, in the question and in Saves, once Earlier runs is full', async () => {
    game = await openReady(openGame);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    for (let run = 1; run <= 6; run++) {
      await takeChoice(page);
      await autosaveHolds(page, 1);
      await page.reload();
      await page.getByRole('button', { name: 'New game' }).click();
      const question = page.locator('dialog.ask[open]');
      await question.waitFor();
      const text = (await question.textContent()) ?? '';
      if (run === 6) expect(text).toMatch(/the oldest, from .+, will be dropped/);
      else expect(text).not.toMatch(/dropped/);
      await answer(page, 'Start a new story');
      await page.locator('.choice:not([disabled])').first().waitFor();
    }
    await page.getByRole('button', { name: 'Saves' }).click();
    await expect.poll(() => page.locator('.earlier-full').textContent()).toMatch(/drops the oldest, from /);
  });
});
