/**
 * The files beside a story on the disk, for the checks on what its tags name:
 * paths resolve relative to the story's entry .ink file, as inky's web export
 * resolves them relative to the page beside the story.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImageHost } from '../tooling/lint-images.ts';

export function storyFiles(entry: string): ImageHost {
  const root = path.dirname(path.resolve(entry));
  return {
    resolve: (file) => path.resolve(root, file),
    exists: (file) => existsSync(file) && statSync(file).isFile(),
  };
}
