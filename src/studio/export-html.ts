/**
 * Export: one self-contained HTML file that plays the story in our player.
 * The player's script and style are inlined (built by the export-player Vite
 * plugin, with their CSP hashes), the story's JSON sits in a data block that
 * never runs, and the Content-Security-Policy allows that one script and that
 * one style and nothing from the network. It plays from disk.
 */
import { buildOneFilePage, type OneFilePlayer, oneFileCsp } from '../tooling/one-file-page';
import { inlineAssets } from './export/inline-assets';

/** The page itself is built in src/tooling/one-file-page.ts, which `npm run build` uses too. */
export type ExportPlayer = OneFilePlayer;
export const exportCsp = oneFileCsp;
export const buildExportHtml = buildOneFilePage;

export async function exportHtml(
  json: string,
  title: string,
  files: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<{ ok: true; html: string; warning: string | null } | { ok: false; message: string }> {
  try {
    const player = await import('virtual:export-player');
    const { assets, warning } = inlineAssets(files);
    return { ok: true, html: buildExportHtml(json, title, player, assets), warning };
  } catch (err) {
    return { ok: false, message: `The player for the exported file could not be loaded: ${(err as Error).message}` };
  }
}
