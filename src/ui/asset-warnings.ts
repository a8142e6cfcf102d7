/**
 * One warning per file a story names but the page cannot show or play: a
 * path refused at run time (it leaves the story's folder, is a URL, is
 * `javascript:`), or one the build did not ship (the dev server, the
 * studio's preview, a file added after the build). The story plays on
 * without it. The warning goes to the console, for the author: the reader
 * is not told about a picture they were never going to see, and never twice.
 */
import { refusedFile } from '../engine/ink/tags';

/** Warns through `sink` at most once per key. */
export function createWarnOnce(sink: (message: string) => void): (key: string, message: string) => void {
  const warned = new Set<string>();
  return (key, message) => {
    if (warned.has(key)) return;
    warned.add(key);
    sink(message);
  };
}

/** The page's own: every view that meets a missing or refused file warns through this one. */
export const warnOnce = createWarnOnce((message) => console.warn(message));

/** Warns about each tag among `tags` that names a file the player refuses. */
export function warnRefusedFiles(tags: readonly string[], warn = warnOnce): void {
  for (const raw of tags) {
    const refused = refusedFile(raw);
    if (refused) warn(refused.path, `The story's tag '# ${raw}' was refused (${refused.problem}); the story plays on without it.`);
  }
}

/** The message for a file the build did not ship. */
export function notShipped(kind: string, path: string): string {
  return `The story's ${kind} '${path}' was not part of the build; the story plays on without it.`;
}
