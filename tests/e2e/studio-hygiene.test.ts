/**
 * The studio keeps each project to itself: opening another project resets the
 * preview, the explorer's results, the problems and the notices; a project
 * that does not compile previews nothing and says why, nor explores the last
 * version that did; the preview's place comes back after a reload; the story
 * map of a long story shows places at Fit; the bar fits one row and its File
 * menu works from the keyboard.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';

const openGame = browserGames();
const openStudio = (viewport = { width: 1280, height: 800 }) => openGame({ query: 'studio/index.html', viewport });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const passage = (page: Page) => page.locator('.passage');
const explore = (page: Page) => page.getByRole('region', { name: 'Explore' });
const dir = 'test-results/screenshots';
/** What the preview last said aloud to a screen reader: its hidden live region. */
const spoken = (page: Page) => page.locator('.preview div.visually-hidden[aria-live]').evaluate((el) => el.textContent ?? '');

async function fileMenu(page: Page, item: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('the studio, one project at a time', () => {
  it('opens another project with nothing of the last one: no explore results, no story, the reason instead', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    await explore(page)
      .getByText(/2 endings/)
      .waitFor();
    await expect.poll(() => spoken(page)).not.toBe('');

    await page.locator('#open-files-input').setInputFiles([{ name: 'main.ink', mimeType: 'text/plain', buffer: Buffer.from('Hello.\n-> nowhere\n') }]);
    await preview(page)
      .getByText(/The story has not compiled yet \(1 error listed below\), so there is nothing to preview\./)
      .waitFor();
    expect(await passage(page).innerText()).toBe('');
    expect(await spoken(page)).toBe('');
    expect(await explore(page).innerText()).not.toMatch(/\d+ endings?|Play to/);
    await page
      .getByRole('region', { name: 'Problems' })
      .getByText(/main\.ink:2/)
      .waitFor();

    // Back to an example: its own story plays, and no notice speaks of another story's save.
    await fileMenu(page, /New project/);
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/belongs to another story/);
  });

  it('explores only text that compiles: one that no longer does says so, with no results from the version before', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await expect.poll(() => spoken(page)).not.toBe('');
    await fileMenu(page, /New empty project/);
    // The example's passage, said aloud, went with it.
    expect(await spoken(page)).toBe('');
    await page.locator('.cm-content').click();
    await page.keyboard.insertText('Hello there.');
    await passage(page).getByText('Hello there.').waitFor();
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    await explore(page)
      .getByText(/1 ending/)
      .waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n* [Go] -> nowhere');
    await page.getByText(/preview keeps playing the last version that compiled/).waitFor();
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    await explore(page)
      .getByText(/The story does not compile \(1 error listed under the editor\)/)
      .waitFor();
    expect(await explore(page).innerText()).not.toMatch(/\d+ endings?|Play to|states/);
  });

  it('lists an endless loop the preview stopped at its line among the problems', async () => {
    const { page } = await openStudio();
    const loop = 'VAR x = 0\nHello.\n* [Go] -> spin\n\n== spin ==\n~ x = x + 1\n-> spin\n';
    await page.locator('#open-files-input').setInputFiles([{ name: 'main.ink', mimeType: 'text/plain', buffer: Buffer.from(loop) }]);
    await preview(page).getByRole('button', { name: /Go/ }).click();
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems.getByText(/the preview stopped: .*loop/).waitFor();
    // Line 6 or 7: the step cap stops the loop on one of its two lines.
    expect(await problems.getByRole('button', { name: /the preview stopped/ }).innerText()).toMatch(/^main\.ink:[67] error: the preview stopped/);
  });

  it('comes back to the preview’s place after a reload', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .click();
    await passage(page).getByText('You lift it down.').waitFor();
    await page.reload();
    await passage(page).getByText('You lift it down.').waitFor();
    await preview(page)
      .getByRole('button', { name: /Follow the river/ })
      .waitFor();
  });

  it('shows places, not just lines, on the long story’s map at Fit', async () => {
    const { page } = await openStudio({ width: 1440, height: 900 });
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await fileMenu(page, /Open Kee’s First Raid/);
    await passage(page)
      .getByText(/The moss under Kee's cheek/)
      .waitFor();
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    await explore(page).getByRole('button', { name: 'Show the story map' }).click({ timeout: 120_000 });
    await explore(page).getByRole('button', { name: /^Fit/ }).click();
    const shown = await page.evaluate(() => {
      const frame = document.querySelector<SVGSVGElement>('.explore-map .map-svg');
      if (!frame) throw new Error('no map');
      const box = frame.getBoundingClientRect();
      const scale = frame.getScreenCTM()?.a ?? 0;
      const inView = [...frame.querySelectorAll('.map-drawing .map-node')].filter((n) => {
        const r = n.getBoundingClientRect();
        return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
      });
      const sizes = inView.flatMap((n) => [...n.querySelectorAll('.map-title, .map-q')].map((t) => Number(t.getAttribute('font-size')) * scale));
      return { places: inView.length, smallest: Math.round(Math.min(...sizes) * 100) / 100 };
    });
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/studio-map-fit.png` });
    expect(shown.places).toBeGreaterThan(0);
    expect(shown.smallest).toBeGreaterThanOrEqual(11);
  });
});

describe('the studio’s bar', () => {
  it('fits one row at 1280 px, and its File menu opens, moves and closes from the keyboard, focus coming back', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    const bar = await page.locator('.studio-bar').boundingBox();
    expect(bar?.height).toBeLessThan(60);
    const file = page.getByRole('button', { name: 'File', exact: true });
    await file.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    expect(await file.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Export JSON/);
    await page.keyboard.press('Escape');
    expect(await file.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file-menu');

    // The shortcuts are listed in the help, which Escape closes.
    await page.keyboard.press('Control+/');
    const help = page.getByRole('dialog', { name: 'Studio help' });
    await help.getByText('Ctrl+S', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });
});
