/**
 * Export: one self-contained HTML file that plays the story in our player.
 * The player's script and style are inlined (built by the export-player Vite
 * plugin, with their CSP hashes), the story's JSON sits in a data block that
 * never runs, and the Content-Security-Policy allows that one script and that
 * one style and nothing from the network. It plays from disk.
 */
import { h } from '../ui/dom';
import { inlineAssets } from './export/inline-assets';

export interface ExportPlayer {
  script: string;
  style: string;
  scriptHash: string;
  styleHash: string;
}

/** The page's CSP: only the inlined script and style, images and sounds from data: URLs, no network at all. */
export function exportCsp(player: Pick<ExportPlayer, 'scriptHash' | 'styleHash'>): string {
  return [
    "default-src 'none'",
    `script-src ${player.scriptHash}`,
    `style-src ${player.styleHash}`,
    'img-src data:',
    'media-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The exported page as text. The story JSON escapes `<`, so no text in it can close the data block. */
export function buildExportHtml(json: string, title: string, player: ExportPlayer): string {
  const safeJson = json.replace(/</g, '\\u003c');
  // The title goes through the DOM's own escaping: story text is text.
  const titleEl = h('title', {}, title);
  const noscript = h('noscript', {}, 'This story needs JavaScript to play.');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${exportCsp(player)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="dark light">',
    titleEl.outerHTML,
    `<style>${player.style}</style>`,
    '</head>',
    '<body>',
    '<main id="app" class="app" aria-busy="true"><p class="loading">Loading the story…</p></main>',
    noscript.outerHTML,
    `<script type="application/json" id="story-data">${safeJson}</script>`,
    `<script>${player.script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

export async function exportHtml(
  json: string,
  title: string,
  files: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<{ ok: true; html: string; warning: string | null } | { ok: false; message: string }> {
  try {
    const player = await import('virtual:export-player');
    return { ok: true, ...inlineAssets(buildExportHtml(json, title, player), files) };
  } catch (err) {
    return { ok: false, message: `The player for the exported file could not be loaded: ${(err as Error).message}` };
  }
}
