/**
 * Folds passages into what the reader sees: a page of paragraphs that a CLEAR
 * tag wipes, each with its allowed classes, plus the scene, backdrop and ending
 * that the tags announce along the way. Pure data in, data out.
 */
import type { Paragraph } from '../ink/story-session';
import { parseTag } from '../ink/tags';

export interface ShownParagraph {
  /** Stable across renders, so views can key on it. */
  id: number;
  text: string;
  classes: string[];
  tags: string[];
}

export interface Ending {
  id: string;
  title: string;
  /** One sentence of what came after, from an `epilogue` tag on the ending's line. */
  epilogue?: string;
}

export interface PageState {
  page: ShownParagraph[];
  scene: string | null;
  background: string | null;
  ending: Ending | null;
  restartOffered: boolean;
}

/** Adds a passage's paragraphs to the page. `nextId` numbers the paragraphs. */
export function foldPassage(prev: PageState, paragraphs: readonly Paragraph[], nextId: () => number): PageState {
  let { page, scene, background, ending, restartOffered } = prev;
  page = [...page];
  for (const p of paragraphs) {
    const classes: string[] = [];
    let endingId: string | null = null;
    let endingTitle: string | null = null;
    let epilogue: string | null = null;
    for (const raw of p.tags) {
      const tag = parseTag(raw);
      if (tag.kind === 'clear') page = [];
      else if (tag.kind === 'scene') scene = tag.title;
      else if (tag.kind === 'background') background = tag.name;
      else if (tag.kind === 'class') classes.push(tag.name);
      else if (tag.kind === 'restart') restartOffered = true;
      else if (tag.kind === 'ending') endingId = tag.id;
      else if (tag.kind === 'ending_title') endingTitle = tag.title;
      else if (tag.kind === 'epilogue') epilogue = tag.text;
    }
    if (endingId) ending = { id: endingId, title: endingTitle ?? endingId, ...(epilogue ? { epilogue } : {}) };
    if (p.text !== '') page.push({ id: nextId(), text: p.text, classes, tags: p.tags });
  }
  return { page, scene, background, ending, restartOffered };
}

export const emptyPage: PageState = { page: [], scene: null, background: null, ending: null, restartOffered: false };
