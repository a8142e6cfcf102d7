/**
 * A story's own stylesheet: `story.css` beside the entry `.ink` file, as an
 * Inky project keeps its style.css beside its story. The build ships it as a
 * hashed file linked from index.html after the player's styles (so the story
 * can restyle its own `ink-…` classes); the dev server links the file itself.
 * It is loaded from the site's own origin, which the page's CSP allows.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface StoryCss {
  file: string;
  source: string;
  /** The name it is written under in the built site. */
  fileName: string;
}

export function storyCss(entry: string): StoryCss | null {
  const file = path.join(path.dirname(path.resolve(entry)), 'story.css');
  if (!existsSync(file)) return null;
  const source = readFileSync(file, 'utf8');
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { file, source, fileName: `assets/story-${hash}.css` };
}
