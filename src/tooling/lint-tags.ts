/**
 * Lint rule: every tag should be in the vocabulary (src/engine/ink/tags.ts). The
 * compiled story says what the tags are, so ink's own parsing decides where a
 * tag starts and ends; the sources are then scanned for that tag's text to
 * point at the file and line.
 */
import type { StoryIndex } from '../engine/analysis/story-index';
import { looksLikePath } from '../engine/ink/asset-path';
import { parseTag, splitTag } from '../engine/ink/tags';
import type { Diagnostic } from './diagnostic';
import { escapeRegExp, findLines, type SourceFile } from './lint-sources';

export function lintTags(index: StoryIndex, sources: readonly SourceFile[], entry: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const tag of index.tags) {
    const effect = parseTag(tag);
    // IMAGE tags, and BACKGROUND tags that name a file, are lint-images.ts's: it knows the paths and the files.
    const { name, value } = splitTag(tag);
    if (effect.kind !== 'unknown' || name === 'image' || (name === 'background' && looksLikePath(value))) continue;
    // `blurb` is in the vocabulary but read by the build alone (authoring/static-title.ts), so the player's parser does not know it.
    if (name === 'blurb' && value) continue;
    // A tag outside the vocabulary is the author's own (Inky's users tag freely for their own templates): the
    // player ignores it, so it is worth a warning. A vocabulary tag with a value it cannot use is an error.
    const severity = effect.foreign ? 'warning' : 'error';
    const message = effect.foreign ? `tag '# ${tag}' is not in the tag vocabulary, so the player ignores it` : `unknown tag '# ${tag}': ${effect.problem}`;
    const pattern = new RegExp(`#\\s*${escapeRegExp(tag)}\\s*(?:#|\\]|->|$)`);
    const places = findLines(sources, (line) => pattern.test(line));
    if (places.length === 0) diagnostics.push({ severity, file: entry, line: 0, message });
    for (const place of places) diagnostics.push({ severity, ...place, message });
  }
  return diagnostics;
}
