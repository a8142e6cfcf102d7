/**
 * The one-file page's side of inline-assets.ts: reads the block of `data:`
 * URIs into the map the player's views look pictures up in
 * (`virtual:story-assets`, empty in this build), and plays sounds from it
 * through the preview's small audio port. Runs before the player mounts.
 */
import urls from 'virtual:story-assets';
import type { AudioPort } from '../../engine/ports';
import { createPreviewAssets } from '../preview-assets';
import { FILES_BLOCK_ID } from './inline-assets';

export function adoptInlinedAssets(doc: Document): AudioPort {
  const shown: Record<string, string> = urls;
  const assets = createPreviewAssets();
  try {
    const block = JSON.parse(doc.getElementById(FILES_BLOCK_ID)?.textContent || '{}') as Record<string, unknown>;
    for (const [path, uri] of Object.entries(block)) if (typeof uri === 'string' && uri.startsWith('data:')) shown[path] = uri;
  } catch {
    // A damaged block: the story plays without its files, as it would without any.
  }
  return assets.audio;
}
