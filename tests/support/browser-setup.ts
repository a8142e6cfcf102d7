/**
 * Global setup for the real-browser tests: finds (or installs) Chromium,
 * builds the site once with the production config, and serves dist/ under a
 * sub-path. Tests read the URL and the browser path through `inject`.
 */
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { quietChromiumArgs } from './chromium-quiet';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
    /** Launch flags for every test browser: CHROMIUM_ARGS with Chromium's omnibox pages switched off. */
    chromiumArgs: string[];
    distDir: string;
    hostileUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  const distDir = path.join(root, 'dist');
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle; test what players get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts') });
  const site = await serveStatic(distDir, '/some/sub/path/');
  // A second build of the player around a story written to attack it (markup, bad tags, a runtime error).
  const hostileDir = path.join(root, 'test-results/hostile-site');
  process.env.KEE_STORY = path.join(root, 'tests/fixtures/hostile.ink');
  try {
    await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts'), build: { outDir: hostileDir, emptyOutDir: true } });
  } finally {
    delete process.env.KEE_STORY;
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const hostile = await serveStatic(hostileDir, '/');
  project.provide('siteUrl', site.url);
  project.provide('hostileUrl', hostile.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('chromiumArgs', await quietChromiumArgs(chromiumPath));
  project.provide('distDir', distDir);
  return async () => {
    await site.close();
    await hostile.close();
  };
}
