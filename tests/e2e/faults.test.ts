import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { answer, presetSettings, takeChoice } from '../support/play';
import { autosaveHolds, pageSettled } from '../support/waits';

let game: OpenedGame | undefined;
const openGame = browserGames();

/** The number of choices taken, read from the history screen (one row per choice, plus the start). */
/** The autosave as stored (empty when there is none), to tell when a tab's write has landed. */
function storedAutosave(page: Page): Promise<string> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.endsWith('/auto'))
      .map((k) => localStorage.getItem(k))
      .join('\n'),
  );
}

async function turnsTaken(g: OpenedGame): Promise<number> {
  await g.page.getByRole('button', { name: 'History' }).click();
  await g.page.locator('.history-step').first().waitFor();
  const rows = await g.page.locator('.history-step').count();
  await g.page.keyboard.press('Escape');
  await g.page.locator('.passage').waitFor();
  return rows - 1;
}

describe('faults and hostile input', () => {
  it('plays on when storage is full, says so once, and offers export', async () => {
    game = await openGame({
      prepare: (page) =>
        page.addInitScript(() => {
          Storage.prototype.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }),
    });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.notice p').waitFor();
    expect(await page.locator('.notice p').textContent()).toMatch(/storage is full.*Export/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await takeChoice(page);
    await takeChoice(page);
    await pageSettled(page);
    expect(await page.locator('.notice p').count()).toBe(0);
    await page.getByRole('button', { name: 'Saves' }).click();
    expect(await page.getByRole('button', { name: 'Export to file: this playthrough' }).isEnabled()).toBe(true);
  });

  it('keeps the choices for the end of the text when the full-storage notice comes while it appears', async () => {
    // Slow text, so the notice (written with the first autosave) arrives while the first passage is still fading in.
    game = await openGame({
      prepare: (page) =>
        page.addInitScript(() => {
          if (!localStorage.getItem('kee:settings')) localStorage.setItem('kee:settings', JSON.stringify({ textSpeed: 'slow' }));
          Storage.prototype.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }),
    });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.notice p').waitFor();
    // Read at one moment: while any paragraph is still to fade in, no choice is on screen (on a machine slow
    // enough that the reveal ended first, there is nothing to check here, and the two turns below still must pass).
    const early = await page.evaluate(() => ({
      fading: document.querySelectorAll('.para.fresh').length,
      choices: document.querySelectorAll('.choice').length,
    }));
    if (early.fading > 0) expect(early.choices, 'no choice before the last paragraph has faded in').toBe(0);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    // Each turn's choices are that turn's: the cut-short reveal of one turn never draws the last turn's again.
    await takeChoice(page);
    await takeChoice(page);
  });

  it('starts and plays when the browser refuses localStorage altogether', async () => {
    game = await openGame({
      prepare: (page) =>
        page.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('Access is denied for this document.', 'SecurityError');
            },
          });
        }),
    });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    expect(await page.locator('.notice p').textContent()).toMatch(/not letting the game store saves/);
  });

  it('never takes two choices for a double click or for keys mashed while text appears', async () => {
    game = await openGame({ prepare: (page) => presetSettings(page, { animations: true, textSpeed: 'slow' }) });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice:not([disabled])').first().waitFor();
    // The second click of a double click lands on the text that appeared, and only hurries it along.
    await page.locator('.choice:not([disabled])').first().dblclick();
    await page.locator('.choice:not([disabled])').first().waitFor();
    expect(await turnsTaken(game)).toBe(1);
    // While a longer passage is still appearing at the slow speed, a number key only finishes it.
    let tried = false;
    for (let turn = 1; turn < 8 && !tried; turn++) {
      await page.locator('.choice:not([disabled])').first().click();
      await page.waitForTimeout(150);
      if ((await page.locator('.para.fresh').count()) === 0) continue;
      tried = true;
      await page.keyboard.press('1');
      await page.locator('.choice:not([disabled])').first().waitFor();
      expect(await page.locator('.para.fresh').count()).toBe(0);
      expect(await turnsTaken(game)).toBe(turn + 1);
    }
    expect(tried, 'found a passage long enough to interrupt').toBe(true);
  });

  it('leaves no selection behind a double click on New game, as the text appears or after the next choice', async () => {
    game = await openGame();
    const { page } = game;
    await page.locator('#new-game:not([disabled])').dblclick();
    await page.locator('.choice:not([disabled])').first().waitFor();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
    await page.locator('.choice:not([disabled])').first().click();
    await page.locator('.echo').waitFor();
    await page.locator('.choice:not([disabled])').first().waitFor();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
    expect(await turnsTaken(game)).toBe(1);
  });

  it('keeps both tabs’ saves readable when two tabs play at once', async () => {
    game = await openGame();
    const { page, context } = game;
    page.on('dialog', (d) => void d.accept());
    await presetSettings(page);
    await page.reload();
    const other = await context.newPage();
    await other.goto(page.url());
    await page.bringToFront();
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => storedAutosave(page), { timeout: 30_000 }).not.toBe('');
    const firstRun = await storedAutosave(page);
    // The second tab's new run is stored over the first's: the first tab's story moved on in another tab. Waiting for
    // each write keeps the order fixed; left to the autosave's idle timing, a busy machine could store them the other way round.
    await other.bringToFront();
    await other.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => storedAutosave(other), { timeout: 30_000 }).not.toBe(firstRun);
    // The first tab is asked before it saves over that run. A tab in the background may hold its frames back,
    // so the reader looks at it before answering, as a reader would.
    await page.bringToFront();
    await answer(page, 'Decide later');
    await takeChoice(page, 1);
    // The first tab looks at its saves while slot 1 is still empty...
    await page.getByRole('button', { name: 'Saves' }).click();
    await page.locator('[data-slot="slot1"]').waitFor();
    // ...then the second tab saves there...
    await other.bringToFront();
    await takeChoice(other, 0);
    await other.getByRole('button', { name: 'Saves' }).click();
    await other.getByRole('button', { name: 'Save here, in Slot 1' }).click();
    await other.locator('[data-slot="slot1"] .slot-scene').waitFor();
    // ...so the first tab, which saw slot 1 empty, is asked before replacing a save it has never seen, and declines.
    await page.bringToFront();
    await page.getByRole('button', { name: 'Save here, in Slot 1' }).click();
    await expect.poll(() => page.locator('dialog.ask').textContent()).toMatch(/another tab/);
    await answer(page, 'Cancel');
    await expect.poll(() => page.locator('.saves-message').textContent()).toMatch(/another tab/);
    await page.close();

    const third = await context.newPage();
    await third.goto(other.url());
    await third.getByRole('button', { name: 'Continue' }).click();
    await third.locator('.passage .para').first().waitFor();
    await third.getByRole('button', { name: 'Saves' }).click();
    await third.getByRole('button', { name: 'Load Slot 1' }).click();
    await answer(third, 'Load it');
    await third.locator('.passage .para').first().waitFor();
    await third.close();
  });

  it('takes the full-storage notice down once a later autosave is written', async () => {
    game = await openGame();
    const { page } = game;
    await presetSettings(page);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    await autosaveHolds(page, 1);
    // Other data of the page's own fills the storage, to the last character it takes.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        try {
          for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
        } catch {}
      }
    });
    await takeChoice(page);
    await page
      .locator('.notice p')
      .getByText(/storage is full/)
      .waitFor();
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await takeChoice(page);
    await autosaveHolds(page, 3);
    await page.waitForFunction(() => !document.querySelector('.notice p'));
  });
});
