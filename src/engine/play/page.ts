/**
 * Folds passages into what the reader sees: a page of paragraphs that a CLEAR
 * tag wipes, each with its allowed classes, plus the scene, backdrop (a named
 * one or the story's own image) and ending that the tags announce along the
 * way. Pure data in, data out. RESTART is not folded: the game acts on it
 * (game.ts), since it replaces the run rather than changing the page.
 */
import type { Paragraph } from '../ink/story-session.ts';
import { parseTag } from '../ink/tags.ts';

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
  /** A named backdrop (`forest`): the body's data-background and the scene-art banner. */
  background: string | null;
  /** `BACKGROUND: art/sky.png`: the story's own picture behind the page, by its path relative to the story. */
  backgroundImage: string | null;
  ending: Ending | null;
}

/** Adds a passage's paragraphs to the page. `nextId` numbers the paragraphs. */
export function foldPassage(prev: PageState, paragraphs: readonly Paragraph[], nextId: () => number): PageState {
  let { page, scene, background, backgroundImage, ending } = prev;
  page = [...page];
  for (const p of paragraphs) {
    const classes: string[] = [];
    let endingId: string | null = null;
    let endingTitle: string | null = null;
    let epilogue: string | null = null;
    let image = false;
    for (const raw of p.tags) {
      const tag = parseTag(raw);
      if (tag.kind === 'clear') page = [];
      else if (tag.kind === 'scene') scene = tag.title;
      else if (tag.kind === 'background' || tag.kind === 'background_image') {
        background = tag.kind === 'background' ? tag.name : null;
        backgroundImage = tag.kind === 'background_image' ? tag.path : null;
      } else if (tag.kind === 'class') classes.push(tag.name);
      else if (tag.kind === 'image') image = true;
      else if (tag.kind === 'ending') endingId = tag.id;
      else if (tag.kind === 'ending_title') endingTitle = tag.title;
      else if (tag.kind === 'epilogue') epilogue = tag.text;
    }
    if (endingId) ending = { id: endingId, title: endingTitle ?? endingId, ...(epilogue ? { epilogue } : {}) };
    // A line with no words still carries its picture (an IMAGE tag just before the choices, say).
    if (p.text !== '' || image) page.push({ id: nextId(), text: p.text, classes, tags: p.tags });
  }
  return { page, scene, background, backgroundImage, ending };
}

/** Whether a passage carries `# RESTART`: inky's web export starts the story over the moment it meets one. */
export function asksRestart(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => p.tags.some((raw) => parseTag(raw).kind === 'restart'));
}

export const emptyPage: PageState = { page: [], scene: null, background: null, backgroundImage: null, ending: null };
