/**
 * Build only: emits the story's one-file page (one-file-build.ts) beside the
 * site, so `npm run build` leaves a file that plays by double-click. The
 * player inside it is the studio export's (vite-plugin-export-player.ts),
 * built once per process.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { oneFilePage } from './one-file-build.ts';
import { oneFilePlayer } from './vite-plugin-export-player.ts';

export function oneFilePlugin(options: { entry?: string | undefined } = {}): Plugin {
  return {
    name: 'kee:one-file',
    apply: 'build',
    async generateBundle() {
      const entry = path.resolve(options.entry ?? 'story/main.ink');
      const page = oneFilePage(entry, await oneFilePlayer());
      if (page) this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
    },
  };
}
