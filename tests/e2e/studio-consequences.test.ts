import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';

const openGame = browserGames();
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });

/** Makes the example's river choice divert home like the other option, so the choice changes nothing. */
async function sendBothOptionsHome(page: Page): Promise<void> {
  await page.locator('.cm-line', { hasText: '[Follow the river] -> river' }).first().click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'river'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('home');
}

describe("the studio's consequence report", () => {
  it('lists a choice that changes nothing after an explore, at its line, with a toggle that hides the rule', async () => {
    const { page } = await openGame({ query: 'studio/index.html', viewport: { width: 1440, height: 900 } });
    await page
      .getByRole('region', { name: 'Preview' })
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await sendBothOptionsHome(page);
    await problems(page)
      .getByText(/Compiled in/)
      .waitFor();
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    const finding = problems(page).getByRole('button', { name: /\[no-consequence\]/ });
    await finding.waitFor();
    expect(await finding.innerText()).toMatch(
      /^main\.ink:25 warning: \[no-consequence\] whichever option the reader picks \("Follow the river", "Turn back"\)/,
    );
    if (process.env.KEE_SCREENSHOTS) {
      const dir = path.resolve(process.env.KEE_SCREENSHOTS);
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, 'studio-consequences-1440.png') });
      await page.setViewportSize({ width: 360, height: 640 });
      await problems(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(dir, 'studio-consequences-360.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    const toggle = problems(page).getByRole('checkbox', { name: /\[no-consequence\] 1/ });
    await toggle.uncheck();
    await expect.poll(() => finding.count()).toBe(0);
    await toggle.check();
    await finding.waitFor();
  });
});
