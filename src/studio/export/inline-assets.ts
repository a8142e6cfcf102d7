/**
 * A project's pictures and sounds as the one-file page carries them: `data:`
 * URIs by the path a tag writes (`art/gate.png`, from the entry's folder),
 * sounds also by file name for named cues. This is the `assets` argument of
 * src/tooling/one-file-page.ts, which alone writes the page and its data
 * block, for the studio's export as for `npm run build`. Plain code, no DOM
 * and no Node.
 */
import type { OneFileAssets } from '../../tooling/one-file-page';

/** Above this, the page still works but is slow to open and to send: the author is told. */
export const INLINE_WARN_BYTES = 20 * 1024 * 1024;

/** The media type of each kind of file a project takes (project-assets.ts) and a page can carry. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  webm: 'audio/webm',
};

export interface InlinedFiles {
  /** Null when the project has no files: the page then carries no block. */
  assets: OneFileAssets | null;
  /** The bytes of the files carried (before base64). */
  bytes: number;
  /** A sentence for the author when the files are over 20 MB together, else null. */
  warning: string | null;
}

/** The file as a `data:` URI, its type from its ending (application/octet-stream when unknown). */
export function dataUri(path: string, bytes: Uint8Array): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return `data:${MEDIA_TYPES[ext] ?? 'application/octet-stream'};base64,${base64(bytes)}`;
}

/** The project's files as the page's assets, with a sentence for the author when they are large. */
export function inlineAssets(files: ReadonlyMap<string, Uint8Array>, warnAbove = INLINE_WARN_BYTES): InlinedFiles {
  if (files.size === 0) return { assets: null, bytes: 0, warning: null };
  let bytes = 0;
  const assets: OneFileAssets = { images: {}, cues: {}, sounds: {} };
  for (const [path, data] of files) {
    const uri = dataUri(path, data);
    if (/\.(mp3|ogg|webm)$/i.test(path)) {
      assets.sounds[path] = uri;
      assets.cues[path.slice(path.lastIndexOf('/') + 1)] = uri;
    } else assets.images[path] = uri;
    bytes += data.byteLength;
  }
  const warning =
    bytes > warnAbove
      ? `The page carries ${(bytes / 1024 / 1024).toFixed(1)} MB of pictures and sounds, so it will be slow to open and to send; smaller files (WebP pictures, Opus sounds) would help.`
      : null;
  return { assets, bytes, warning };
}

/** Base64 without Node's Buffer, in slices so a 10 MB file does not overflow the argument list. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
