import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { presetSettings, takeChoice } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames({ allowProblems: true });

describe('sound', () => {
  it('loads no sound code or audio before the first gesture, then plays the story’s cues', async () => {
    const requested: string[] = [];
    game = await openGame({
      prepare: (page) => {
        page.on('request', (r) => requested.push(r.url()));
        return presetSettings(page);
      },
    });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(requested.filter((u) => /howler|\.webm|\.mp3/.test(u))).toEqual([]);
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await expect.poll(() => requested.some((u) => /howler-audio.*\.js/.test(u))).toBe(true);
    await expect.poll(() => requested.some((u) => /forest.*\.(webm|mp3)/.test(u))).toBe(true);
    expect(game.problems).toEqual([]);
  });

  it('plays on in silence, without errors, when every sound file fails to load', async () => {
    const warnings: string[] = [];
    game = await openGame({
      prepare: async (page) => {
        await page.route(/\.(webm|mp3)$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
        page.on('console', (m) => {
          if (m.type() === 'warning') warnings.push(m.text());
        });
        await presetSettings(page);
      },
    });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await takeChoice(page);
    // Sound loads a moment after the first passage is drawn: wait until it has tried the ambience.
    await expect.poll(() => warnings.some((w) => w.includes('forest')), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(500);
    // The failed loads show as network 404s; the game itself raises no error, and says once per cue that it is silent.
    expect(game.problems.filter((p) => !p.includes('404'))).toEqual([]);
    const forest = warnings.filter((w) => w.includes('forest'));
    expect(forest.length).toBe(1);
    expect(await page.locator('.choice').count()).toBeGreaterThan(0);
  });
});
