import { describe, expect, inject, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { confirmRewind } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames({ allowProblems: true });

describe('a story that attacks the player', () => {
  it('shows markup in story text and choices as literal text and never runs it', async () => {
    game = await openGame({ site: inject('hostileUrl') });
    const { page } = game;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice').first().waitFor();
    const paras = await page.locator('.passage .para').allTextContents();
    expect(paras[0]).toBe(`<img src=x onerror="document.title='pwned'">`);
    expect(paras[1]).toBe("<script>document.title='pwned'</script>");
    expect(await page.locator('.passage img, .passage script, .choice b').count()).toBe(0);
    expect(await page.locator('.choice-text').first().textContent()).toBe('<b>Bold</b> choice');
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toBe(0);
    expect(game.problems).toEqual([]);
  });

  it('applies only classes and backdrops from the allow-lists', async () => {
    game = await openGame({ site: inject('hostileUrl') });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice').first().waitFor();
    const classes = await page.locator('.passage .para').evaluateAll((ps) => ps.map((p) => p.className.replace(/\s*fresh\s*/, ' ').trim()));
    expect(classes).toEqual(['para', 'para is-comm']);
    expect(await page.evaluate(() => document.body.dataset.background)).toBe('');
    expect(await page.locator('[onclick]').count()).toBe(0);
  });

  it('shows a runtime error with Rewind and Start again, logs it once, and never leaves the screen blank', async () => {
    game = await openGame({ site: inject('hostileUrl') });
    const { page } = game;
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice').first().click();
    // The trap's RESTART tag offers a fresh start beside the choices.
    await page.locator('#offered-restart').waitFor();
    await page.locator('.choice').first().click();
    await page.locator('.story-error').waitFor();
    expect(await page.locator('.story-error').textContent()).toMatch(/ran out of text/);
    expect(await page.locator('.passage .para').count()).toBeGreaterThan(0);
    expect(game.problems.filter((p) => p.includes('ran out'))).toHaveLength(1);
    await page.getByRole('button', { name: 'Rewind' }).click();
    await page.getByRole('button', { name: /Rewind here: turn 1/ }).click();
    await confirmRewind(page);
    await page.locator('.choice').first().waitFor();
    expect(await page.locator('.story-error').count()).toBe(0);
    await page.locator('.choice').first().click();
    await page.locator('.story-error').waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.locator('.choice').first().waitFor();
    expect(await page.locator('.story-error').count()).toBe(0);
  });
});
