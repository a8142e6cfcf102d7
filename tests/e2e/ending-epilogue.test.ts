/**
 * The ending card's epilogue line, in the built flagship: reaching an ending
 * shows the story's sentence for it under the title, as text, and a
 * screenshot of the card goes to test-results/screenshots in dark and sepia at
 * a phone's and a desktop's size, to be looked at.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';
import { openReady, playToEnding } from '../support/play';
import { animationsSettled } from '../support/waits';

const root = path.resolve(import.meta.dirname, '../..');
const openGame = browserGames();

/** Each ending title's epilogue sentences, read from the ending lines of the flagship's scenes. */
function epiloguesByTitle(): Map<string, Set<string>> {
  const byTitle = new Map<string, Set<string>>();
  const scenes = path.join(root, 'story/scenes');
  for (const file of readdirSync(scenes).filter((f) => f.endsWith('.ink'))) {
    for (const line of readFileSync(path.join(scenes, file), 'utf8').split('\n')) {
      const m = /# ending_title: (.+?) # epilogue: (.+?)\s*$/.exec(line);
      if (!m?.[1] || !m[2]) continue;
      byTitle.set(m[1], (byTitle.get(m[1]) ?? new Set()).add(m[2]));
    }
  }
  return byTitle;
}

describe('the ending card', () => {
  it("shows the ending's epilogue line, as text, right under its title", async () => {
    const { page } = await openReady(openGame);
    await page.getByRole('button', { name: 'New game' }).click();
    await playToEnding(page);
    const title = (await page.locator('.ending-title').textContent()) ?? '';
    const epilogue = page.locator('.ending-card .ending-epilogue');
    expect([...(epiloguesByTitle().get(title) ?? [])]).toContain(await epilogue.textContent());
    expect(await epilogue.evaluate((p) => p.previousElementSibling?.className)).toBe('ending-title');
    expect(await epilogue.evaluate((p) => p.children.length)).toBe(0);
    expect(await epilogue.evaluate((p) => getComputedStyle(p).fontStyle)).toBe('italic');

    mkdirSync('test-results/screenshots', { recursive: true });
    for (const theme of ['dark', 'sepia']) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      // The page's colours fade over a second when the theme changes; let them land before looking.
      await animationsSettled(page);
      for (const [size, viewport] of [
        ['phone', { width: 360, height: 640 }],
        ['desktop', { width: 1440, height: 900 }],
      ] as const) {
        await page.setViewportSize(viewport);
        // The card's top (title and epilogue) just under the sticky header, which the page's scroll-padding leaves room for.
        await page.locator('.ending-card').evaluate((card) => card.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `test-results/screenshots/ending-epilogue-${theme}-${size}.png` });
      }
    }
  });
});
