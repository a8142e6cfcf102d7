/**
 * What a story says about itself in its global tags: title, author, content
 * notes and the stats it declares. Declaring stats in the story means an author
 * adds a stat without touching TypeScript.
 */
import { splitStatLabel, statBands } from './stat-words.ts';
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
  /** Upper edges of every band but the last, when the declaration gives them (`wary <45`); absent for an even split. */
  edges?: number[];
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
      const { label, about, words, edges } = splitStatLabel(tag.label);
      const bands = words.length ? statBands(tag.min, tag.max, edges) : null;
      meta.stats.push({
        variable: tag.variable,
        label,
        min: tag.min,
        max: tag.max,
        ...(about ? { about } : {}),
        ...(words.length ? { words } : {}),
        ...(bands ? { edges: bands } : {}),
      });
    }
  }
  return meta;
}
