/**
 * Two small stories built into the player and played in Chromium: one in two
 * files (tests/fixtures/any-ink/hill) whose ending passage carries RESTART
 * and whose INCLUDEd scene runs out of content, and one that asks to restart
 * before its first choice (tests/fixtures/restart-at-start.ink).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';
import type { StaticSite } from '../support/static-server';
import { buildStorySite } from '../support/story-site';

const sites: Record<string, StaticSite> = {};

const buildStory = buildStorySite;

beforeAll(async () => {
  sites.hill = await buildStory('hill', 'tests/fixtures/any-ink/hill/main.ink');
  sites.loop = await buildStory('restart-at-start', 'tests/fixtures/restart-at-start.ink');
});
afterAll(async () => Promise.all(Object.values(sites).map((s) => s.close())));

const openGame = browserGames({ allowProblems: true });
const paragraphs = (page: import('playwright-core').Page) => page.locator('.passage .para').allTextContents();

describe('a RESTART tag in the browser', () => {
  it('lands back at the first passage with a fresh run when the ending passage carries it', async () => {
    const { page, problems } = await openGame({ site: sites.hill?.url });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Lie down and sleep/ }).click();
    await expect.poll(() => paragraphs(page)).toEqual(['Dawn on the hill road.']);
    // The fresh run's first passage fades in (a new game is no jump in time), and its choices follow the last fade.
    await expect.poll(() => page.locator('.choice-text').allTextContents()).toEqual(['Climb the hill', 'Lie down and sleep']);
    expect(await page.locator('.status').textContent()).toBe('');
    // The fresh run is the one a reload continues.
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith('/auto')));
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => paragraphs(page)).toEqual(['Dawn on the hill road.']);
    expect(problems).toEqual([]);
  });

  it('does not loop when the story asks to restart before the first choice, and says so', async () => {
    const { page } = await openGame({ site: sites.loop?.url });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.story-error').waitFor();
    expect(await page.locator('.story-error').textContent()).toMatch(/asked to start over .* before any choice/);
    expect(await paragraphs(page)).toEqual(['Everything begins again.']);
  });
});

describe('a runtime error in the browser', () => {
  it('names the file and line where the story stopped', async () => {
    const { page } = await openGame({ site: sites.hill?.url });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Climb the hill/ }).click();
    await page.getByRole('button', { name: /Look down/ }).click();
    await page.locator('.story-error').waitFor();
    await expect
      .poll(() => page.locator('.story-error p').first().textContent())
      .toBe("The story stopped at scenes/hill.ink line 4: ran out of content. Do you need a '-> DONE' or '-> END'?");
  });
});
