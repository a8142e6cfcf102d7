/**
 * The sound cues the player has: the base names of the audio files in the
 * project's assets/audio (what src/audio/audio-sources.ts bundles), or none
 * when the folder is not there, in which case cues are not checked.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The formats src/audio/audio-sources.ts bundles (its FORMAT_PREFERENCE; that file needs Vite to load). */
const FORMATS = ['webm', 'mp3'];

export function audioCues(root: string): string[] | undefined {
  const dir = path.join(root, 'assets/audio');
  if (!existsSync(dir)) return undefined;
  const ext = new RegExp(`\\.(${FORMATS.join('|')})$`);
  return [
    ...new Set(
      readdirSync(dir)
        .filter((f) => ext.test(f))
        .map((f) => f.replace(ext, '')),
    ),
  ];
}
