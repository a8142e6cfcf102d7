/**
 * The studio's three speed figures, measured (not tested) on the built site in
 * headless Chromium: (1) how soon after typing stops the preview shows an edit
 * of the flagship, (2) whether typing waits for compiles (the longest gap
 * between keystroke events while the flagship recompiles under steady typing),
 * and (3) how soon a cold load of the studio is interactive (the editor holds
 * the text and the preview offers its first choices). Run it alone:
 * `npx tsx tests/bench/studio.ts [runs]` (it builds the site first).
 */
import type { Page } from 'playwright-core';
import { serveStatic } from '../support/static-server';
import { freshPage, launchBrowser } from './bench-browser';
import { buildSite } from './build-site';

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function openFlagship(page: Page): Promise<void> {
  // In the File menu since the studio's bar was grouped.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Open Kee’s First Raid/ }).click();
  await page
    .locator('.passage')
    .getByText(/The moss under Kee's cheek/)
    .waitFor({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'scenes/ridge.ink' }).click();
}

async function main(): Promise<void> {
  const dist = await buildSite();
  const site = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  const cold: number[] = [];
  const editToPreview: number[] = [];
  const keyGaps: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const { page, context, problems } = await freshPage(browser);
      const start = Date.now();
      await page.goto(`${site.url}studio/index.html`);
      await page.locator('.cm-content').getByText('The storm has put out').waitFor();
      await page.locator('.choice').first().waitFor();
      cold.push(Date.now() - start);

      await openFlagship(page);
      // The first paragraph of ridge.ink, which the preview shows at the start.
      const line = page.locator('.cm-line', { hasText: /The moss under Kee's cheek/ }).first();
      // The paragraph wraps: click its first visual line at the left edge, which is the line's start.
      await line.click({ position: { x: 2, y: 4 } });
      // Steady typing at 60 ms a key while compiles run; the page records the gaps between keydown events.
      await page.evaluate(() => {
        const w = window as unknown as { __keys: number[] };
        w.__keys = [];
        addEventListener('keydown', () => w.__keys.push(performance.now()), true);
      });
      const word = `Edit${run} `;
      for (const ch of word) {
        await page.keyboard.type(ch);
        await page.waitForTimeout(60);
      }
      const stopped = await page.evaluate(() => performance.now());
      await page
        .locator('.passage')
        .getByText(new RegExp(`Edit${run} The moss`))
        .waitFor({ timeout: 30_000 });
      const shown = await page.evaluate(() => performance.now());
      editToPreview.push(shown - stopped);
      const keys = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
      keyGaps.push(Math.max(...keys.slice(1).map((t, i) => t - (keys[i] ?? t))) - 60);
      if (problems.length) console.warn(`run ${run}: ${problems.join('; ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const fmt = (xs: number[]) => `median ${Math.round(median(xs))} ms (runs: ${xs.map(Math.round).join(', ')})`;
  console.log(`studio first screen interactive, cold: ${fmt(cold)}  budget 1500 ms`);
  console.log(`flagship edit → preview after typing stops: ${fmt(editToPreview)}  budget 1000 ms`);
  console.log(`longest extra wait between keystrokes while compiling: ${fmt(keyGaps)}`);
}

await main();
