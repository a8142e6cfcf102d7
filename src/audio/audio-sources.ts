/**
 * Where the game's sounds live: the files in assets/audio of the cues the story names, grouped
 * by cue name (the file's base name) with the preferred format first, plus the
 * loop windows the generator wrote. Feed both to createHowlerAudio.
 */
import storyAudio, { paths } from 'virtual:story-audio';
import windows from '../../assets/audio/loop-windows.json';
import type { LoopWindow } from './howler-audio';

/**
 * Opus in WebM first (smaller, sharper, and what Chromium and Firefox pick);
 * MP3 is the fallback every browser decodes, Safari included.
 */
export const FORMAT_PREFERENCE = ['webm', 'mp3'] as const;

/** Only the sounds the story in play names (the ink plugin's virtual:story-audio), so no story ships another's audio. */
const files: Record<string, string> = storyAudio;

/** Groups `{ path: url }` into `{ cue: [url, ...] }`, ordered by FORMAT_PREFERENCE. */
export function groupByCue(urlsByPath: Record<string, string>): Record<string, string[]> {
  const rank = (path: string): number => FORMAT_PREFERENCE.findIndex((ext) => path.endsWith(`.${ext}`));
  const sources: Record<string, string[]> = {};
  const paths = Object.keys(urlsByPath)
    .filter((path) => rank(path) >= 0)
    .sort((a, b) => rank(a) - rank(b));
  for (const path of paths) {
    const cue = path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    const url = urlsByPath[path];
    if (url !== undefined) sources[cue] = [...(sources[cue] ?? []), url];
  }
  return sources;
}

/** Named cues by name; a sound the story names by path (`# AUDIO: sounds/door.mp3`) is its own cue, under that path. */
export const audioSources: Record<string, string[]> = {
  ...groupByCue(files),
  ...Object.fromEntries(Object.entries(paths).map(([path, url]) => [path, [url]])),
};

export const loopWindows: Record<string, LoopWindow> = windows;
