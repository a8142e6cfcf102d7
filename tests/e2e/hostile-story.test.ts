import { describe, expect, inject, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';
import { confirmRewind } from '../support/play';

let game: OpenedGame | undefined;
const openGame = browserGames({ allowProblems: true });

describe('a story that attacks the player', () => {
  it('shows markup other than the few safe tags as literal text and never runs it', async () => {
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
    expect(await page.locator('.passage img, .passage script, .passage [onclick], .passage [style], .passage i').count()).toBe(0);
    // The safe tags become elements; one with any attribute but class stays text, as does a closing tag that closes nothing.
    expect(paras[2]).toBe('Bold and <i onclick="alert(1)">clicky</i> and <span class="glow" style="color:red">styled</span> and glowingnext loud open');
    const third = page.locator('.passage .para').nth(2);
    expect(await third.locator('b').allTextContents()).toEqual(['Bold', 'loud']);
    expect(await third.locator('span').evaluateAll((spans) => spans.map((s) => [s.className, s.textContent]))).toEqual([['ink-glow ink-x', 'glowing']]);
    expect(await third.locator('br').count()).toBe(1);
    expect(await third.locator('em').textContent()).toBe('open');
    expect(await page.locator('.choice-text').first().textContent()).toBe('Bold choice');
    expect(await page.locator('.choice-text b').first().textContent()).toBe('Bold');
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toBe(0);
    expect(game.problems).toEqual([]);
  });

  it('applies only class names and backdrops it can trust', async () => {
    game = await openGame({ site: inject('hostileUrl') });
    const { page } = game;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice').first().waitFor();
    const classes = await page.locator('.passage .para').evaluateAll((ps) => ps.map((p) => p.className.replace(/\s*fresh\s*/, ' ').trim()));
    // The built-in classes keep their names; a story's own is namespaced so it cannot reach the player's.
    expect(classes).toEqual(['para', 'para is-comm', 'para ink-glow']);
    expect(await page.evaluate(() => document.body.dataset.background)).toBe('');
    expect(await page.locator('[onclick]').count()).toBe(0);
  });

  it('shows a runtime error with Rewind and Start again, logs it once, and never leaves the screen blank', async () => {
    game = await openGame({ site: inject('hostileUrl') });
    const { page } = game;
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice').first().click();
    await page.getByRole('button', { name: /Step forward/ }).click();
    await page.locator('.story-error').waitFor();
    await expect.poll(() => page.locator('.story-error p').first().textContent()).toMatch(/^The story stopped at hostile\.ink line \d+: ran out of content/);
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
