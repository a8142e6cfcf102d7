/**
 * Lint rule: a `# thread: VARIABLE` global tag must name a global the story
 * declares with VAR, or the dropped-thread rule would watch nothing. An error
 * at the tag's line.
 */
import type { StoryIndex } from '../engine/analysis/story-index';
import { parseTag } from '../engine/ink/tags';
import type { Diagnostic } from './diagnostic';
import { escapeRegExp, findLines, type SourceFile } from './lint-sources';

export function lintThreads(index: StoryIndex, sources: readonly SourceFile[], entry: string, declared: (name: string) => boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const tag of index.tags) {
    const effect = parseTag(tag);
    if (effect.kind !== 'thread' || declared(effect.variable)) continue;
    const message = `'# ${tag}' names '${effect.variable}', which the story never declares: add VAR ${effect.variable} = false, or fix the name`;
    const pattern = new RegExp(`#\\s*${escapeRegExp(tag)}\\s*(?:#|$)`);
    const places = findLines(sources, (line) => pattern.test(line));
    if (places.length === 0) diagnostics.push({ severity: 'error', file: entry, line: 0, message });
    for (const place of places) diagnostics.push({ severity: 'error', ...place, message });
  }
  return diagnostics;
}
