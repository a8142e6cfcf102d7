/**
 * Writes the story's title screen into the built index.html (static-title.ts),
 * so a reader sees the title, the author, the content note and the buttons
 * before the game's script has arrived, and the tab shows the story's title.
 * The INCLUDEd story entry is the one the ink plugin compiles. Build only: the
 * dev server keeps the plain page, so an edited title shows on the next build.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { escapeHtml, staticTitleFor } from './static-title';

export function staticTitlePlugin(options: { entry?: string | undefined } = {}): Plugin {
  return {
    name: 'kee:static-title',
    apply: 'build',
    transformIndexHtml(html) {
      const { title, markup } = staticTitleFor(path.resolve(options.entry ?? 'story/main.ink'));
      return html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`).replace(/<p class="loading">[^<]*<\/p>/, markup);
    },
  };
}
