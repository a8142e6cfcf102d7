/**
 * Renders the tab's icon (favicon.svg, drawn by generate.mjs) to favicon.png,
 * 32×32, the file the built page names. An SVG icon costs the page a whole SVG
 * document (parsed, styled, laid out and painted on the page's main thread)
 * when the browser fetches it, which is right after the page's load event:
 * for a story with no first turn from the build, the frame that paints the
 * first passage. A PNG is only decoded. Drawn by the same Chromium the tests
 * drive, from the local file, so `node assets/art/favicon-png.mjs` makes the
 * same bytes again with the same browser; run it after generate.mjs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT = dirname(fileURLToPath(import.meta.url));
const SIZE = 32;
const svg = readFileSync(join(OUT, 'favicon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${SIZE}" height="${SIZE}">`);
  await page.locator('img').evaluate((img) => img.decode());
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  writeFileSync(join(OUT, 'favicon.png'), png);
  console.log(`wrote favicon.png, ${png.length} bytes`);
} finally {
  await browser.close();
}
