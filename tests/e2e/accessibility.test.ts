import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { browserGames, type OpenedGame } from '../support/browser';
import { choicesReady, presetSettings, takeChoice } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames();

describe('accessibility', () => {
  for (const theme of ['dark', 'light', 'sepia']) {
    it(`has no serious axe violations on the title, play, settings and endings screens (${theme} theme)`, async () => {
      game = await openGame({ prepare: (page) => presetSettings(page, { animations: false, textSpeed: 'instant', theme }) });
      const { page } = game;
      await page.getByRole('button', { name: 'New game' }).waitFor();
      expect(await axeViolations(page), 'title screen').toEqual([]);
      await page.getByRole('button', { name: 'New game' }).click();
      await takeChoice(page);
      expect(await axeViolations(page), 'play screen').toEqual([]);
      await page.getByRole('button', { name: 'Settings' }).click();
      expect(await axeViolations(page), 'settings screen').toEqual([]);
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'History' }).click();
      expect(await axeViolations(page), 'history screen').toEqual([]);
      await page.keyboard.press('Escape');
      await page.goto(page.url());
      await page.getByRole('button', { name: 'Endings' }).click();
      await page.locator('.endings .ending').first().waitFor();
      expect(await axeViolations(page), 'endings screen').toEqual([]);
    });
  }

  it('plays from the first screen to an ending with the keyboard alone', async () => {
    game = await openGame({ prepare: presetSettings });
    const { page } = game;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New game');
    await page.keyboard.press('Enter');
    for (let turn = 0; turn < 60 && !(await page.locator('.ending-card').count()); turn++) {
      await choicesReady(page);
      if (await page.locator('.ending-card').count()) break;
      const open = await page.$$eval('.choice', (bs) => bs.map((b) => !(b as HTMLButtonElement).disabled));
      const before = await page.evaluate(() => document.querySelector('.passage')?.textContent);
      await page.keyboard.press(String(open.indexOf(true) + 1));
      await page.waitForFunction((b) => document.querySelector('.passage')?.textContent !== b || !!document.querySelector('.ending-card'), before);
    }
    await page.locator('.ending-card').waitFor();
    // Focus lands somewhere useful at the end, and it is visible.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
