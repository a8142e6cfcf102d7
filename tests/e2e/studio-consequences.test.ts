import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';
import { fixturePath } from '../support/fixtures';

const openGame = browserGames();
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });

/** Screenshots for a person to look at, when KEE_SCREENSHOTS names a folder (never in CI). */
async function shoot(page: Page, name: string): Promise<void> {
  if (!process.env.KEE_SCREENSHOTS) return;
  const dir = path.resolve(process.env.KEE_SCREENSHOTS);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}-1440.png`) });
  await page.setViewportSize({ width: 360, height: 640 });
  await problems(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(dir, `${name}-360.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe("the studio's consequence report", () => {
  it('lists the findings with the other problems after an explore, at their lines, with a toggle per rule', async () => {
    const { page } = await openGame({ query: 'studio/index.html', viewport: { width: 1440, height: 900 } });
    await page
      .getByRole('region', { name: 'Preview' })
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    // The fixture with one choice of each kind (tests/fixtures/consequences/choices.ink), opened as an author opens files.
    await page.locator('#open-files-input').setInputFiles(fixturePath('consequences/choices.ink'));
    await page
      .getByRole('region', { name: 'Preview' })
      .getByRole('button', { name: /Go left/ })
      .waitFor();
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    const finding = (rule: string) => problems(page).getByRole('button', { name: new RegExp(`\\[${rule}\\]`) });
    await finding('dropped-thread').waitFor();
    const lines = (await problems(page).getByRole('listitem').allInnerTexts()).filter((t) => t.includes(': ['));
    expect(lines.map((t) => t.slice(0, t.indexOf(']') + 1))).toEqual([
      'choices.ink:14 warning: [no-consequence]',
      'choices.ink:19 warning: [unanswered]',
      'choices.ink:27 warning: [no-consequence]',
      'choices.ink:28 warning: [dead-write]',
      'choices.ink:36 warning: [dead-write]',
      'choices.ink:43 warning: [unanswered]',
      'choices.ink:44 warning: [dropped-thread]',
      'choices.ink:51 info: [no-consequence]',
    ]);
    await shoot(page, 'studio-consequences');
    const toggle = problems(page).getByRole('checkbox', { name: /\[dead-write\] 2/ });
    await toggle.uncheck();
    await expect.poll(() => finding('dead-write').count()).toBe(0);
    expect(await finding('unanswered').count()).toBe(2);
    await toggle.check();
    await expect.poll(() => finding('dead-write').count()).toBe(2);
  });
});
