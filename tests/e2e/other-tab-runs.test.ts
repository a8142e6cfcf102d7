/**
 * A question that names a run must act on that very run. These tests put two tabs of one browser profile (shared
 * storage) where the run a question describes is not the one in the autosave: the other-tab question after this tab
 * kept its run in Slot 1 and the other tab saved there ("Switch to that run", "Keep this run in a slot"), and
 * Restart's question while the other-tab question waits (which run goes under Earlier runs).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { fillStorage } from '../support/fill-storage';
import { answer, passageText, presetSettings, takeChoice } from '../support/play';
import { secondTabMovesOn } from '../support/two-tabs';
import { autosaveHolds } from '../support/waits';

let game: OpenedGame | undefined;
const openGame = browserGames();

/** Tab A one choice in; tab B opened on that run (Continue) and a choice further, so A is asked and keeps its run in Slot 1. */
async function tabAKeepsItsRunInSlot1(): Promise<{ page: Page; other: Page }> {
  game = await openGame({ prepare: presetSettings });
  const { page } = game;
  const other = await secondTabMovesOn(game);
  await autosaveHolds(other, 2);

  await page.bringToFront();
  await answer(page, 'Keep this run in a slot');
  await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/Slot 1 from now on/);
  await autosaveHolds(page, 1, 'slot1');
  return { page, other };
}

/** The other tab saves the run it is playing (`turns` choices in) into Slot 1, from Saves, and goes back to reading. */
async function saveIntoSlot1(other: Page, turns: number): Promise<void> {
  await other.bringToFront();
  await other.getByRole('button', { name: 'Saves' }).click();
  await other.getByRole('button', { name: 'Save here, in Slot 1' }).click();
  await answer(other, 'Replace it');
  await autosaveHolds(other, turns, 'slot1');
  await other.keyboard.press('Escape');
  await other.locator('.choice:not([disabled])').first().waitFor();
}

/** The choices of every run kept under Earlier runs, as stored. */
function earlierRunLogs(page: Page): Promise<number[][]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => /\/earlier~\d+$/.test(k))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}').save.log),
  );
}

/** The choices of the save in `slot`, as stored. */
function storedLog(page: Page, slot: string): Promise<number[]> {
  return page.evaluate((s) => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(`/${s}`)) ?? '';
    return JSON.parse(localStorage.getItem(key) ?? '{}').save.log;
  }, slot);
}

/**
 * Tab A one choice in; tab B opened on that run and a choice further; A puts the question off ("Decide later") and
 * takes a choice of its own, so its run is on screen only while the autosave holds B's. Returns B's run's choices.
 */
async function tabAPlaysOnWhileTheQuestionWaits(): Promise<{ page: Page; theirs: number[] }> {
  game = await openGame({ prepare: presetSettings });
  const { page } = game;
  const other = await secondTabMovesOn(game);
  await autosaveHolds(other, 2);
  const theirs = await storedLog(other, 'auto');
  await page.bringToFront();
  await answer(page, 'Decide later');
  await takeChoice(page, 0);
  return { page, theirs };
}

describe('the other-tab question acts on the run it describes', () => {
  it('switches to the run the other tab saved in this tab’s slot, as the question names it, not to the autosave', async () => {
    const { page, other } = await tabAKeepsItsRunInSlot1();
    await saveIntoSlot1(other, 2);
    // Tab A hears of the save in its slot at once, and asks about that save.
    const dialog = page.locator('dialog.ask[open]');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toMatch(/saved in Slot 1 is .*, 2 choices in\./);
    // The other tab plays on and saves there again while the question waits: the question follows it.
    await takeChoice(other, 0);
    await saveIntoSlot1(other, 3);
    const slotRun = await passageText(other);
    await expect.poll(() => dialog.textContent()).toMatch(/3 choices in\./);
    // Then its autosave goes a choice past what Slot 1 holds.
    await takeChoice(other, 0);
    await autosaveHolds(other, 4);

    await page.bringToFront();
    await answer(page, 'Switch to that run');
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/Switched to the other tab’s run, saved in Slot 1/);
    expect(await passageText(page)).toBe(slotRun);
  });

  it('keeps this tab’s run in another slot, saying the other tab’s run stays in Slot 1', async () => {
    const { page, other } = await tabAKeepsItsRunInSlot1();
    await saveIntoSlot1(other, 2);
    await page.bringToFront();
    await answer(page, 'Keep this run in a slot');
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/Slot 2 from now on; the other tab’s run stays in Slot 1\./);
    await takeChoice(page);
    await autosaveHolds(page, 2, 'slot2');
    await autosaveHolds(page, 2, 'slot1');
  });

  it('keeps the run on screen under Earlier runs, as Restart’s question says, while the other-tab question waits', async () => {
    const { page, theirs } = await tabAPlaysOnWhileTheQuestionWaits();
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect
      .poll(() => page.locator('dialog.ask[open]').textContent())
      .toMatch(/2 choices in, is not finished\.\s*It will be kept in Saves, under Earlier runs/);
    await answer(page, 'Start a new story');
    await takeChoice(page);
    await autosaveHolds(page, 1);
    const kept = await earlierRunLogs(page);
    // Both runs are kept: the one the question named (this tab's, a choice apart from the other's) and the autosave's.
    expect(kept).toContainEqual(theirs);
    expect(kept.filter((log) => log.length === 2 && log[0] === theirs[0] && log[1] !== theirs[1])).toHaveLength(1);
  });

  it('exports the run on screen when there is no room to keep it, and leaves the other tab’s autosave in place', async () => {
    const { page, theirs } = await tabAPlaysOnWhileTheQuestionWaits();
    await fillStorage(page, 40);
    await page.getByRole('button', { name: 'Restart' }).click();
    // The second question follows the first at once, so this answer does not wait for the dialog to go.
    await page.locator('dialog.ask[open]').getByRole('button', { name: 'Start a new story' }).click();
    await expect.poll(() => page.locator('dialog.ask[open]').textContent()).toMatch(/could not be kept/);
    const [download] = await Promise.all([page.waitForEvent('download'), answer(page, 'Export it, then go on')]);
    const exported: number[] = JSON.parse(readFileSync(await download.path(), 'utf8')).log;
    expect(exported).toHaveLength(2);
    expect(exported).not.toEqual(theirs);
    // The new run waits (no room to keep the autosave's run either), and the other tab's run is still the autosave.
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/could not be kept under Earlier runs/);
    expect(await storedLog(page, 'auto')).toEqual(theirs);
  });
});
