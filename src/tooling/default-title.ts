/**
 * A story that names no `# title:` is called after its file, as Inky's web
 * export calls it after the project: `the-long-night.ink` becomes "The long
 * night" (a `main.ink` or `index.ink` takes its folder's name instead). The
 * title goes into the compiled story as the global tag the player already
 * reads, so nothing downstream needs to know where it came from.
 */
import { Story } from 'inkjs';
import { readStoryMeta } from '../engine/ink/story-meta.ts';

/** `path/to/the-long-night.ink` → "The long night"; `path/to/raid/main.ink` → "Raid". */
export function titleFromFileName(file: string): string {
  const parts = file.split(/[\\/]/).filter(Boolean);
  let base = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  if (/^(main|index|story)$/i.test(base) && parts.length > 1) base = parts.at(-2) ?? base;
  const words = base.replace(/[-_.]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Untitled story';
}

/** The compiled JSON with a global `title:` tag named after `file`, unless the story has its own. */
export function withDefaultTitle(json: string, file: string): string {
  if (readStoryMeta(new Story(json).globalTags).title !== 'Untitled story') return json;
  // Spliced into the text, not parsed and written again: JSON.stringify would turn the float 2.0 into 2.
  const at = json.indexOf('"root":[[');
  if (at < 0) return json;
  // Tags are the story's text, so the title is cleaned of anything that would end or nest a tag.
  const title = titleFromFileName(file).replace(/[#\n\r]/g, ' ');
  const tag = ['#', `^title: ${title}`, '/#'].map((x) => JSON.stringify(x)).join(',');
  const start = at + '"root":[['.length;
  return `${json.slice(0, start)}${tag}${json[start] === ']' ? '' : ','}${json.slice(start)}`;
}
