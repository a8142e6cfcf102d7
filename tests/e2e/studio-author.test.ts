/**
 * The studio as a new author meets it: an empty project, a story with a
 * picture, a sound, <b> markup and an EXTERNAL written in the editor, the
 * picture and sound added from disk, the preview showing the picture, and the
 * story exported as one HTML file (played over file:// with its picture), as
 * a zip, and as ink JSON that plain inkjs plays.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { Story } from 'inkjs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserGames } from '../support/browser';

const openGame = browserGames();
const openStudio = () => openGame({ query: 'studio/index.html', viewport: { width: 1280, height: 800 } });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

const STORY = `# title: The Gate
EXTERNAL bells(n)

The <b>gate</b> stands open. # IMAGE: art/gate.png # AUDIO: sounds/bell.mp3
The bell rings {bells(3)} times.
* [Go in] You step through. -> END

=== function bells(n) ===
~ return n
`;

/** A real 2×2 PNG, made here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 200, 40, 40, 40, 200, 40, 0, 40, 40, 200, 200, 200, 40]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function saved(download: Download, name: string): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kee-studio-')), name);
  await download.saveAs(file);
  return file;
}

async function fileMenu(page: Page, item: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Whether the shown picture has loaded (decoded pixels, not a broken image). */
const pictureLoaded = (page: Page) => page.locator('img.story-image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 2);

describe('a new author in the studio', () => {
  it('writes a story with a picture and a sound, previews it, and exports it to one file, a zip and JSON', async () => {
    const { page, context, problems: seen } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await fileMenu(page, /New empty project/);
    await page.locator('.cm-content').click();
    await page.keyboard.insertText(STORY);
    // The files are not in the project yet: the check says so at the tag's line.
    await page
      .getByRole('region', { name: 'Problems' })
      .getByText(/art\/gate\.png' names a file that is not there/)
      .waitFor();

    await page.locator('#add-assets-input').setInputFiles([
      { name: 'gate.png', mimeType: 'image/png', buffer: tinyPng() },
      { name: 'bell.mp3', mimeType: 'audio/mpeg', buffer: readFileSync('assets/audio/comm.mp3') },
    ]);
    const files = page.getByRole('navigation', { name: 'Files' });
    // Each is listed with its size, at the path the story's tag already names.
    await files.locator('.asset-list li', { hasText: 'sounds/bell.mp3' }).waitFor();
    expect(await files.locator('.asset-list').innerText()).toMatch(/art\/gate\.png\s*\d+ B[\s\S]*sounds\/bell\.mp3\s*\d+ KB/);
    await page.getByRole('region', { name: 'Problems' }).getByText('No problems.').waitFor();

    // The preview shows the picture from the project, the markup as bold, and the external's fallback.
    await preview(page).locator('img.story-image[src^="blob:"]').waitFor();
    await expect.poll(() => pictureLoaded(page)).toBe(true);
    expect(await preview(page).locator('.passage b').innerText()).toBe('gate');
    await preview(page).locator('.passage').getByText('The bell rings 3 times.').waitFor();
    // The story got its title while it was written: the preview took it as the same story, not another one's save.
    expect(await preview(page).innerText()).not.toMatch(/belongs to another story/);
    // And the project took the story's title as its name.
    await expect.poll(() => page.locator('#project-name').inputValue()).toBe('The Gate');

    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as one HTML file' }).click()]);
    expect(html.suggestedFilename()).toBe('The-Gate.html');
    const htmlFile = await saved(html, 'the-gate.html');
    expect(readFileSync(htmlFile, 'utf8')).toContain('"art/gate.png":"data:image/png;base64,');
    const played = await context.newPage();
    played.on('console', (m) => m.type() === 'error' && seen.push(`exported: ${m.text()}`));
    played.on('pageerror', (e) => seen.push(`exported: ${e.message}`));
    await played.goto(`file://${htmlFile}`);
    await played.getByRole('button', { name: 'New game' }).click();
    await played.locator('img.story-image[src^="data:image/png"]').waitFor();
    await expect.poll(() => pictureLoaded(played)).toBe(true);
    await played.getByRole('button', { name: /Go in/ }).click();
    await played.locator('.passage').getByText('You step through.').waitFor();

    const [zip] = await Promise.all([page.waitForEvent('download'), fileMenu(page, /Download project as zip/)]);
    const entries = unzipSync(readFileSync(await saved(zip, 'the-gate.zip')));
    expect(Object.keys(entries).sort()).toEqual(['art/gate.png', 'main.ink', 'sounds/bell.mp3']);

    const [json] = await Promise.all([page.waitForEvent('download'), fileMenu(page, /Export JSON/)]);
    const story = new Story(readFileSync(await saved(json, 'the-gate.json'), 'utf8'));
    story.BindExternalFunction('bells', (n: number) => n);
    expect(story.ContinueMaximally()).toContain('The bell rings 3 times.');
  });

  it('opens a folder with its pictures, keeps them over a reload, and refuses a file over 10 MB with a sentence', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kee-folder-'));
    mkdirSync(path.join(folder, 'my-story/art'), { recursive: true });
    writeFileSync(path.join(folder, 'my-story/main.ink'), 'Dawn. # IMAGE: art/dawn.png # BACKGROUND: art/dawn.png\n-> END\n');
    writeFileSync(path.join(folder, 'my-story/art/dawn.png'), tinyPng());
    writeFileSync(path.join(folder, 'my-story/art/huge.webp'), Buffer.alloc(11 * 1024 * 1024));
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await page.locator('#open-folder-input').setInputFiles(path.join(folder, 'my-story'));
    await preview(page).locator('img.story-image[src^="blob:"]').waitFor();
    await expect.poll(() => pictureLoaded(page)).toBe(true);
    expect(await page.locator('#project-name').inputValue()).toBe('my-story');
    // The same picture as the BACKGROUND, behind the preview's text.
    expect(
      await preview(page)
        .locator('.preview-page')
        .evaluate((el) => getComputedStyle(el).backgroundImage),
    ).toMatch(/url\("blob:/);
    const files = page.getByRole('navigation', { name: 'Files' });
    await files.getByText('art/huge.webp is 11.0 MB; a picture or sound can be at most 10 MB.').waitFor();
    expect(await files.locator('.asset-list').innerText()).toMatch(/^art\/dawn\.png\s*\d+ B\s*×$/);
    // Kept in the browser: after a reload the project comes back with its picture.
    await page.reload();
    await preview(page).locator('img.story-image[src^="blob:"]').waitFor();
    await expect.poll(() => pictureLoaded(page)).toBe(true);
  });

  it('adds a picture dropped on the studio to the open project', async () => {
    const { page } = await openStudio();
    await preview(page)
      .getByRole('button', { name: /Take the lantern/ })
      .waitFor();
    await page.evaluate(
      (bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'lamp.png', { type: 'image/png' }));
        // Onto the editor's text, which would otherwise take a dropped file as text to insert.
        const target = document.querySelector('.cm-content') ?? document.body;
        for (const type of ['dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [...tinyPng()],
    );
    const files = page.getByRole('navigation', { name: 'Files' });
    await files.getByText('Added lamp.png.').waitFor();
    expect(await files.locator('.asset-list').innerText()).toMatch(/^lamp\.png\s*\d+ B/);
    expect(await page.locator('.cm-content').innerText()).not.toContain('PNG');
  });
});
