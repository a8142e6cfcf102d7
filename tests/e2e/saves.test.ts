import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame, shownStats } from '../support/browser';
import { answer, openReady, passageText, takeChoice } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames();

async function start(): Promise<OpenedGame> {
  const g = await openReady(openGame);
  await g.page.getByRole('button', { name: 'New game' }).click();
  return g;
}

describe('saves in a real browser', () => {
  it('restores the place after a reload, through Continue', async () => {
    game = await start();
    const { page } = game;
    await takeChoice(page);
    await takeChoice(page);
    const text = await passageText(page);
    const stats = await shownStats(page);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.passage .para').first().waitFor();
    expect(await passageText(page)).toBe(text);
    expect(await shownStats(page)).toEqual(stats);
  });

  it('saves to a slot and loads it back', async () => {
    game = await start();
    const { page } = game;
    await takeChoice(page);
    const text = await passageText(page);
    await page.getByRole('button', { name: 'Saves' }).click();
    await page.getByRole('button', { name: 'Save here, in Slot 1' }).click();
    await expect.poll(() => page.locator('[data-slot="slot1"] .slot-scene').count()).toBe(1);
    await page.getByRole('button', { name: 'Back' }).click();
    await takeChoice(page);
    expect(await passageText(page)).not.toBe(text);
    await page.getByRole('button', { name: 'Saves' }).click();
    await page.getByRole('button', { name: 'Load Slot 1' }).click();
    // The run on screen is unfinished, so loading over it asks first.
    await answer(page, 'Load it');
    await page.locator('.passage .para').first().waitFor();
    expect(await passageText(page)).toBe(text);
  });

  it('exports a save to a file and imports it in a fresh browser', async () => {
    game = await start();
    const { page } = game;
    await takeChoice(page);
    await takeChoice(page, 1);
    const text = await passageText(page);
    await page.getByRole('button', { name: 'Saves' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to file: this playthrough' }).click()]);
    const file = await download.path();
    const saved = readFileSync(file, 'utf8');
    expect(JSON.parse(saved).format).toBe(1);
    await game.close();

    game = await openGame();
    await game.page.locator('#title-load').click();
    await game.page.setInputFiles('#import-file', { name: 'save.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await game.page.locator('.passage .para').first().waitFor();
    expect(await passageText(game.page)).toBe(text);
  });

  it('refuses a corrupt save file with a clear message and keeps playing', async () => {
    game = await start();
    const { page } = game;
    await takeChoice(page);
    await page.getByRole('button', { name: 'Saves' }).click();
    await page.setInputFiles('#import-file', { name: 'save.json', mimeType: 'application/json', buffer: Buffer.from('{"format":1,"storyId":') });
    await expect.poll(() => page.locator('.saves-message').textContent()).toMatch(/could not be loaded/);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('.choice').first().waitFor();
  });
});
