/**
 * What `npm run build` leaves, opened by double-click (file://): the story's
 * one-file page plays and keeps its saves, a story's pictures come inlined,
 * and the site's and the studio's pages, which cannot run from a file, say
 * what to do instead of showing dead buttons or "Loading" for ever.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { browserGames } from '../support/browser';
import { openReady, passageText, takeChoice } from '../support/play';
import { buildStorySite } from '../support/story-site';
import { autosaveHolds } from '../support/waits';

const fileUrl = (file: string) => pathToFileURL(file).href;
/** The one-file page beside index.html: the only other .html at the top of dist/. */
const onePage = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'index.html');

describe('the one-file page npm run build writes', () => {
  const openGame = browserGames();

  it('is named after the story and plays from disk, keeping its place through a reload', async () => {
    expect(onePage(inject('distDir'))).toEqual(['kees-first-raid.html']);
    const { page } = await openReady((o) => openGame({ ...o, site: fileUrl(path.join(inject('distDir'), 'kees-first-raid.html')) }));
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page);
    const text = await passageText(page);
    expect(text.length).toBeGreaterThan(0);
    // The choice is kept once the autosave holds it: a reload before that (the engine still loading on a busy
    // machine) keeps only what was stored, as for any reader.
    await autosaveHolds(page, 1);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.passage .para').first().waitFor();
    expect(await passageText(page)).toBe(text);
  });

  describe('for a story with pictures and a sound beside it', () => {
    let site: Awaited<ReturnType<typeof buildStorySite>> | undefined;
    afterAll(() => site?.close());

    it('shows its picture from the page itself', async () => {
      site = await buildStorySite('orchard-disk', 'tests/fixtures/any-ink/orchard/the-quiet-orchard.ink');
      expect(onePage(site.outDir)).toEqual(['the-quiet-orchard.html']);
      const { page } = await openReady((o) => openGame({ ...o, site: fileUrl(path.join(site?.outDir ?? '', 'the-quiet-orchard.html')) }));
      await page.getByRole('button', { name: 'New game' }).click();
      const picture = page.locator('img.story-image');
      await picture.waitFor();
      expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    });
  });
});

describe('the pages that need a server, opened as files', () => {
  // Chromium refuses their module scripts from file:// and says so on the console: that is the point.
  const openGame = browserGames({ allowProblems: true });

  it('the site says to open the one-file page or serve the folder', async () => {
    const { page } = await openGame({ site: fileUrl(path.join(inject('distDir'), 'index.html')) });
    const note = page.getByRole('alert');
    await expect
      .poll(() => note.textContent())
      .toBe('This page only runs from a web server: to play from disk, open kees-first-raid.html beside it, or serve this folder with npm run preview.');
    expect(await note.getByRole('link').getAttribute('href')).toBe('./kees-first-raid.html');
    // New game cannot start from here, and does not look as if it could: not the gold of the working button.
    const newGame = page.getByRole('button', { name: 'New game' });
    expect(await newGame.isDisabled()).toBe(true);
    const look = await newGame.evaluate((b) => ({ opacity: Number(getComputedStyle(b).opacity), cursor: getComputedStyle(b).cursor }));
    expect(look.opacity).toBeLessThan(1);
    expect(look.cursor).toBe('not-allowed');
  });

  it('the studio says the same instead of loading for ever', async () => {
    const { page } = await openGame({ site: fileUrl(path.join(inject('distDir'), 'studio/index.html')) });
    const note = page.getByRole('alert');
    await expect.poll(() => note.textContent()).toMatch(/^The studio only runs from a web server: serve this folder with npm run preview/);
    expect(await note.getByRole('link').getAttribute('href')).toBe('../kees-first-raid.html');
    expect(await page.getByText('Loading the studio').count()).toBe(0);
  });
});
