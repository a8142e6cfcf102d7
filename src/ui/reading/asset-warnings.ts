/**
 * One warning per file a story names but the page cannot show or play: a
 * path refused at run time (it leaves the story's folder, is a URL, is
 * `javascript:`), or one the build did not ship (the dev server, the
 * studio's preview, a file added after the build). The story plays on
 * without it. The warning goes to the console, for the author: the reader
 * is not told about a picture they were never going to see, and never twice.
 * Loaded only when there is something to say, so the first screen does not
 * carry it.
 */
import { isAudioPath, looksLikePath } from '../../engine/ink/asset-path';
import { parseTag, splitTag } from '../../engine/ink/tags';

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

/**
 * A tag that names a file the player must refuse (`IMAGE: ../x.png`, `BACKGROUND: javascript:…`,
 * `AUDIO: /etc/x.mp3`): its path and why, or null. The build refuses these with file:line.
 */
export function refusedFile(raw: string): { path: string; problem: string } | null {
  const effect = parseTag(raw);
  if (effect.kind !== 'unknown') return null;
  const { name, value } = splitTag(raw);
  const names = name === 'image' || (name === 'background' && looksLikePath(value)) || ((name === 'audio' || name === 'audioloop') && isAudioPath(value));
  return names ? { path: value, problem: effect.problem } : null;
}

/** Warns about each tag among `tags` that names a file the player refuses. */
export function warnRefusedFiles(tags: readonly string[], warn = warnOnce): void {
  for (const raw of tags) {
    const refused = refusedFile(raw);
    if (refused) warn(refused.path, `The story's tag '# ${raw}' was refused (${refused.problem}); the story plays on without it.`);
  }
}

/** Warns once that the build did not ship the file at `path`. */
export function warnNotShipped(kind: string, path: string): void {
  warnOnce(path, `The story's ${kind} '${path}' was not part of the build; the story plays on without it.`);
}
