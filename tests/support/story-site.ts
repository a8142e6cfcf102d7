/**
 * Builds the player around another story (as `KEE_STORY=… npm run build`
 * does) into test-results/<name>-site and serves it, for browser tests that
 * play ink the project did not write.
 */
import path from 'node:path';
import { build } from 'vite';
import { type StaticSite, serveStatic } from './static-server';

const root = path.resolve(import.meta.dirname, '../..');

/** `story` is the entry .ink, relative to the project. */
export async function buildStorySite(name: string, story: string): Promise<StaticSite & { outDir: string }> {
  const outDir = path.join(root, `test-results/${name}-site`);
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  process.env.KEE_STORY = path.join(root, story);
  try {
    await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.KEE_STORY;
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return { ...(await serveStatic(outDir, '/')), outDir };
}
