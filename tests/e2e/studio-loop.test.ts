import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserGames } from '../support/browser';
import { studioStored } from '../support/waits';

const openGame = browserGames();
const openStudio = () => openGame({ query: 'studio/index.html', viewport: { width: 1440, height: 900 } });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });
/** The story text shown (the screen-reader announcer holds a copy, so text is looked up in the passage). */
const passage = (page: Page) => page.locator('.passage');

/** Puts the cursor at the end of the first editor line holding `line` and types `text` there. */
async function typeAtEndOfLine(page: Page, line: string, text: string): Promise<void> {
  await page.locator('.cm-line', { hasText: line }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

describe('the studio', () => {
  it('plays on past files it cannot show or would refuse, warning once for each', async () => {
    const { page } = await openStudio();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await typeAtEndOfLine(page, 'The storm has put out', ' # IMAGE: ../outside.png # IMAGE: art/missing.png # BACKGROUND: ../dusk.svg');
    const said = (path: string) => warnings.filter((w) => w.includes(`'${path}'`) || w.includes(`: ${path}'`)).length;
    await expect.poll(() => [said('../outside.png'), said('art/missing.png'), said('../dusk.svg')]).toEqual([1, 1, 1]);
    // The story plays on, and drawing the page again says nothing twice.
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .click();
    await passage(page).getByText('You lift it down.').waitFor();
    expect([said('../outside.png'), said('art/missing.png'), said('../dusk.svg')]).toEqual([1, 1, 1]);
  });

  it('marks a broken divert at its line, keeps the last good preview, and keeps the reader’s place after an edit', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await expect(page.getByRole('textbox', { name: 'Ink source' }).count()).resolves.toBe(1);

    // Line 18 is "    -> road": make the divert point nowhere.
    await typeAtEndOfLine(page, '-> road', 'x');
    await problems(page).getByText('main.ink:18').waitFor();
    expect(await problems(page).innerText()).toMatch(/roadx/);
    await page.locator('.cm-lint-marker-error').first().waitFor();
    // The story no longer compiles, but the preview still plays the last version that did.
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();

    await page.keyboard.press('Backspace');
    await problems(page).getByText('No problems.').waitFor();

    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .click();
    await passage(page).getByText('You lift it down.').waitFor();
    await preview(page)
      .getByRole('button', { name: /Follow the river/ })
      .waitFor();

    // An edit before the choice: the preview shows it and still stands after the choice.
    await typeAtEndOfLine(page, 'The storm has put out', ' Rain hammers the shutters.');
    await passage(page).getByText('Rain hammers the shutters.').waitFor();
    await preview(page)
      .getByRole('button', { name: /Follow the river/ })
      .waitFor();
    expect(await preview(page).innerText()).toContain('You lift it down.');

    // Reload: the work is where it was left (once the studio has stored it).
    await studioStored(page, 'Rain hammers the shutters.');
    await page.reload();
    await passage(page).getByText('Rain hammers the shutters.').waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain('The storm has put out every light in the village but one. Rain hammers the shutters.');
  });

  it('opens two files joined by INCLUDE and plays into the included one', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await page.getByLabel('File name').fill('scenes/cellar.ink');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.cm-content').click();
    await page.keyboard.type('== cellar ==\nThe cellar is dry and dark. # ending: cellar # ending_title: Below\n-> END\n');
    await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'main.ink' }).click();
    await typeAtEndOfLine(page, '-> lantern', '\nINCLUDE scenes/cellar.ink');
    await problems(page).getByText('No problems.').waitFor();
    // Send the opening into the included file: "-> lantern" becomes "-> cellar".
    await typeAtEndOfLine(page, '-> lantern', '');
    for (let i = 0; i < 'lantern'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('cellar');
    await passage(page).getByText('The cellar is dry and dark.').waitFor();
  });

  it('explores the story to its endings and plays the path to one in the preview', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    const explore = page.getByRole('region', { name: 'Explore' });
    await explore.getByText(/2 endings, 0 dead ends, 0 runtime errors/).waitFor();
    await explore.getByRole('button', { name: 'Play to “Across the Water”' }).click();
    await passage(page).getByText('Across the river, someone waves a lantern back.').waitFor();
    await explore.getByRole('button', { name: 'Show the story map' }).click();
    await explore.locator('svg').first().waitFor();
  });

  it('exports one HTML file that plays from disk with no errors', async () => {
    const { page, context, problems: seen } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as one HTML file' }).click()]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kee-export-')), 'story.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);

    const played = await context.newPage();
    played.on('console', (m) => m.type() === 'error' && seen.push(`exported: ${m.text()}`));
    played.on('pageerror', (e) => seen.push(`exported: ${e.message}`));
    await played.goto(`file://${file}`);
    await played.getByRole('heading', { name: 'The Lantern' }).waitFor();
    await played.getByRole('button', { name: 'New game' }).click();
    await passage(played).getByText('An old lantern hangs by the door, still warm.').waitFor();
    await played.getByRole('button', { name: /Take the lantern/ }).click();
    await passage(played).getByText('You lift it down.').waitFor();
  });

  it('refuses pasted binary with a sentence and keeps the text as it was', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    const before = await page.locator('.cm-content').innerText();
    await page.locator('.cm-line', { hasText: '-> road' }).first().click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'PK\u0003\u0004\u0000\u0000\u0014binary');
      document.querySelector('.cm-content')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.getByText('That looks like a binary file, not ink text, so it was left out.').waitFor();
    expect(await page.locator('.cm-content').innerText()).toBe(before);
  });

  it('falls back to memory with a warning and the zip when IndexedDB is broken', async () => {
    const { page } = await openStudio();
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await page.reload();
    const warning = page.getByRole('alert');
    await warning.getByText(/kept in this tab only/).waitFor();
    await warning.getByRole('button', { name: 'Download the zip now' }).waitFor();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
  });

  it('opens the flagship’s own sources as an example project, in place of the one before', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /Open Kee’s First Raid/ }).click();
    await passage(page)
      .getByText(/The moss under Kee's cheek/)
      .waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain("# title: Kee's First Raid");
    await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'scenes/ridge.ink' }).waitFor();
    await problems(page)
      .getByText(/Compiled in \d+ ms/)
      .waitFor();
  });

  it('is a page of its own: the player’s files never refer to the studio’s', () => {
    const dist = inject('distDir');
    // The studio's page loads its own chunks, from dist/studio/assets/.
    expect(readFileSync(path.join(dist, 'studio/index.html'), 'utf8')).toMatch(/src="[./]*studio\/assets\/index-[\w-]+\.js"/);
    const player = readdirSync(path.join(dist, 'assets')).map((f) => readFileSync(path.join(dist, 'assets', f), 'utf8'));
    for (const code of [readFileSync(path.join(dist, 'index.html'), 'utf8'), ...player]) expect(code).not.toMatch(/studio\/assets\//);
  });

  it('has no serious axe violations', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
      ).axe;
      return (await axe.run(document)).violations;
    });
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
});
