/**
 * A story's one-shot sound in its opening passage, played from the first turn
 * the build played (tests/fixtures/any-ink/bell: `# AUDIO:` on its first line).
 * The click on New game is the gesture that lets sound start, so the cue it asks
 * for must wait for sound to load rather than be dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';
import type { StaticSite } from '../support/static-server';
import { buildStorySite } from '../support/story-site';

let site: StaticSite & { outDir: string };

beforeAll(async () => {
  site = await buildStorySite('bell', 'tests/fixtures/any-ink/bell/the-bell-at-dawn.ink');
});
afterAll(async () => site?.close());

const openGame = browserGames();

describe('a one-shot sound in the opening passage', () => {
  it('is fetched and played after the click on New game, as a sound on a later passage is', async () => {
    const { page } = await openGame({ site: site.url });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice').first().waitFor();
    await expect.poll(() => requested.some((u) => /bell-.*\.mp3$/.test(u)), { timeout: 20_000 }).toBe(true);
  });
});
