/**
 * A story written the way Inky's users write one (tests/fixtures/any-ink/orchard:
 * no title tag, an IMAGE, a BACKGROUND picture and a story.css beside it, inline markup, CLASS tags,
 * a fallback choice listed first, an EXTERNAL with an ink fallback, a bare
 * END), built into the player and played in Chromium.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';
import type { StaticSite } from '../support/static-server';
import { buildStorySite } from '../support/story-site';
import { animationsSettled } from '../support/waits';

let site: StaticSite & { outDir: string };

beforeAll(async () => {
  site = await buildStorySite('orchard', 'tests/fixtures/any-ink/orchard/the-quiet-orchard.ink');
});
afterAll(async () => site?.close());

const openGame = browserGames();

describe('a story written for Inky, in the player', () => {
  it("ships its own image, sound and stylesheet and none of the flagship's sounds", () => {
    const files = readdirSync(path.join(site.outDir, 'assets'));
    // Only the sound it names by path, beside the story.
    expect(files.filter((f) => /\.(mp3|webm)$/.test(f))).toEqual([expect.stringMatching(/^knock-.*\.mp3$/)]);
    expect(files.filter((f) => /^lantern-.*\.png$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /^dusk-.*\.svg$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /^story-[0-9a-f]{8}\.css$/.test(f))).toHaveLength(1);
  });

  it('shows its title from the file name, its image, its markup and its own styles', async () => {
    const { page } = await openGame({ site: site.url });
    expect(await page.title()).toMatch(/The quiet orchard/);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.choice').first().waitFor();
    const image = page.locator('.passage img.story-image');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
    expect(await image.getAttribute('alt')).toBe('A lantern glowing on a branch');
    expect(await page.locator('.passage .para b').first().textContent()).toBe('someone was here');
    const whisper = page.locator('.passage .para.ink-whisper');
    expect(await whisper.evaluate((p) => getComputedStyle(p).fontStyle)).toBe('italic');
    const gold = page.locator('.choice-text .ink-gold');
    expect(await gold.evaluate((s) => getComputedStyle(s).color)).toBe('rgb(212, 160, 23)');
  });

  it('shows its BACKGROUND picture behind the page, under a scrim in the theme’s colour', async () => {
    const { page } = await openGame({ site: site.url });
    await page.getByRole('button', { name: 'New game' }).click();
    const backdrop = page.locator('.backdrop-image');
    await backdrop.waitFor({ state: 'attached' });
    const url = await backdrop.evaluate((el) => /url\("?([^")]*)"?\)/.exec(getComputedStyle(el).backgroundImage)?.[1] ?? '');
    expect(url).toMatch(/\/assets\/dusk-[\w-]+\.svg$/);
    expect(
      await page.evaluate((src) => new Promise((done) => Object.assign(new Image(), { onload: () => done(true), onerror: () => done(false), src })), url),
    ).toBe(true);
    // Behind the reading column, with the body letting it show and the named backdrops left alone.
    expect(await backdrop.evaluate((el) => [getComputedStyle(el).position, getComputedStyle(el).zIndex])).toEqual(['fixed', '-1']);
    expect(await page.evaluate(() => document.body.dataset.background)).toBe('');
    // The body's colour fades out (a transition): what matters is that it ends fully transparent, whatever colour
    // channels a Chromium keeps beside a zero alpha mid-fade. A busy machine stretches the fade past a short poll.
    await animationsSettled(page);
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor), { timeout: 20_000 })
      .toMatch(/^(transparent|rgba\(\d+, \d+, \d+, 0\))$/);
    expect(await backdrop.evaluate((el) => getComputedStyle(el, '::after').backgroundImage)).toMatch(/linear-gradient/);
  });

  it('plays its EXTERNAL through the ink fallback, takes the fallback choice last and counts its bare END as an ending', async () => {
    const { page } = await openGame({ site: site.url });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Toss a coin/ }).click();
    await expect.poll(() => page.locator('.passage .para').allTextContents()).toContainEqual(expect.stringMatching(/The coin lands on (heads|tails)\./));
    await page.getByRole('button', { name: /Knock on the golden gate/ }).click();
    await page.getByText('Leave', { exact: true }).waitFor();
    expect(await page.locator('.passage .para').last().textContent()).toMatch(/You leave the orchard to its silence\.$/);
    // An ending with no epilogue tag shows no epilogue line, not an empty one.
    await page.locator('.ending-card').waitFor();
    expect(await page.locator('.ending-epilogue').count()).toBe(0);
  });
});
