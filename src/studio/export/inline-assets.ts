/**
 * A story's pictures and sounds carried inside its one-file page, as `data:`
 * URIs in a JSON block that never runs (`<script type="application/json"
 * id="story-files">`), beside the story's own data block, in the shape the
 * build's one-file page uses (src/tooling/one-file-page.ts: pictures and
 * sounds by path, sounds also by file name for named cues). The page's player
 * reads the block back (src/authoring/vite-plugin-page-files.ts).
 *
 * Shared by the studio's export and the build's one-file page: both hand over
 * a map from the path a tag writes (`art/gate.png`, from the entry's folder)
 * to the file's bytes. Plain code, no DOM and no Node: it runs in both.
 */

export const FILES_BLOCK_ID = 'story-files';

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

export interface InlinedPage {
  html: string;
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

/** Puts `files` into the page, just before its story data block (or at the end of its body). */
export function inlineAssets(html: string, files: ReadonlyMap<string, Uint8Array>, warnAbove = INLINE_WARN_BYTES): InlinedPage {
  if (files.size === 0) return { html, bytes: 0, warning: null };
  let bytes = 0;
  const uris = { images: {} as Record<string, string>, cues: {} as Record<string, string>, sounds: {} as Record<string, string> };
  for (const [path, data] of files) {
    const uri = dataUri(path, data);
    if (/\.(mp3|ogg|webm)$/i.test(path)) {
      uris.sounds[path] = uri;
      uris.cues[path.slice(path.lastIndexOf('/') + 1)] = uri;
    } else uris.images[path] = uri;
    bytes += data.byteLength;
  }
  // `<` never appears in base64 or in a path a project takes, but escaping it keeps the block closed whatever comes.
  const block = `<script type="application/json" id="${FILES_BLOCK_ID}">${JSON.stringify(uris).replace(/</g, '\\u003c')}</script>`;
  const at = html.indexOf('<script type="application/json" id="story-data">');
  const end = html.lastIndexOf('</body>');
  const where = at >= 0 ? at : end >= 0 ? end : html.length;
  const warning =
    bytes > warnAbove
      ? `The page carries ${(bytes / 1024 / 1024).toFixed(1)} MB of pictures and sounds, so it will be slow to open and to send; smaller files (WebP pictures, Opus sounds) would help.`
      : null;
  return { html: `${html.slice(0, where)}${block}\n${html.slice(where)}`, bytes, warning };
}

/** Base64 without Node's Buffer, in slices so a 10 MB file does not overflow the argument list. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
