/**
 * Takes the README's screenshot (docs/screenshot.png) from a built site:
 * `npx vite build --outDir /tmp/kee-dist && npx tsx tests/support/readme-screenshot.ts /tmp/kee-dist`.
 * It opens the player at 1440×900, starts a new game, takes the first choice
 * and shoots the reading screen; a narrow 360×640 shot goes beside it in the
 * output folder for a look, not into the repository.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { serveStatic } from './static-server';

const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve(import.meta.dirname, '../../docs/screenshot.png');
const site = await serveStatic(dist, '/kee/');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [width, height, file] of [
    [1440, 900, out],
    [360, 640, path.join(dist, 'screenshot-narrow.png')],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(site.url);
    await page.getByRole('button', { name: 'New game' }).click();
    const choice = page.locator('.choices button').first();
    await choice.click();
    await page.locator('.choices button').first().waitFor();
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
