/**
 * The sound files a story's build ships: only those of the cues its AUDIO and
 * AUDIOLOOP tags name, from the project's assets/audio. The flagship gets all
 * of its sounds; a story that names none ships none of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseTag } from '../engine/ink/tags.ts';

export const AUDIO_DIR = path.resolve('assets/audio');

/** The files (absolute paths) of every cue the story's tags name, in any format the folder has. */
export function storyAudioFiles(json: string, dir = AUDIO_DIR): string[] {
  // Read from the compiled text rather than the story index: a tag inside inline logic
  // (`{nerve < 35: Her heart slams. # AUDIO: heartbeat}`) is written piece by piece, and the index keeps only whole tags.
  const cues = new Set<string>();
  for (const m of json.matchAll(/"\^\s*(AUDIO(?:LOOP)?\s*:[^"]*)"/gi)) {
    const tag = parseTag(m[1] ?? '');
    if ((tag.kind === 'audio' || tag.kind === 'audioloop') && tag.cue) cues.add(tag.cue);
  }
  if (cues.size === 0 || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => cues.has(name.replace(/\.[^.]*$/, '')) && /\.(webm|mp3)$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}
