import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame, shownStats } from '../support/browser';
import { passageText, presetSettings } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames();

describe('author mode', () => {
  it('is hidden from players, and behind ?author jumps to any knot with chosen stats', async () => {
    game = await openGame();
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await page.locator('#author-toggle').count()).toBe(0);

    await presetSettings(page);
    await page.goto(`${page.url().split('#')[0]}?author`);
    await page.getByRole('button', { name: 'New game' }).click();
    const opening = await passageText(page);
    await page.locator('#author-toggle').click();
    const knots = await page.locator('#author-jump option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(knots).toContain('covering_ren');
    expect(knots).not.toContain('shift');
    await page.locator('#author-jump').selectOption('covering_ren');
    await page.locator('#author-var-nerve').fill('12');
    await page.getByRole('button', { name: 'Jump with these values' }).click();
    await expect.poll(() => passageText(page)).not.toBe(opening);
    expect(await page.locator('.notice p').textContent()).toMatch(/jumped to covering_ren/);
    expect((await shownStats(page)).nerve).toBe(12);
  });
});
