/**
 * The image files a story's IMAGE and BACKGROUND tags name, checked: each path must stay in
 * the story's folder (asset-path.ts) and the file must exist. The build uses
 * the list to ship exactly those files, and `check` and the build report a bad
 * one at its file and line. The file system comes in as a host (`exists`), so
 * the studio can check against its own files.
 */
import type { StoryIndex } from '../engine/analysis/story-index.ts';
import { looksLikePath } from '../engine/ink/asset-path.ts';
import { parseTag, splitTag } from '../engine/ink/tags.ts';
import type { Diagnostic } from './diagnostic.ts';
import { escapeRegExp, findLines, type Place, type SourceFile } from './lint-sources.ts';

export interface StoryImage {
  /** The path as the tag writes it, relative to the entry file: the key the player looks it up by. */
  path: string;
  /** Where the file is, as the host names it. */
  file: string;
}

/** For checks without a file system at hand: every path that passes the rules counts as there. */
export const ANY_FILE: ImageHost = { resolve: (path) => path, exists: () => true };

export interface ImageHost {
  /** The host's name for a path relative to the story's entry file. */
  resolve(path: string): string;
  exists(file: string): boolean;
}

export function storyImages(
  index: StoryIndex,
  sources: readonly SourceFile[],
  entry: string,
  host: ImageHost,
): { images: StoryImage[]; diagnostics: Diagnostic[] } {
  const images: StoryImage[] = [];
  const diagnostics: Diagnostic[] = [];
  const placesOf = (tag: string): Place[] => {
    const pattern = new RegExp(`#\\s*${escapeRegExp(tag)}\\s*(?:#|\\]|->|$)`);
    const found = findLines(sources, (line) => pattern.test(line));
    return found.length > 0 ? found : [{ file: entry, line: 0 }];
  };
  for (const tag of index.tags) {
    const { name, value } = splitTag(tag);
    // A BACKGROUND that names a backdrop (or none) is no file; one that is neither is lint-tags.ts's.
    if (name !== 'image' && !(name === 'background' && looksLikePath(value))) continue;
    const effect = parseTag(tag);
    if (effect.kind !== 'image' && effect.kind !== 'background_image') {
      const message = `unknown tag '# ${tag}': ${effect.kind === 'unknown' ? effect.problem : 'not an image'}`;
      for (const place of placesOf(tag)) diagnostics.push({ severity: 'error', ...place, message });
      continue;
    }
    const file = host.resolve(effect.path);
    if (host.exists(file)) {
      if (!images.some((i) => i.path === effect.path)) images.push({ path: effect.path, file });
    } else
      for (const place of placesOf(tag))
        diagnostics.push({ severity: 'error', ...place, message: `${name.toUpperCase()} '${effect.path}' names a file that is not there (${file})` });
  }
  return { images, diagnostics };
}
