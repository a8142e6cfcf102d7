/**
 * The sound files a story's build ships: for each cue its AUDIO and AUDIOLOOP
 * tags name, that cue's files in the project's assets/audio, and for each
 * sound named by path (`# AUDIO: sounds/door.mp3`, as in inky's web export)
 * that file beside the story. The flagship gets all of its sounds; a story
 * that names none ships none of them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isAudioPath } from '../engine/ink/asset-path.ts';
import { parseTag } from '../engine/ink/tags.ts';

export const AUDIO_DIR = path.resolve('assets/audio');

export interface StoryAudio {
  /** Files of named cues, from assets/audio (absolute paths). */
  cueFiles: string[];
  /** Sounds named by path: the path as the tag writes it, and the file it names. */
  pathFiles: { path: string; file: string }[];
  /** Paths that name no file. */
  missing: string[];
}

export function storyAudio(json: string, entry: string, dir = AUDIO_DIR): StoryAudio {
  // Read from the compiled text rather than the story index: a tag inside inline logic
  // (`{nerve < 35: Her heart slams. # AUDIO: heartbeat}`) is written piece by piece, and the index keeps only whole tags.
  const cues = new Set<string>();
  for (const m of json.matchAll(/"\^\s*(AUDIO(?:LOOP)?\s*:[^"]*)"/gi)) {
    const tag = parseTag(m[1] ?? '');
    if ((tag.kind === 'audio' || tag.kind === 'audioloop') && tag.cue) cues.add(tag.cue);
  }
  const root = path.dirname(path.resolve(entry));
  const result: StoryAudio = { cueFiles: [], pathFiles: [], missing: [] };
  for (const cue of cues) {
    if (!isAudioPath(cue)) continue;
    const file = path.resolve(root, cue);
    if (existsSync(file) && statSync(file).isFile()) result.pathFiles.push({ path: cue, file });
    else result.missing.push(cue);
  }
  if (existsSync(dir)) {
    result.cueFiles = readdirSync(dir)
      .filter((name) => cues.has(name.replace(/\.[^.]*$/, '')) && /\.(webm|mp3)$/.test(name))
      .sort()
      .map((name) => path.join(dir, name));
  }
  return result;
}
