import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserGames, type OpenedGame, shownStats } from '../support/browser';
import { choicesReady } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames();

/**
 * Reloads the page with the game's script held back, so it shows only what index.html holds until
 * `release`; `reloaded` cannot settle before then.
 */
async function reloadWithScriptHeld(page: Page): Promise<{ release: () => void; reloaded: Promise<unknown> }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release, reloaded: page.reload() };
}

describe('the first scene in a real browser', () => {
  it('opens on the title screen with the content note, served from a sub-path', async () => {
    game = await openGame();
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe("Kee's First Raid");
    expect(await page.locator('.content-note').textContent()).toMatch(/violence/i);
  });

  it('paints the title screen from index.html before the script arrives, and its buttons work, unmoved, once it has', async () => {
    game = await openGame();
    const { page } = game;
    const { release, reloaded } = await reloadWithScriptHeld(page);
    try {
      await page.locator('h1', { hasText: "Kee's First Raid" }).waitFor();
      expect(await page.locator('.content-note').textContent()).toMatch(/violence/i);
      const button = page.locator('#new-game');
      // Until the script takes it over the button cannot act, so it says so.
      expect(await button.isDisabled()).toBe(true);
      const before = await button.boundingBox();
      // Marked, to tell afterwards whether the script kept this very element or drew a new one.
      await page.evaluate(() => document.querySelector('.title-screen')?.setAttribute('data-seen-before', ''));
      release();
      await reloaded;
      await page.locator('.title-screen:not([data-static]) #new-game:not([disabled])').waitFor();
      expect(await page.locator('#new-game').boundingBox()).toEqual(before);
      // The script takes the drawn page over in place rather than drawing it again.
      expect(await page.locator('.title-screen[data-seen-before]').count()).toBe(1);
    } finally {
      release();
    }
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
  });

  it('paints a returning reader’s title in their theme, Continue first, before the script arrives, and nothing moves when it does', async () => {
    game = await openGame();
    const { page } = game;
    // A returning reader: a light theme chosen, and a run to continue.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Theme').selectOption('light');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.endsWith('/auto')));
    const { release, reloaded } = await reloadWithScriptHeld(page);
    try {
      await page.locator('.title-screen[data-static]').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      const names = async () => (await page.locator('.title-screen .menu button').allTextContents()).map((t) => t.trim());
      expect(await names()).toEqual(['Continue', 'New game', 'Load', 'Settings', 'Endings']);
      const boxes = async () => Promise.all(['#continue', '#new-game', '#title-endings'].map((id) => page.locator(id).boundingBox()));
      const before = await boxes();
      const lead = await page.locator('#continue').evaluate((b) => getComputedStyle(b).backgroundColor);
      release();
      await reloaded;
      await page.locator('.title-screen:not([data-static]) #continue:not([disabled])').waitFor();
      expect(await boxes()).toEqual(before);
      expect(await page.locator('#continue').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(lead);
    } finally {
      release();
    }
  });

  it('plays choices with the mouse and the number keys, and the stats change', async () => {
    game = await openGame();
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
    const before = await shownStats(page);
    expect(Object.keys(before)).toEqual(['nerve', 'aim', 'faith']);

    let changed = false;
    for (let turn = 0; turn < 6 && !changed; turn++) {
      const paragraphs = await page.locator('.passage .para').count();
      if (turn % 2 === 0) await page.locator('.choice:not([disabled])').first().click();
      else {
        await choicesReady(page);
        await page.keyboard.press(String(await firstOpenNumber(game)));
      }
      await page.waitForFunction((n) => document.querySelectorAll('.passage .para').length !== n || !!document.querySelector('.ending-card'), paragraphs);
      changed = JSON.stringify(await shownStats(page)) !== JSON.stringify(before);
    }
    expect(changed).toBe(true);
  });

  it('draws the title and the first passage in one typeface, one weight and two sizes', async () => {
    // Each further family, weight or size is more font lookups before the first passage can be drawn (see styles.css).
    game = await openGame();
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const title = await fontsOfVisibleText(game);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
    const reading = await fontsOfVisibleText(game);
    for (const fonts of [title, reading]) {
      expect(new Set(fonts.map((f) => f.family))).toEqual(new Set(['Georgia, serif']));
      expect(new Set(fonts.map((f) => f.weight))).toEqual(new Set(['400']));
    }
    expect(new Set(reading.map((f) => f.size)).size).toBe(2);
  });

  it('ships the ink runtime but never the compiler', () => {
    const assets = path.join(inject('distDir'), 'assets');
    const js = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(assets, f), 'utf8'))
      .join('\n');
    expect(js).toContain('ink save format'); // a runtime-only message: proves the runtime is there
    expect(js).not.toContain('Expected some kind of logic, conditional or sequence within braces');
    expect(js).not.toContain('InkParser');
  });
});

/** The computed font of every element that shows text on the page now. */
function fontsOfVisibleText(game: OpenedGame): Promise<{ family: string; weight: string; size: string }[]> {
  return game.page.evaluate(() => {
    const fonts: { family: string; weight: string; size: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      fonts.push({ family: style.fontFamily, weight: style.fontWeight, size: style.fontSize });
    }
    return fonts;
  });
}

/** The number key (1-based) of the first choice that is not locked. */
async function firstOpenNumber(game: OpenedGame): Promise<number> {
  const disabled = await game.page.$$eval('.choice', (bs) => bs.map((b) => (b as HTMLButtonElement).disabled));
  return disabled.indexOf(false) + 1;
}
