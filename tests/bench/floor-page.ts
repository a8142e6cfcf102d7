/**
 * Builds the floor page (tests/bench/floor/) with Vite into a temporary
 * directory: the project's ink plugin compiles story/main.ink (or KEE_STORY),
 * the story gets its own chunk as in the game, and nothing else is added.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { inkPlugin } from '../../src/authoring/vite-plugin-ink';

export async function buildFloorPage(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kee-bench-floor-'));
  await build({
    root: path.join(import.meta.dirname, 'floor'),
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [inkPlugin({ entry: process.env.KEE_STORY })],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: { output: { manualChunks: (id: string) => (id.endsWith('.ink') ? 'story' : undefined) } },
    },
  });
  return outDir;
}
