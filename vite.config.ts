/**
 * Build, dev server and test configuration. The ink plugin compiles story/*.ink
 * at build time, so the player ships inkjs's runtime only; `base: './'` lets the
 * built site run from any sub-path. The studio (studio/index.html) is a second
 * page, built separately into dist/studio/ with its own chunks. The story
 * also gets a page of its own in one file, dist/<story>.html, for playing from disk.
 */
import { defineConfig } from 'vitest/config';
import { entryFirstPlugin } from './src/authoring/vite-plugin-entry-first.ts';
import { exportPlayerPlugin } from './src/authoring/vite-plugin-export-player.ts';
import { inkPlugin } from './src/authoring/vite-plugin-ink.ts';
import { oneFilePlugin } from './src/authoring/vite-plugin-one-file.ts';
import { plainImportsPlugin } from './src/authoring/vite-plugin-plain-imports.ts';
import { plainStylesheetPlugin } from './src/authoring/vite-plugin-plain-stylesheet.ts';
import { staticTitlePlugin } from './src/authoring/vite-plugin-static-title.ts';
import { studioBuildPlugin } from './src/authoring/vite-plugin-studio-build.ts';
import { studioFilesPlugin } from './src/authoring/vite-plugin-studio-files.ts';

export default defineConfig({
  base: './',
  // The studio's plugin goes first: it reads `story/**/*.ink?raw` as text before the ink plugin would compile it.
  plugins: [
    studioFilesPlugin(),
    exportPlayerPlugin(),
    inkPlugin({ entry: process.env.KEE_STORY }),
    entryFirstPlugin(),
    plainImportsPlugin(),
    plainStylesheetPlugin(),
    staticTitlePlugin({ entry: process.env.KEE_STORY }),
    studioBuildPlugin({ entry: process.env.KEE_STORY }),
    oneFilePlugin({ entry: process.env.KEE_STORY }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Lazy chunks load their own imports when asked: the preload list and its polyfill cost the first screen about 0.7 KB gz
    // and only save a round trip on a side screen's shared chunk.
    modulePreload: false,
    // One stylesheet: the side screens' styles (about 2 KB gz) ride with the page's, so no lazy chunk has CSS to wait for
    // and Vite's CSS-loading helper has nothing to do (vite-plugin-plain-imports.ts then drops it from the first screen).
    cssCodeSplit: false,
    reportCompressedSize: false,
    // The scene art and the title's key picture stay files, never data: URIs, however small: inlined, they would
    // ride in the stylesheet the first paint waits for and in the scene art's chunk, rather than load when shown.
    assetsInlineLimit: (file: string) => (file.includes('/assets/art/') ? false : undefined),
    rollupOptions: {
      // The player. The studio (studio/index.html) is built after it by studioBuildPlugin, as a build of its own, so the two share no chunk.
      input: 'index.html',
      // The story data gets a chunk of its own, loaded in parallel with the code, so size budgets can tell them apart.
      output: { manualChunks: (id: string) => (id.endsWith('.ink') ? 'story' : undefined) },
      // Rolldown's notes on slow plugins measure a busy machine, not a problem to fix; the bench times the build.
      checks: { bundlerTimings: false },
    },
  },
  worker: { format: 'es' },
  server: { open: false },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll gives up after 1 s by default: on two busy cores a theme's fade or an autosave's idle wait takes
    // longer than that (a fresh-clone run failed on a body colour still mid-fade). A poll ends as soon as it passes.
    expect: { poll: { timeout: 20_000 } },
    projects: [
      // The unit tests share one module registry (isolate off): loading inkjs, the engine and the compiler again for
      // each of over a hundred files cost more than the tests themselves. A file that mocks a module or sets a global
      // undoes it when it ends (tests/audio/howler-audio.test.ts, tests/engine/analysis/story-liveness.test.ts).
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], isolate: false } },
      // Real-browser tests share one build of the site and run one file at a time: the machine has two cores. One
      // process runs them all (isolate off): each file launches its own Chromium and mocks nothing.
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/support/browser-setup.ts'], fileParallelism: false, isolate: false },
      },
    ],
  },
});
