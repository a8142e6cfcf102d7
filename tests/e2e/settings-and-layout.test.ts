import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';

const shots = 'test-results/screenshots';
let game: OpenedGame | undefined;
const openGame = browserGames();

describe('settings and layout', () => {
  it('keeps the theme, text size and speed after a reload', async () => {
    game = await openGame();
    const { page } = game;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Theme').selectOption('sepia');
    await page.getByLabel('Text size').selectOption('large');
    await page.getByLabel('Text speed').selectOption('instant');
    await page.getByLabel('Mute all sound').check();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByLabel('Text speed').inputValue()).toBe('instant');
    expect(await page.getByLabel('Mute all sound').isChecked()).toBe(true);
  });

  it('runs under a Content-Security-Policy with no inline script and no eval', async () => {
    game = await openGame();
    const csp = await game.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await game.page.getByRole('button', { name: 'New game' }).click();
    await game.page.locator('.passage .para').first().waitFor();
  });

  for (const [name, viewport] of [
    ['phone', { width: 360, height: 640 }],
    ['desktop', { width: 1440, height: 900 }],
  ] as const) {
    it(`has no horizontal scroll on a ${name} (${viewport.width}×${viewport.height})`, async () => {
      game = await openGame({ viewport });
      const { page } = game;
      await page.getByRole('button', { name: 'New game' }).click();
      await page.locator('.choice').first().waitFor();
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}/play-${name}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
