import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { answer, openReady, passageText, takeChoice } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames();
const autoKey = "ink-save/Kee's First Raid/auto";

/**
 * Leaves the run (the page flushes its autosave as it goes), then opens the
 * game afresh in the same browser with `damage` done to its storage first.
 */
async function reopenWith(g: OpenedGame, damage: (key: string) => void): Promise<Page> {
  const url = g.page.url();
  const fresh = await g.context.newPage();
  await g.page.close();
  await fresh.goto(url);
  await fresh.evaluate(damage, autoKey);
  await fresh.reload();
  g.page = fresh;
  return fresh;
}

describe('damaged data always has a door, in a real browser', () => {
  it('takes Continue away when both autosave copies are damaged, says why, and exports what was kept aside', async () => {
    game = await openReady(openGame);
    let { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await takeChoice(page);
    page = await reopenWith(game, (key) => {
      localStorage.setItem(key, 'garbage one');
      localStorage.setItem(`${key}~backup`, 'garbage two');
    });
    await page.locator('.title-problems').waitFor();
    expect(await page.locator('#continue').count()).toBe(0);
    expect(await page.locator('.title-problems').textContent()).toMatch(/autosave could not be read.*kept aside/);
    await page.getByRole('button', { name: 'Open Saves' }).click();
    const kept = page.locator('[data-kept-aside]');
    await kept.first().waitFor();
    expect(await kept.count()).toBe(2);
    expect(await page.locator('.kept-aside').textContent()).toMatch(/The autosave.*The autosave’s backup/s);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Kept aside 1' }).click()]);
    expect(['garbage one', 'garbage two']).toContain(readFileSync(await download.path(), 'utf8'));
    await page.getByRole('button', { name: 'Delete Kept aside 1' }).click();
    await answer(page, 'Delete');
    await expect.poll(() => kept.count()).toBe(1);
  });

  it('keeps playing over a 5 MB damaged autosave, offers its deletion, and then stores every choice', async () => {
    game = await openReady(openGame);
    let { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await takeChoice(page);
    page = await reopenWith(game, (key) => localStorage.setItem(key, 'x'.repeat(5_000_000)));
    // The backup still reads, so Continue stays and works.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.passage .para').first().waitFor();
    await takeChoice(page);
    await takeChoice(page);
    const latest = await passageText(page);
    await page.locator('#notice-saves').waitFor();
    expect(await page.locator('.notice p').textContent()).toMatch(/storage is full/);
    await page.locator('#notice-saves').click();
    const kept = page.locator('[data-kept-aside]');
    await kept.first().waitFor();
    expect(await kept.first().textContent()).toMatch(/still in place.*5\.0 MB/s);
    await page.getByRole('button', { name: 'Delete Kept aside 1' }).click();
    await answer(page, 'Delete');
    await expect.poll(() => page.locator('.saves-message').textContent()).toMatch(/Every save is stored/);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.passage .para').first().waitFor();
    expect(await passageText(page)).toBe(latest);
  });

  it('shows the warning that settings could not be stored, on Settings and after it', async () => {
    game = await openReady(openGame);
    const { page } = game;
    await page.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'kee:settings') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        set.call(this, key, value);
      };
    });
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.passage .para').first().waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('#set-theme').selectOption('light');
    await page.locator('.settings-warning').waitFor();
    await page.locator('#settings-done').click();
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/would not store them/);
  });

  it('shows a stat outside the story’s range in Saves, and loading it replays the choices instead', async () => {
    game = await openReady(openGame);
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await takeChoice(page);
    await page.getByRole('button', { name: 'Saves' }).click();
    await page.getByRole('button', { name: 'Save here, in Slot 1' }).click();
    await page.locator('[data-slot="slot1"] .slot-scene').waitFor();
    await page.evaluate((key) => {
      const envelope = JSON.parse(localStorage.getItem(key) ?? '{}');
      envelope.save.label.stats.nerve = 9999;
      const state = JSON.parse(envelope.save.inkState);
      state.variablesState.nerve = 9999;
      envelope.save.inkState = JSON.stringify(state);
      localStorage.setItem(key, JSON.stringify(envelope));
    }, "ink-save/Kee's First Raid/slot1");
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Saves' }).click();
    await expect.poll(() => page.locator('[data-slot="slot1"]').textContent()).toMatch(/Nerve 9999.*Outside what the story allows \(Nerve 0–100\)/s);
    await page.getByRole('button', { name: 'Load Slot 1' }).click();
    await answer(page, 'Load it');
    await expect.poll(() => page.locator('.notice p').textContent()).toMatch(/Nerve 9999 \(the story allows 0–100\).*replayed/);
    expect(Number(await page.locator('[data-stat="nerve"] .stat-value').textContent())).toBeLessThanOrEqual(100);
  });
});
