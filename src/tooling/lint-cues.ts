/**
 * Lint rule: every AUDIO and AUDIOLOOP cue names a sound the player has. The
 * player looks a cue up by name and plays nothing when it is missing, so a
 * misspelt cue would otherwise go unnoticed until someone listens. The list of
 * cues comes in as data (the CLI reads assets/audio; the studio knows its own).
 */
import type { StoryIndex } from '../engine/analysis/story-index';
import { isAudioPath } from '../engine/ink/asset-path';
import { parseTag } from '../engine/ink/tags';
import type { Diagnostic } from './diagnostic';
import { ANY_FILE, type ImageHost } from './lint-images';
import { escapeRegExp, findLines, type SourceFile } from './lint-sources';

export function lintCues(
  index: StoryIndex,
  sources: readonly SourceFile[],
  entry: string,
  cues: readonly string[] | undefined,
  files: ImageHost = ANY_FILE,
): Diagnostic[] {
  const known = new Set(cues);
  const diagnostics: Diagnostic[] = [];
  for (const tag of index.tags) {
    const effect = parseTag(tag);
    const cue = effect.kind === 'audio' || effect.kind === 'audioloop' ? effect.cue : null;
    // Without a list of cues (no assets/audio at hand), only sounds named by path can be checked.
    if (cue === null || known.has(cue) || (cues === undefined && !isAudioPath(cue))) continue;
    // A sound named by its path must be a file beside the story.
    if (isAudioPath(cue) && files.exists(files.resolve(cue))) continue;
    const message = isAudioPath(cue)
      ? `the sound file '${cue}' in '# ${tag}' is not there (${files.resolve(cue)})`
      : `sound '${cue}' in '# ${tag}' is not one of the cues the player has (${[...known].sort().join(', ')}), so nothing would play`;
    const pattern = new RegExp(`#\\s*${escapeRegExp(tag)}\\s*(?:#|\\]|->|$)`);
    const places = findLines(sources, (line) => pattern.test(line));
    if (places.length === 0) diagnostics.push({ severity: 'error', file: entry, line: 0, message });
    for (const place of places) diagnostics.push({ severity: 'error', ...place, message });
  }
  return diagnostics;
}
