/**
 * Turns raw ink tags into typed effects. This is the documented tag vocabulary
 * (story/README.md) in code: anything not listed here becomes `unknown`, which
 * the player ignores and `npm run check` reports. Class names must be CSS
 * identifiers (the view namespaces any but the built-in ones) and backgrounds
 * come from an allow-list or are image paths inside the story's folder, so a tag can never smuggle markup or the player's
 * own classes onto the page.
 */

import { audioPathProblem, imagePathProblem, isAudioPath, looksLikePath } from './asset-path.ts';

export const ALLOWED_CLASSES = ['thought', 'comm', 'prayer', 'impact', 'quiet'] as const;
export const ALLOWED_BACKGROUNDS = ['forest', 'ridge', 'smoke', 'night', 'camp'] as const;

export type TagEffect =
  | { kind: 'scene'; title: string }
  | { kind: 'clear' }
  | { kind: 'restart' }
  /** A named backdrop, or null (`BACKGROUND: none`, or nothing) to clear any backdrop. */
  | { kind: 'background'; name: string | null }
  /** `BACKGROUND: art/sky.png`: the story's own picture behind the page, a path like IMAGE's. */
  | { kind: 'background_image'; path: string }
  | { kind: 'class'; name: string }
  /** `IMAGE: path`: a picture in the flow of text; `alt` from an `ALT:` tag on the same line, else the file name. */
  | { kind: 'image'; path: string }
  | { kind: 'alt'; text: string }
  | { kind: 'audio'; cue: string }
  | { kind: 'audioloop'; cue: string | null }
  | { kind: 'ending'; id: string }
  | { kind: 'ending_title'; title: string }
  /** `epilogue: sentence`: what came after, shown under the ending's title on the card. */
  | { kind: 'epilogue'; text: string }
  /** On a choice line: how the story map names the place the choice leads to, in the story's words. */
  | { kind: 'map'; place: string }
  | { kind: 'locked'; reason: string }
  | { kind: 'title'; text: string }
  | { kind: 'author'; text: string }
  | { kind: 'content_note'; text: string }
  | { kind: 'stat'; variable: string; min: number; max: number; label: string }
  /** Global `thread: VARIABLE`: a story thread every ending reached after it is set must mention (the consequence report's dropped-thread rule). */
  | { kind: 'thread'; variable: string }
  /** `no_consequence` on a choice line: the author means this choice to change nothing; the report lists it as acknowledged. */
  | { kind: 'no_consequence' }
  /** `foreign`: the tag's name is not in the vocabulary at all (an author's own tag), rather than a vocabulary tag with a bad value. */
  | { kind: 'unknown'; raw: string; problem: string; foreign?: true };

/** Splits `name: value` (or a bare `NAME`) into a lower-cased name and a trimmed value. */
export function splitTag(raw: string): { name: string; value: string } {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { name: text.toLowerCase(), value: '' };
  return { name: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

export function parseTag(raw: string): TagEffect {
  const { name, value } = splitTag(raw);
  const unknown = (problem: string): TagEffect => ({ kind: 'unknown', raw, problem });
  switch (name) {
    case 'scene':
      return value ? { kind: 'scene', title: value } : unknown('scene needs a title');
    case 'clear':
      return { kind: 'clear' };
    case 'restart':
      return { kind: 'restart' };
    case 'background': {
      if (value === '' || value.toLowerCase() === 'none') return { kind: 'background', name: null };
      if (allowed(ALLOWED_BACKGROUNDS, value)) return { kind: 'background', name: value };
      if (!looksLikePath(value)) return unknown(`background '${value}' is not one of ${ALLOWED_BACKGROUNDS.join(', ')}`);
      // A picture beside the story, under IMAGE's rules.
      const problem = imagePathProblem(value);
      return problem ? unknown(`BACKGROUND ${problem}`) : { kind: 'background_image', path: value };
    }
    case 'class':
      // Any CSS identifier, as in Inky's web export; the view namespaces it (ink-…) so it cannot reach the player's own classes.
      return /^-?[A-Za-z_][\w-]*$/.test(value)
        ? { kind: 'class', name: value }
        : unknown(`class '${value}' is not a CSS class name (letters, digits, - and _)`);
    case 'image': {
      const problem = imagePathProblem(value);
      return problem ? unknown(`IMAGE ${problem}`) : { kind: 'image', path: value };
    }
    case 'alt':
      return value ? { kind: 'alt', text: value } : unknown('ALT needs the words that describe the image');
    case 'audio':
    case 'audioloop': {
      if (name === 'audioloop' && (value.toLowerCase() === 'none' || value === '')) return { kind: 'audioloop', cue: null };
      // A cue name, or (as in inky's web export) a sound file's path relative to the story.
      const problem = isAudioPath(value) ? audioPathProblem(value) : cueName(value) ? null : 'needs a cue name or a sound file path';
      return problem ? unknown(`${name.toUpperCase()} ${problem}`) : { kind: name, cue: value };
    }
    case 'ending':
      return cueName(value) ? { kind: 'ending', id: value } : unknown('ending needs an id of letters, digits, - or _');
    case 'ending_title':
      return value ? { kind: 'ending_title', title: value } : unknown('ending_title needs a title');
    case 'map':
      return value ? { kind: 'map', place: value } : unknown('map needs the words that name the place');
    case 'epilogue':
      return value ? { kind: 'epilogue', text: value } : unknown('epilogue needs a sentence saying what came after');
    case 'locked':
      return value ? { kind: 'locked', reason: value } : unknown('locked needs a reason the player can read');
    case 'title':
      return { kind: 'title', text: value };
    case 'author':
      return { kind: 'author', text: value };
    case 'content_note':
      return { kind: 'content_note', text: value };
    case 'thread':
      return /^[A-Za-z_]\w*$/.test(value) ? { kind: 'thread', variable: value } : unknown('thread needs the name of a global variable');
    case 'no_consequence':
      return { kind: 'no_consequence' };
    case 'stat':
      return parseStat(raw, value) ?? unknown('stat needs: variable min max Label');
    default:
      return { kind: 'unknown', raw, problem: `'${name}' is not in the tag vocabulary`, foreign: true };
  }
}

function parseStat(raw: string, value: string): TagEffect | null {
  const m = /^([A-Za-z_][\w]*)\s+(-?\d+)\s+(-?\d+)\s+(.+)$/.exec(value);
  if (!m || raw === '') return null;
  const [, variable = '', min = '0', max = '0', label = ''] = m;
  if (Number(min) >= Number(max)) return null;
  return { kind: 'stat', variable, min: Number(min), max: Number(max), label: label.trim() };
}

function allowed(list: readonly string[], value: string): boolean {
  return list.includes(value);
}

function cueName(value: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(value);
}

/** The first effect of a given kind among a list of raw tags, typed. */
export function findTag<K extends TagEffect['kind']>(tags: readonly string[], kind: K): Extract<TagEffect, { kind: K }> | undefined {
  for (const raw of tags) {
    const effect = parseTag(raw);
    if (effect.kind === kind) return effect as Extract<TagEffect, { kind: K }>;
  }
  return undefined;
}
