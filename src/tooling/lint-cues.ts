/**
 * Lint rule: every AUDIO and AUDIOLOOP cue names a sound the player has. The
 * player looks a cue up by name and plays nothing when it is missing, so a
 * misspelt cue would otherwise go unnoticed until someone listens. The list of
 * cues comes in as data (the CLI reads assets/audio; the studio knows its own).
 */
import type { StoryIndex } from '../engine/analysis/story-index';
import { parseTag } from '../engine/ink/tags';
import type { Diagnostic } from './diagnostic';
import { escapeRegExp, findLines, type SourceFile } from './lint-sources';

export function lintCues(index: StoryIndex, sources: readonly SourceFile[], entry: string, cues: readonly string[]): Diagnostic[] {
  const known = new Set(cues);
  const diagnostics: Diagnostic[] = [];
  for (const tag of index.tags) {
    const effect = parseTag(tag);
    const cue = effect.kind === 'audio' || effect.kind === 'audioloop' ? effect.cue : null;
    if (cue === null || known.has(cue)) continue;
    const message = `sound '${cue}' in '# ${tag}' is not one of the cues the player has (${[...known].sort().join(', ')}), so nothing would play`;
    const pattern = new RegExp(`#\\s*${escapeRegExp(tag)}\\s*(?:#|\\]|->|$)`);
    const places = findLines(sources, (line) => pattern.test(line));
    if (places.length === 0) diagnostics.push({ severity: 'error', file: entry, line: 0, message });
    for (const place of places) diagnostics.push({ severity: 'error', ...place, message });
  }
  return diagnostics;
}
