/**
 * The set-up the two-tab browser tests share: one tab's run, moved on by a second tab of the same browser profile
 * (shared storage), so the first tab has a question to ask.
 */
import type { Page } from 'playwright-core';
import type { OpenedGame } from './browser';
import { takeChoice } from './play';
import { autosaveHolds } from './waits';

/** Tab A (the game's page) one choice into a new game; tab B opened on that run (Continue) and a choice further. Returns B. */
export async function secondTabMovesOn(game: OpenedGame): Promise<Page> {
  const { page, context } = game;
  await page.getByRole('button', { name: 'New game' }).click();
  await takeChoice(page);
  await autosaveHolds(page, 1);
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Continue' }).click();
  await other.locator('.passage .para').first().waitFor();
  await takeChoice(other, 1);
  return other;
}
