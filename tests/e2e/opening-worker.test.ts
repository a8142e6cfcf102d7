/**
 * A story whose opening varies (tests/fixtures/random.ink rolls RANDOM) gets no first turn from the build: the
 * opening worker (src/opening-worker.ts) plays one while the title is up. With the page's own story engine held
 * back, the first passage can only come from the worker; a choice after it waits for the engine and plays on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';
import { buildStorySite } from '../support/story-site';

const openGame = browserGames();
let site: Awaited<ReturnType<typeof buildStorySite>> | undefined;

beforeAll(async () => {
  site = await buildStorySite('random-opening', 'tests/fixtures/random.ink');
});
afterAll(async () => {
  await site?.close();
});

/** Holds the page's story engine (inkjs's chunks) until `release`. */
async function holdEngine(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/(ink-runtime|story-session)-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the opening worker', () => {
  it('shows the first passage of a story whose opening varies before the page has its story engine, and plays on after it', async () => {
    let release = () => {};
    const { page } = await openGame({ site: site?.url, prepare: async (p) => (release = await holdEngine(p)) });
    await page.locator('#new-game:not([disabled])').click();
    const first = page.locator('.passage .para').first();
    await first.waitFor();
    const opening = await first.textContent();
    expect(opening).toMatch(/^The roll was \d+\./);
    await page.getByRole('button', { name: 'Again' }).click();
    release();
    await page.getByText(/^Then \d+\.$/).waitFor();
    // The page's own Story, built with the worker's seed, agreed: the first passage was never replaced.
    expect(await first.textContent()).toBe(opening);
  });

  it('is not needed: where it cannot start, the page plays the first turn itself', async () => {
    const { page } = await openGame({ site: site?.url, prepare: (p) => p.route(/opening-worker-[^/]*\.js$/, (route) => route.abort()) });
    await page.locator('#new-game:not([disabled])').click();
    await page.getByText(/^The roll was \d+\./).waitFor();
    await page.getByRole('button', { name: 'Again' }).click();
    await page.getByText(/^Then \d+\.$/).waitFor();
  });
});
