/**
 * Every screen of the player, in the three themes at a phone's and a
 * desktop's size: a screenshot of each goes to test-results/screenshots (kept
 * as CI artefacts, to be looked at), and axe must find nothing serious on any
 * of them. One browser page walks them all, switching theme and size in
 * place, so the whole tour stays quick.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { browserGames } from '../support/browser';
import { playToEnding, presetSettings, takeChoice } from '../support/play';
import { animationsSettled } from '../support/waits';

const dir = 'test-results/screenshots';
const THEMES = ['dark', 'light', 'sepia'] as const;
const SIZES = [
  ['phone', { width: 360, height: 640 }],
  ['desktop', { width: 1440, height: 900 }],
] as const;
const openGame = browserGames();

/** Puts the page in a theme as the settings screen would (the attribute the stylesheet and the art read). */
async function setTheme(page: Page, theme: string): Promise<void> {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
  // The page's colours fade over a second when the theme changes; let them land before looking.
  await animationsSettled(page);
}

/** Shoots the screen at both sizes in one theme, and checks it with axe at the desktop size. */
async function look(page: Page, name: string, theme: string, problems: string[]): Promise<void> {
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${dir}/${name}-${theme}-${size}.png` });
  }
  for (const v of await axeViolations(page)) problems.push(`${name} (${theme}): ${v}`);
}

async function openScreen(page: Page, tool: string, ready: string): Promise<void> {
  // Clicked in the page: on a phone the stats strip keeps "What these mean" folded away.
  await page.evaluate((id) => document.getElementById(id)?.click(), tool);
  await page.locator(ready).first().waitFor();
}

async function closeScreen(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.reading .passage').waitFor();
}

describe('every screen in every theme', () => {
  it('writes screenshots of each screen at 360×640 and 1440×900, with no serious axe violations', async () => {
    mkdirSync(dir, { recursive: true });
    const game = await openGame({ viewport: { width: 1440, height: 900 } });
    const { page } = game;
    await presetSettings(page);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const problems: string[] = [];
    for (const theme of THEMES) {
      await setTheme(page, theme);
      await look(page, 'title', theme, problems);
      await page.getByRole('button', { name: 'Endings' }).click();
      await page.locator('.endings .ending').first().waitFor();
      await look(page, 'endings', theme, problems);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'New game' }).waitFor();
    }

    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await takeChoice(page);
    await takeChoice(page);
    const screens = [
      ['history', 'open-history', '.screen.history:not(.pending)'],
      ['map', 'open-map', '.story-map svg.map-svg'],
      ['saves', 'open-saves', '.screen.saves:not(.pending)'],
      ['settings', 'open-settings', '.screen.settings:not(.pending)'],
      ['stats', 'open-stats', '.screen.about-stats:not(.pending)'],
    ] as const;
    for (const theme of THEMES) {
      await setTheme(page, theme);
      await look(page, 'play', theme, problems);
      for (const [name, tool, ready] of screens) {
        await openScreen(page, tool, ready);
        await look(page, name, theme, problems);
        await closeScreen(page);
      }
    }

    await playToEnding(page);
    for (const theme of THEMES) {
      await setTheme(page, theme);
      await page.locator('.ending-card').scrollIntoViewIfNeeded();
      await look(page, 'ending', theme, problems);
      await page.getByRole('button', { name: 'Share this run' }).click();
      await page.getByRole('dialog').waitFor();
      await look(page, 'share', theme, problems);
      await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    }
    // No exceptions: every finding on every screen in every theme fails here.
    expect(problems).toEqual([]);
  });
});
