import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readTitleInfo } from '../../src/authoring/static-title';
import { browserGames } from '../support/browser';
import { choicesReady, takeChoice } from '../support/play';
import type { StaticSite } from '../support/static-server';
import { buildStorySite } from '../support/story-site';
import { autosaveHolds } from '../support/waits';

const openGame = browserGames();
const blurb = readTitleInfo(readFileSync('story/main.ink', 'utf8')).blurb ?? 'no blurb in story/main.ink';
const builtPage = () => readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8');
const attribute = (html: string, pattern: RegExp) => html.match(pattern)?.[1] ?? '';
const PHONE = { width: 360, height: 640 };

/** Whether an element's whole box is on the screen as the page opens, with no scrolling. */
async function inView(element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height;
}

/** The top of an element's box, and its text's size in CSS px. */
const placed = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom, size: parseFloat(getComputedStyle(el).fontSize) }));

describe("the title's picture, blurb, icon and link preview", () => {
  it('writes the icon and the Open Graph and Twitter tags into the built page, and ships the files they name', () => {
    const html = builtPage();
    const icon = attribute(html, /<link rel="icon" type="image\/png" href="([^"]+)"/);
    const image = attribute(html, /<meta property="og:image" content="([^"]+)"/);
    expect(icon).toMatch(/favicon-\w+\.png$/);
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

  it('shows the blurb from the # blurb: tag on the title, and the key picture in the reader’s theme', async () => {
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

  it('shows New game without scrolling on a 360×640 phone, after the content note, with the blurb at full size below the menu', async () => {
    const { page } = await openGame({ viewport: PHONE });
    const newGame = page.getByRole('button', { name: 'New game' });
    await newGame.waitFor();
    expect(await inView(newGame)).toBe(true);
    expect(await inView(page.locator('.title-screen .content-note'))).toBe(true);
    const [note, menu, blurbAt, byline] = await Promise.all(['.content-note', '.menu', '.blurb', '.byline'].map((s) => placed(page, `.title-screen ${s}`)));
    expect(note?.bottom).toBeLessThanOrEqual(menu?.top ?? 0);
    expect(blurbAt?.top).toBeGreaterThanOrEqual(menu?.bottom ?? Number.POSITIVE_INFINITY);
    // The blurb is read at the size of the story's text (the byline's), and the note at no less than 16px.
    expect(blurbAt?.size).toBe(byline?.size);
    expect(note?.size).toBeGreaterThanOrEqual(16);
  });

  it('shows Continue and New game without scrolling on a 360×640 phone once there is a run to continue', async () => {
    const { page } = await openGame({ viewport: PHONE });
    await page.getByRole('button', { name: 'New game' }).click();
    await takeChoice(page, 0);
    await autosaveHolds(page, 1);
    // Opened afresh (not reloaded, which would bring back the reader's scroll on the story).
    await page.goto('about:blank');
    await page.goto(inject('siteUrl'));
    const resume = page.getByRole('button', { name: 'Continue' });
    await resume.waitFor();
    expect(await inView(resume)).toBe(true);
    expect(await inView(page.getByRole('button', { name: 'New game' }))).toBe(true);
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

describe('the key picture where the build played no first turn (a story whose opening varies)', () => {
  let site: StaticSite & { outDir: string };
  beforeAll(async () => {
    site = await buildStorySite('no-first-turn', null, { firstTurn: false });
  });
  afterAll(async () => site?.close());

  it('holds the picture back until the title works, then shows it; New game plays', async () => {
    // The mark that holds it back (styles.css) is written by the build for this page only, and taken off by the title.
    expect(readFileSync(path.join(site.outDir, 'index.html'), 'utf8')).toMatch(/<html data-title-art="later"/);
    expect(builtPage()).not.toContain('data-title-art');
    const { page } = await openGame({ site: site.url });
    const newGame = page.locator('#new-game:not([disabled])');
    await newGame.waitFor();
    const picture = () => page.evaluate(() => getComputedStyle(document.querySelector('.title-screen') as Element, '::before').backgroundImage);
    await expect.poll(picture).toMatch(/key-dark/);
    expect(await page.evaluate(() => document.documentElement.dataset.titleArt)).toBeUndefined();
    // Held back in every theme (the themed rules are as specific as the one that holds it), its box the same size.
    const held = (theme: string) =>
      page.evaluate((t) => {
        const root = document.documentElement;
        const keyPicture = () => getComputedStyle(document.querySelector('.title-screen') as Element, '::before');
        root.dataset.theme = t;
        const shown = [keyPicture().backgroundImage, keyPicture().height];
        root.dataset.titleArt = 'later';
        const waiting = [keyPicture().backgroundImage, keyPicture().height];
        delete root.dataset.titleArt;
        return { shown, waiting };
      }, theme);
    for (const theme of ['dark', 'light', 'sepia']) {
      const { shown, waiting } = await held(theme);
      expect(shown[0]).toContain(`key-${theme}`);
      expect(waiting).toEqual(['none', shown[1]]);
    }
    await newGame.click();
    await choicesReady(page);
    expect(await page.locator('.passage .para').count()).toBeGreaterThan(0);
  });

  it('draws the first passage with the header, stats strip and choices held back a frame, their boxes kept, then shows them', async () => {
    const watch = (page: Page) =>
      page.evaluate(() => {
        // Each change of the header's class, with its box then: it goes on with the first passage and comes off after.
        const seen: { held: boolean; height: number; top: number }[] = [];
        (window as unknown as { heldHeader: typeof seen }).heldHeader = seen;
        new MutationObserver(() => {
          const top = document.querySelector('.reading-top');
          const para = document.querySelector('.passage .para');
          if (!top || !para) return;
          const held = top.classList.contains('next-frame') && !!document.querySelector('.choices.next-frame');
          if (seen.at(-1)?.held !== held) seen.push({ held, height: top.getBoundingClientRect().height, top: para.getBoundingClientRect().top });
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
      });
    const heldHeader = (page: Page) => page.evaluate(() => (window as unknown as { heldHeader: { held: boolean; height: number; top: number }[] }).heldHeader);
    const { page } = await openGame({ site: site.url });
    await page.locator('#new-game:not([disabled])').waitFor();
    await watch(page);
    await page.locator('#new-game').click();
    await choicesReady(page);
    await expect.poll(() => page.locator('.reading-top').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    const seen = await heldHeader(page);
    expect(seen.map((s) => s.held)).toEqual([true, false]);
    // Nothing moves when they come: the header's box and the passage's place are the same held and shown.
    expect(seen[1]?.height).toBe(seen[0]?.height);
    expect(seen[1]?.top).toBe(seen[0]?.top);
    // The choices were held back with them (transparent, so the list could take focus in that frame) and have it.
    expect(await page.evaluate(() => document.activeElement?.matches('nav.choices:not(.next-frame)'))).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Stats' }).isVisible()).toBe(true);
    // The arrow keys among the choices load with the header's frame here, in time for the choices.
    // Their chunk is fetched after that frame, so on a busy machine the first press may come before it: each try starts
    // again from the first choice, and the poll passes once a press moves to the second.
    const texts = await page.locator('.choice:not([disabled]) .choice-text').allTextContents();
    const afterArrowDown = async () => {
      await page.locator('.choice:not([disabled])').first().focus();
      await page.keyboard.press('ArrowDown');
      return page.evaluate(() => document.activeElement?.querySelector('.choice-text')?.textContent ?? null);
    };
    await expect.poll(afterArrowDown).toBe(texts[1]);
    // A build with its first turn paints the header with the passage.
    const shipped = (await openGame()).page;
    await shipped.getByRole('button', { name: 'New game' }).waitFor();
    await watch(shipped);
    await shipped.getByRole('button', { name: 'New game' }).click();
    await choicesReady(shipped);
    expect((await heldHeader(shipped)).map((s) => s.held)).toEqual([false]);
  });
});
