/**
 * Writes the story's title screen into the built index.html (static-title.ts),
 * so a reader sees the title, the author, the blurb, the content note and the
 * buttons before the game's script has arrived, and the tab shows the story's
 * title. Beside it goes the small boot script that puts a returning reader's
 * theme and autosave on the page before it is drawn, hashed like every other
 * asset, and the page's head tags (page-head.ts): the icon and the link
 * preview, whose pictures are copied from assets/art under hashed names. The
 * INCLUDEd story entry is the one the ink plugin compiles; only the flagship
 * (no other entry given) gets its key picture, which the head's description
 * marks (`data-art`) and styles.css draws on the title. The dev server gets the head
 * tags too, so its drawn title (ui/title/title-screen.ts) shows the blurb.
 * The boot script also says, when the page is opened as a file, to open the
 * story's one-file page instead (from-disk-note.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { diskNoteScript, playerDiskNote } from './from-disk-note.ts';
import { pageSlug } from './one-file-build.ts';
import { headTags } from './page-head.ts';
import { bootScript, escapeHtml, staticTitleFor } from './static-title.ts';

/** Unhashed: only a page opened from disk asks for it, so no cache ever holds an old one. */
const NOTE_FILE = 'assets/disk.js';

const ART = path.resolve(import.meta.dirname, '../../assets/art');
const hashed = (name: string, source: string | Buffer) => {
  const ext = path.extname(name);
  return `assets/${path.basename(name, ext)}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}${ext}`;
};

export function staticTitlePlugin(options: { entry?: string | undefined } = {}): Plugin[] {
  const keyArt = options.entry === undefined;
  const read = () => staticTitleFor(path.resolve(options.entry ?? 'story/main.ink'));
  let title = read();
  let bootFile = '';
  let head = '';
  let base = './';
  const build: Plugin = {
    name: 'kee:static-title',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      // Read again for each build: the dev loop and the tests build more than once in one process.
      title = read();
      // The note is a file of its own, fetched only from disk: on a server it costs the first screen a line of the boot script.
      const note = diskNoteScript(playerDiskNote(`${pageSlug(title.title)}.html`), '.title-screen[data-static] .menu', 'before');
      this.emitFile({ type: 'asset', fileName: NOTE_FILE, source: note });
      const boot = bootScript(title.info, `${base === './' ? '' : base}${NOTE_FILE}`);
      bootFile = hashed('title-boot.js', boot);
      this.emitFile({ type: 'asset', fileName: bootFile, source: boot });
      const emit = (name: string) => {
        const source = readFileSync(path.join(ART, name));
        const fileName = hashed(name, source);
        this.emitFile({ type: 'asset', fileName, source });
        return `${base}${fileName}`;
      };
      head = headTags(title.info, { icon: emit('favicon.png'), preview: keyArt ? emit('key-dark.svg') : null });
    },
    transformIndexHtml(html) {
      // A classic script at the end of <head>: it must run before the body is drawn, after the entry's fetches have begun.
      const boot = bootFile ? `  <script src="${base}${bootFile}"></script>\n  </head>` : '</head>';
      return html
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title.info.title)}</title>`)
        .replace(/<link rel="icon"[^>]*>/, head)
        .replace(/<p class="loading">[^<]*<\/p>/, title.markup)
        .replace(/\s*<\/head>/, `\n  ${boot}`);
    },
  };
  const serve: Plugin = {
    name: 'kee:page-head-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      // Read on each page load, so an edited blurb shows on the next reload.
      const info = read().info;
      return html.replace(/<link rel="icon"[^>]*>/, headTags(info, { icon: '/assets/art/favicon.png', preview: keyArt ? '/assets/art/key-dark.svg' : null }));
    },
  };
  return [build, serve];
}
