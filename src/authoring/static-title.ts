/**
 * The title screen as HTML, written into index.html at build time so it
 * paints before any script has run: the story's title, author, blurb (the
 * `# blurb:` tag, which only the build and the title read), content notes and the title buttons, read from the global tags at the top of the ink
 * entry file. The markup is the same the player draws (ui/title/title-screen.ts),
 * so nothing moves when the script takes it over; until then the buttons are
 * disabled, because only the script can act on them.
 *
 * A returning reader's page must not change under them either: a tiny
 * classic script (bootScript) runs before the body is drawn, puts their
 * theme, text size and animation setting on <html>, and marks the page
 * `data-resume` when the story has an autosave, which shows the static
 * Continue button (styles.css) exactly where the working one will be. Opened
 * from disk, it also loads the note that says how to play from there.
 */
import { readFileSync } from 'node:fs';
import { parseTag, splitTag } from '../engine/ink/tags.ts';
import { SETTINGS_KEY, TEXT_SIZES, THEMES } from '../engine/play/settings.ts';
import { titleFromFileName } from '../tooling/default-title.ts';

export interface TitleInfo {
  title: string;
  author: string;
  contentNotes: string[];
  /** One paragraph about the story, from `# blurb:`: under the title, and the page's description for link previews. */
  blurb?: string;
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
      const { name, value } = splitTag(part);
      // Read here and not by the player's tag parser: the blurb is the build's (page-head.ts), so the first screen carries no code for it.
      if (name === 'blurb' && value) info.blurb = value;
      else if (tag.kind === 'title' && tag.text) info.title = tag.text;
      else if (tag.kind === 'author') info.author = tag.text;
      else if (tag.kind === 'content_note' && tag.text) info.contentNotes.push(tag.text);
    }
  }
  return info;
}

/** Text as HTML text: every character that could start markup or end an attribute becomes a reference. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function titleMarkup(info: TitleInfo): string {
  // No `primary` class here: which of Continue and New game leads depends on the autosave, so styles.css decides from `data-resume`.
  const button = (id: string, text: string) => `<button type="button" id="${id}" disabled>${escapeHtml(text)}</button>`;
  const notes = info.contentNotes.length
    ? `<div class="content-note" role="note"><h2>Content note</h2>${info.contentNotes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</div>`
    : '';
  return [
    '<section class="title-screen" aria-labelledby="story-title" data-static>',
    `<h1 id="story-title">${escapeHtml(info.title)}</h1>`,
    info.author ? `<p class="byline">by ${escapeHtml(info.author)}</p>` : '',
    info.blurb ? `<p class="blurb">${escapeHtml(info.blurb)}</p>` : '',
    notes,
    `<div class="menu">${button('continue', 'Continue')}${button('new-game', 'New game')}${button('title-load', 'Load')}${button('title-settings', 'Settings')}${button('title-endings', 'Endings')}</div>`,
    '</section>',
  ].join('');
}

/**
 * The script that runs before the static title is drawn. Classic and external (the page allows no inline
 * script), and quiet about every failure: storage that cannot be read simply leaves the page as built.
 * The keys are the ones the game reads: the settings (engine/play/settings.ts) and this story's
 * autosave and its backup (engine/play/game.ts `hasAutosave`), whose folder is the story's title.
 */
export function bootScript(info: TitleInfo, diskNote?: string): string {
  const autosave = `ink-save/${info.title}/auto`;
  // Opened from disk, where the module script never runs, it adds the note saying what to do (from-disk-note.ts): a
  // classic script, as this one is. Written short on purpose: this line is on every reader's first screen.
  const note = diskNote ? `if(location.protocol=="file:"){l=document.createElement("script");l.src=${JSON.stringify(diskNote)};d.append(l)}` : '';
  return `(function(){var d=document.documentElement,l;${note}try{l=localStorage;\
if(l.getItem(${JSON.stringify(autosave)})!=null||l.getItem(${JSON.stringify(`${autosave}~backup`)})!=null)d.dataset.resume="";\
var s=JSON.parse(l.getItem(${JSON.stringify(SETTINGS_KEY)})||"null")||{};\
if(${JSON.stringify(THEMES)}.indexOf(s.theme)>=0)d.dataset.theme=s.theme;\
if(${JSON.stringify(TEXT_SIZES)}.indexOf(s.textSize)>=0)d.dataset.textSize=s.textSize;\
if(s.animations===false)d.dataset.animations="off";\
}catch(e){}})();\n`;
}

export function staticTitleFor(entryFile: string): { title: string; markup: string; boot: string; info: TitleInfo } {
  const info = readTitleInfo(readFileSync(entryFile, 'utf8'));
  // A story with no title tag is named after its file, as the compiled story is (tooling/default-title.ts).
  if (info.title === 'Untitled story') info.title = titleFromFileName(entryFile);
  return { title: info.title, markup: titleMarkup(info), boot: bootScript(info), info };
}
