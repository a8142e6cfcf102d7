/**
 * Global setup for the real-browser tests: finds (or installs) Chromium,
 * builds the site once with the production config, and serves dist/ under a
 * sub-path. Tests read the URL and the browser path through `inject`.
 */
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  const distDir = path.join(root, 'dist');
  await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts') });
  const site = await serveStatic(distDir, '/some/sub/path/');
  project.provide('siteUrl', site.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', distDir);
  return async () => site.close();
}
