/**
 * Builds the studio (studio/index.html) as a second, separate Vite build into
 * the same output folder, at studio/ with its own assets. A single build with
 * two inputs would share chunks between the pages and so split the player's
 * first-screen code into extra requests; a separate build leaves the player's
 * chunk graph, its budgets and its first screen exactly as they were, and
 * gives the studio a chunk graph of its own. The dev server needs none of
 * this: it serves studio/index.html at /studio/ as it is.
 */
import path from 'node:path';
import { build, type Plugin } from 'vite';

/** Set on the nested build, so it does not start another. */
const NESTED = 'KEE_STUDIO_NESTED_BUILD';

export function studioBuildPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let configFile: string | undefined;
  return {
    name: 'kee:studio-build',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      configFile = config.configFile;
    },
    async closeBundle() {
      if (process.env[NESTED] || !configFile) return;
      process.env[NESTED] = '1';
      try {
        await build({
          root,
          configFile,
          logLevel: 'warn',
          build: { outDir, emptyOutDir: false, assetsDir: 'studio/assets', rollupOptions: { input: path.join(root, 'studio/index.html') } },
        });
      } finally {
        delete process.env[NESTED];
      }
    },
  };
}
