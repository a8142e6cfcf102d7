/**
 * Writes the story's title screen into the built index.html (static-title.ts),
 * so a reader sees the title, the author, the content note and the buttons
 * before the game's script has arrived, and the tab shows the story's title.
 * Beside it goes the small boot script that puts a returning reader's theme
 * and autosave on the page before it is drawn, hashed like every other asset.
 * The INCLUDEd story entry is the one the ink plugin compiles. Build only: the
 * dev server keeps the plain page, so an edited title shows on the next build.
 * The boot script also says, when the page is opened as a file, to open the
 * story's one-file page instead (from-disk-note.ts).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';
import { diskNoteScript, playerDiskNote } from './from-disk-note.ts';
import { pageSlug } from './one-file-build.ts';
import { bootScript, escapeHtml, staticTitleFor } from './static-title.ts';

/** Unhashed: only a page opened from disk asks for it, so no cache ever holds an old one. */
const NOTE_FILE = 'assets/disk.js';

export function staticTitlePlugin(options: { entry?: string | undefined } = {}): Plugin {
  let title = staticTitleFor(path.resolve(options.entry ?? 'story/main.ink'));
  let bootFile = '';
  let base = './';
  return {
    name: 'kee:static-title',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      // Read again for each build: the dev loop and the tests build more than once in one process.
      title = staticTitleFor(path.resolve(options.entry ?? 'story/main.ink'));
      // The note is a file of its own, fetched only from disk: on a server it costs the first screen a line of the boot script.
      const note = diskNoteScript(playerDiskNote(`${pageSlug(title.title)}.html`), '.title-screen[data-static] .menu', 'before');
      this.emitFile({ type: 'asset', fileName: NOTE_FILE, source: note });
      const boot = bootScript(title.info, `${base === './' ? '' : base}${NOTE_FILE}`);
      bootFile = `assets/title-boot-${createHash('sha256').update(boot).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: bootFile, source: boot });
    },
    transformIndexHtml(html) {
      // A classic script at the end of <head>: it must run before the body is drawn, after the entry's fetches have begun.
      const boot = bootFile ? `  <script src="${base}${bootFile}"></script>\n  </head>` : '</head>';
      return html
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title.title)}</title>`)
        .replace(/<p class="loading">[^<]*<\/p>/, title.markup)
        .replace(/\s*<\/head>/, `\n  ${boot}`);
    },
  };
}
