/**
 * Plays the game in the browser the way a reader does: waits for the text to
 * settle, then picks a choice. Settings are preset so text appears at once,
 * which keeps the tests about behaviour rather than animation timing.
 */
import type { Page } from 'playwright-core';
import type { OpenedGame, openGame } from './browser';

export const INSTANT = { animations: false, textSpeed: 'instant' };

/** Makes every page load start with the given settings (before the game reads them). */
export async function presetSettings(page: Page, settings: object = INSTANT): Promise<void> {
  await page.addInitScript((s) => {
    // about:blank and other opaque origins have no storage; only the game's own pages matter.
    try {
      if (!localStorage.getItem('kee:settings')) localStorage.setItem('kee:settings', s);
    } catch {}
  }, JSON.stringify(settings));
}

/**
 * Waits until the choices on screen may be taken (or the story has stopped):
 * choices refuse presses until they have been visible for the guard time
 * (src/ui/reading/input-guard.ts), and mark the list `aria-disabled` until then.
 * Clicks wait for that on their own; key presses need this first.
 */
export async function choicesReady(page: Page): Promise<void> {
  await page.locator('.choices:not([aria-disabled]) .choice:not([disabled]), .ending-card, .story-error').first().waitFor();
}

/**
 * Answers the in-page question (ask-dialog.ts) by clicking the button with this label; 'Cancel' cancels.
 * Waits for that very dialog to go: a question that follows at once (a content note, then the question
 * over an unfinished run) is a new dialog.ask[open], which a wait for "no open dialog" could miss going.
 */
export async function answer(page: Page, label: string | RegExp): Promise<void> {
  const open = page.locator('dialog.ask[open]');
  await open.waitFor();
  const id = await open.getAttribute('aria-labelledby');
  const dialog = id ? page.locator(`dialog.ask[aria-labelledby="${id}"]`) : open;
  await dialog.getByRole('button', { name: label }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Takes the n-th open choice (0-based) and waits until the story has moved on. */
export async function takeChoice(page: Page, n = 0): Promise<string> {
  const buttons = page.locator('.choice:not([disabled])');
  await buttons.first().waitFor();
  const before = await page.evaluate(() => document.querySelector('.passage')?.textContent ?? '');
  const button = buttons.nth(n);
  const text = (await button.locator('.choice-text').textContent()) ?? '';
  await button.click();
  await page.waitForFunction(
    (b) => (document.querySelector('.passage')?.textContent ?? '') !== b || !!document.querySelector('.ending-card, .story-error'),
    before,
  );
  return text;
}

/** Plays from the current point to an ending, always taking the n-th open choice (or the last when fewer). */
export async function playToEnding(page: Page, pickIndex = 0, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.locator('.ending-card').count()) return;
    const open = await page.locator('.choice:not([disabled])').count();
    if (open === 0) {
      await page.locator('.ending-card, .choice:not([disabled])').first().waitFor();
      continue;
    }
    await takeChoice(page, Math.min(pickIndex, open - 1));
  }
  throw new Error(`no ending within ${limit} choices`);
}

/** The story's own text on the page: its paragraphs, without the echoed choices and scene headings between them. */
export async function passageText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.passage .para')].map((p) => p.textContent ?? '').join(''));
}

/** Answers the in-page rewind question (History and the map ask the same) with "Go back". */
export async function confirmRewind(page: Page): Promise<void> {
  await page.getByRole('alertdialog').getByRole('button', { name: 'Go back' }).click();
}

/** Opens the game with instant text and every confirmation accepted, as most browser tests want it. */
export async function openReady(open: typeof openGame, query = ''): Promise<OpenedGame> {
  const g = await open({ query });
  g.page.on('dialog', (d) => void d.accept());
  await presetSettings(g.page);
  await g.page.reload();
  return g;
}
