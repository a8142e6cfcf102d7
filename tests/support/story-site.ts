/**
 * Builds the player around another story (as `KEE_STORY=… npm run build`
 * does) into test-results/<name>-site and serves it, for browser tests that
 * play ink the project did not write.
 */
import path from 'node:path';
import { build } from 'vite';
import { type StaticSite, serveStatic } from './static-server';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * `story` is the entry .ink, relative to the project; null builds the flagship as `npm run build` does (with its key
 * picture). `firstTurn: false` builds as for a story whose opening varies (KEE_FIRST_TURN=off): no first turn from the build.
 */
export async function buildStorySite(name: string, story: string | null, { firstTurn = true } = {}): Promise<StaticSite & { outDir: string }> {
  const outDir = path.join(root, `test-results/${name}-site`);
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  if (story) process.env.KEE_STORY = path.join(root, story);
  if (!firstTurn) process.env.KEE_FIRST_TURN = 'off';
  try {
    await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.KEE_STORY;
    delete process.env.KEE_FIRST_TURN;
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return { ...(await serveStatic(outDir, '/')), outDir };
}
