import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readTitleInfo } from '../../src/authoring/static-title';
import { browserGames } from '../support/browser';
import { choicesReady, takeChoice } from '../support/play';

const openGame = browserGames();
const blurb = readTitleInfo(readFileSync('story/main.ink', 'utf8')).blurb ?? 'no blurb in story/main.ink';
const builtPage = () => readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8');
const attribute = (html: string, pattern: RegExp) => html.match(pattern)?.[1] ?? '';

describe("the title's picture, blurb, icon and link preview", () => {
  it('writes the icon and the Open Graph and Twitter tags into the built page, and ships the files they name', () => {
    const html = builtPage();
    const icon = attribute(html, /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/);
    const image = attribute(html, /<meta property="og:image" content="([^"]+)"/);
    expect(icon).toMatch(/favicon-\w+\.svg$/);
    expect(image).toMatch(/key-dark-\w+\.svg$/);
    for (const file of [icon, image]) expect(existsSync(path.join(inject('distDir'), file)), file).toBe(true);
    expect(html).toContain('<meta property="og:title" content="Kee&#39;s First Raid"');
    // The key picture is a CSS background (styles.css): no <img> or preload in the page asks for it before the first paint.
    expect(html).not.toMatch(/<img|rel="preload"/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(attribute(html, /<meta name="twitter:image" content="([^"]+)"/)).toBe(image);
    const quoted = blurb.replaceAll("'", '&#39;');
    for (const name of ['property="og:description"', 'name="twitter:description"', 'name="description"'])
      expect(html).toContain(`<meta ${name} content="${quoted}"`);
  });

  it('shows the blurb from the # blurb: tag under the title, and the key picture in the reader’s theme', async () => {
    const { page } = await openGame({ viewport: { width: 360, height: 640 } });
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await page.locator('.title-screen .blurb').textContent()).toBe(blurb);
    const picture = () => page.evaluate(() => getComputedStyle(document.querySelector('.title-screen') as Element, '::before').backgroundImage);
    expect(await picture()).toMatch(/key-dark/);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'sepia';
    });
    expect(await picture()).toMatch(/key-sepia/);
  });

  it('shows each scene its own picture as the reader moves from scene to scene', async () => {
    const { page } = await openGame();
    await page.getByRole('button', { name: 'New game' }).click();
    const shown: Record<string, string> = {};
    for (let turn = 0; turn < 30 && !shown['The Guards']; turn++) {
      await choicesReady(page);
      const scene = (await page.locator('.scene-title').textContent()) ?? '';
      // The newest picture is the banner's last (the art arrives after the first passage, then follows each change at once).
      const latest = page.locator('.scene-art img').last();
      await latest.waitFor({ state: 'attached' });
      shown[scene] ??= path.basename((await latest.getAttribute('src')) ?? '');
      await takeChoice(page, 0);
    }
    expect(shown['The Ridge']).toMatch(/^ridge-dark/);
    expect(shown['The Wait']).toMatch(/^wait-dark/);
    expect(shown['The Guards']).toMatch(/^guards-dark/);
  });
});
