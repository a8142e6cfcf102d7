import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { answer, passageText, presetSettings, takeChoice } from '../support/play';
import { secondTabMovesOn } from '../support/two-tabs';
import { autosaveHolds } from '../support/waits';

let game: OpenedGame | undefined;
const openGame = browserGames();

describe('two tabs of one story, in a real browser', () => {
  it('tells a tab the story moved on in another, and keeps both runs when asked to', async () => {
    game = await openGame({ prepare: presetSettings });
    const { page, context } = game;
    const other = await secondTabMovesOn(game);
    const theirs = await passageText(other);

    // The first tab hears of it (a storage event) and asks; nothing of the other tab's is overwritten.
    const dialog = page.locator('dialog.ask[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/moved on in another tab/);
    await answer(page, 'Keep this run in a slot');
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/Slot 1 from now on/);
    await takeChoice(page);
    const mine = await passageText(page);
    await autosaveHolds(page, 2, 'slot1');

    const third = await context.newPage();
    await third.goto(page.url());
    await third.getByRole('button', { name: 'Continue' }).click();
    await third.locator('.passage .para').first().waitFor();
    expect(await passageText(third)).toBe(theirs);
    await third.getByRole('button', { name: 'Saves' }).click();
    await third.getByRole('button', { name: 'Load Slot 1' }).click();
    await answer(third, 'Load it');
    await third.locator('.passage .para').first().waitFor();
    expect(await passageText(third)).toBe(mine);
  });

  it('asks with where the other tab’s run is now, and switching to it keeps this run under Earlier runs once', async () => {
    game = await openGame();
    const { page, context } = game;
    await presetSettings(page);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).click();
    for (const n of [0, 1, 0]) await takeChoice(page, n);
    await autosaveHolds(page, 3);

    // The other tab starts a new story (this tab's run is kept under Earlier runs first) and takes one choice.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole('button', { name: 'New game' }).click();
    await answer(other, 'Start a new story');
    await takeChoice(other);
    await autosaveHolds(other, 1);

    // The question may have been asked at the other tab's first autosave: it still says where that run is now.
    const dialog = page.locator('dialog.ask[open]');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toMatch(/1 choice in\./);
    await answer(page, 'Switch to that run');
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/Switched to the other tab/);
    expect(await passageText(page)).toBe(await passageText(other));
    await page.getByRole('button', { name: 'Saves' }).click();
    const earlier = page.locator('[data-earlier]');
    await earlier.first().waitFor();
    expect(await earlier.count()).toBe(1);
  });
});
