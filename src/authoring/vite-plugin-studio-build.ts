/**
 * Builds the studio (studio/index.html) as a second, separate Vite build into
 * the same output folder, at studio/ with its own assets. A single build with
 * two inputs would share chunks between the pages and so split the player's
 * first-screen code into extra requests; a separate build leaves the player's
 * chunk graph, its budgets and its first screen exactly as they were, and
 * gives the studio a chunk graph of its own. The dev server needs none of
 * this: it serves studio/index.html at /studio/ as it is.
 *
 * The studio's page gets a CSP of its own: scripts from its own files only,
 * as the player's, but inline styles allowed, because CodeMirror styles the
 * editor through style attributes. Opened as a file, where no module script
 * runs, a small classic script replaces "Loading the studio…" with what to do
 * (from-disk-note.ts).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { CONTENT_POLICY as CSP } from '../platform/content-policy.ts';
import { diskNoteScript, studioDiskNote } from './from-disk-note.ts';
import { onePageFileName } from './one-file-build.ts';
import { exportPlayerPlugin } from './vite-plugin-export-player.ts';
import { noStoryFilesPlugin } from './vite-plugin-no-story-files.ts';
import { plainStylesheetPlugin } from './vite-plugin-plain-stylesheet.ts';
import { studioFilesPlugin } from './vite-plugin-studio-files.ts';

// The preview shows the project's own pictures through blob: URLs (src/studio/preview-assets.ts); media-src has blob: already.
export const STUDIO_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("img-src 'self' data:", "img-src 'self' data: blob:")
  .replace("connect-src 'self' data: blob:", "connect-src 'self' data: blob:; worker-src 'self'");

function studioCspPlugin(entry: string): Plugin {
  let noteFile = '';
  return {
    name: 'kee:studio-csp',
    apply: 'build',
    buildStart() {
      const note = diskNoteScript(studioDiskNote(onePageFileName(entry)), '#studio .loading', 'replace');
      noteFile = `from-disk-${createHash('sha256').update(note).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: `studio/assets/${noteFile}`, source: note });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: STUDIO_CSP }, injectTo: 'head-prepend' },
        { tag: 'script', attrs: { src: `./assets/${noteFile}`, defer: true }, injectTo: 'head' },
      ],
    },
  };
}

export function studioBuildPlugin(options: { entry?: string | undefined } = {}): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'kee:studio-build',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // The nested build has no studioBuildPlugin of its own, so it cannot start another.
      await build({
        root,
        configFile: false,
        base: './',
        logLevel: 'warn',
        plugins: [
          studioFilesPlugin({ storyDir: path.join(root, 'story') }),
          exportPlayerPlugin(),
          studioCspPlugin(path.resolve(root, options.entry ?? 'story/main.ink')),
          noStoryFilesPlugin(),
          plainStylesheetPlugin(),
        ],
        worker: { format: 'es' },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          reportCompressedSize: false,
          assetsDir: 'studio/assets',
          // The editor and the engine together are over Vite's default warning size; the studio is a tool, loaded once.
          chunkSizeWarningLimit: 1500,
          rollupOptions: {
            input: path.join(root, 'studio/index.html'),
            // The engine imports a few modules lazily to keep them off the player's first screen; the studio's preview
            // loads them up front by design, so those lazy imports rightly do nothing here and need no warning.
            checks: { bundlerTimings: false, ineffectiveDynamicImport: false },
          },
        },
      });
    },
  };
}
