/**
 * Which file paths a story's tags may name (`# IMAGE: art/gate.png`): a path
 * relative to the story's entry file that stays inside its folder. Absolute
 * paths, URLs (`https:`, `javascript:`, `data:`), `..` and backslashes are
 * refused, so a tag can never reach outside the story or off the site. The
 * build checks the same rule with a file:line error; the player ignores a
 * tag that breaks it.
 */

const IMAGE_TYPES = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** Why `path` may not be used, or null when it may. */
export function assetPathProblem(path: string): string | null {
  if (path === '') return 'needs a file path';
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return `'${path}' is a URL; name a file beside the story instead`;
  if (path.startsWith('/') || path.includes('\\')) return `'${path}' is not a path relative to the story's .ink file`;
  if (path.split('/').some((part) => part === '..' || part === '')) return `'${path}' leaves the story's folder`;
  if (!/^[\w. @()+,-]+(\/[\w. @()+,-]+)*$/.test(path)) return `'${path}' has characters a file path here may not have`;
  return null;
}

export function imagePathProblem(path: string): string | null {
  return assetPathProblem(path) ?? (IMAGE_TYPES.test(path) ? null : `'${path}' is not an image file (png, jpg, gif, webp, avif or svg)`);
}

const AUDIO_TYPES = /\.(mp3|ogg|oga|wav|webm|m4a|aac|flac)$/i;

/** A sound file named by path (`sounds/door.mp3`) rather than by cue name. */
export function isAudioPath(value: string): boolean {
  return value.includes('/') || AUDIO_TYPES.test(value);
}

export function audioPathProblem(path: string): string | null {
  return assetPathProblem(path) ?? (AUDIO_TYPES.test(path) ? null : `'${path}' is not a sound file (mp3, ogg, wav, webm, m4a, aac or flac)`);
}

/**
 * Whether a BACKGROUND value names a file rather than a backdrop: a folder, a file extension or a URL
 * scheme says so. Only those are held to the path rules (and fail the build when refused); any other
 * word is just a backdrop name the player does not have.
 */
export function looksLikePath(value: string): boolean {
  return value.includes('/') || /\.[A-Za-z0-9]+$/.test(value) || /^[a-z][a-z0-9+.-]*:/i.test(value);
}

/** `art/old-gate.png` → "old gate": the alt text when the story gives none. */
export function altFromPath(path: string): string {
  return (path.split('/').at(-1) ?? path)
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}
