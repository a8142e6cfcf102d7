import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { answer, openReady, passageText, takeChoice } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames();

describe('no run lost without a question, in a real browser', () => {
  it('asks before New game replaces an unfinished run, and keeps it under Earlier runs', async () => {
    game = await openReady(openGame);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await takeChoice(page);
    const first = await passageText(page);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).click();
    const dialog = page.locator('dialog.ask[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await dialog.textContent()).toMatch(/2 choices in, is not finished.*Earlier runs/);
    await answer(page, 'Cancel');
    // Cancelled: still on the title, and Continue still finds the run.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.passage .para').first().waitFor();
    expect(await passageText(page)).toBe(first);

    await page.getByRole('button', { name: 'Restart' }).click();
    await answer(page, 'Start a new story');
    await takeChoice(page, 1);
    await takeChoice(page, 1);
    await page.getByRole('button', { name: 'Saves' }).click();
    const earlier = page.locator('[data-earlier]');
    await earlier.first().waitFor();
    expect(await earlier.count()).toBe(1);
    expect(await earlier.first().textContent()).toMatch(/turn 2/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Earlier run 1' }).click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).log).toHaveLength(2);

    await page.getByRole('button', { name: 'Load Earlier run 1' }).click();
    await answer(page, 'Load it');
    await page.locator('.passage .para').first().waitFor();
    expect(await passageText(page)).toBe(first);
  });

  it('asks before a broken replay link replaces an unfinished run, and keeps the run when told to', async () => {
    game = await openReady(openGame);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    const first = await passageText(page);
    const site = page.url().split('#')[0] ?? '';
    await page.goto('about:blank');
    await page.goto(`${site}#play=not-a-link`);
    await answer(page, 'Continue to the story');
    const dialog = page.locator('dialog.ask[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/replay link is broken/);
    await answer(page, 'Keep my run');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.passage .para').first().waitFor();
    expect(await passageText(page)).toBe(first);
  });

  it('keeps the last choice when the tab is closed 20 ms after it (written on pagehide)', async () => {
    game = await openReady(openGame);
    const { page, context } = game;
    const url = page.url();
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await takeChoice(page);
    const before = await passageText(page);
    await page.locator('.choices:not([aria-disabled]) .choice:not([disabled])').first().click();
    const last = await passageText(page);
    expect(last).not.toBe(before);
    await page.waitForTimeout(20);
    await page.close({ runBeforeUnload: true });
    await page.waitForEvent('close');
    const next = await context.newPage();
    game.page = next;
    await next.goto(url);
    await next.getByRole('button', { name: 'Continue' }).click();
    await next.locator('.passage .para').first().waitFor();
    expect(await passageText(next)).toBe(last);
  });
});
