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
  // The build reads these from the environment: set them for this build only, and put back whatever was there before.
  const before = { NODE_ENV: process.env.NODE_ENV, KEE_STORY: process.env.KEE_STORY, KEE_FIRST_TURN: process.env.KEE_FIRST_TURN };
  process.env.NODE_ENV = 'production';
  if (story) process.env.KEE_STORY = path.join(root, story);
  else delete process.env.KEE_STORY;
  if (firstTurn) delete process.env.KEE_FIRST_TURN;
  else process.env.KEE_FIRST_TURN = 'off';
  try {
    await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return { ...(await serveStatic(outDir, '/')), outDir };
}
