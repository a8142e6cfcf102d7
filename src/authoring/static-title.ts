/**
 * The title screen as HTML, written into index.html at build time so it
 * paints before any script has run: the story's title, author, content notes
 * and the title buttons, read from the global tags at the top of the ink
 * entry file. The markup is the same the player draws (ui/title-screen.ts),
 * so nothing moves when the script takes it over; until then the buttons are
 * disabled, because only the script can act on them.
 */
import { readFileSync } from 'node:fs';
import { parseTag } from '../engine/ink/tags';

export interface TitleInfo {
  title: string;
  author: string;
  contentNotes: string[];
}

/** The global tags: the `#` lines at the very top of the file, before any text, knot or logic. */
export function readTitleInfo(inkSource: string): TitleInfo {
  const info: TitleInfo = { title: 'Untitled story', author: '', contentNotes: [] };
  for (const raw of inkSource.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    if (!line.startsWith('#')) break;
    for (const part of line.split('#').slice(1)) {
      const tag = parseTag(part.trim());
      if (tag.kind === 'title' && tag.text) info.title = tag.text;
      else if (tag.kind === 'author') info.author = tag.text;
      else if (tag.kind === 'content_note' && tag.text) info.contentNotes.push(tag.text);
    }
  }
  return info;
}

/** Text as HTML text: every character that could start markup or end an attribute becomes a reference. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function titleMarkup(info: TitleInfo): string {
  const button = (id: string, text: string, primary = false) =>
    `<button type="button" id="${id}"${primary ? ' class="primary"' : ''} disabled>${escapeHtml(text)}</button>`;
  const notes = info.contentNotes.length
    ? `<div class="content-note" role="note"><h2>Content note</h2>${info.contentNotes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</div>`
    : '';
  return [
    '<section class="title-screen" aria-labelledby="story-title" data-static>',
    `<h1 id="story-title">${escapeHtml(info.title)}</h1>`,
    info.author ? `<p class="byline">by ${escapeHtml(info.author)}</p>` : '',
    notes,
    `<div class="menu">${button('new-game', 'New game', true)}${button('title-load', 'Load')}${button('title-settings', 'Settings')}${button('title-endings', 'Endings')}</div>`,
    '</section>',
  ].join('');
}

export function staticTitleFor(entryFile: string): { title: string; markup: string } {
  const info = readTitleInfo(readFileSync(entryFile, 'utf8'));
  return { title: info.title, markup: titleMarkup(info) };
}
