/**
 * What a story says about itself in its global tags: title, author, content
 * notes and the stats it declares. Declaring stats in the story means an author
 * adds a stat without touching TypeScript.
 */
import { splitStatLabel } from './stat-words.ts';
import { parseTag } from './tags.ts';

export interface StatDef {
  variable: string;
  label: string;
  min: number;
  max: number;
  /** What the stat means in this story (stat-words.ts); absent when the declaration does not say. */
  about?: string;
  /** Words for its value, lowest first (stat-words.ts). */
  words?: string[];
}

export interface StoryMeta {
  title: string;
  author: string;
  contentNotes: string[];
  stats: StatDef[];
}

export function readStoryMeta(globalTags: readonly string[] | null): StoryMeta {
  const meta: StoryMeta = { title: 'Untitled story', author: '', contentNotes: [], stats: [] };
  for (const raw of globalTags ?? []) {
    const tag = parseTag(raw);
    if (tag.kind === 'title' && tag.text) meta.title = tag.text;
    else if (tag.kind === 'author') meta.author = tag.text;
    else if (tag.kind === 'content_note' && tag.text) meta.contentNotes.push(tag.text);
    else if (tag.kind === 'stat') {
      const { label, about, words } = splitStatLabel(tag.label);
      meta.stats.push({ variable: tag.variable, label, min: tag.min, max: tag.max, ...(about ? { about } : {}), ...(words.length ? { words } : {}) });
    }
  }
  return meta;
}
