/**
 * Replaces Vite's preload helper with a plain call. Vite wraps every dynamic
 * `import()` in `__vitePreload(load, deps)` so it can first fetch the chunk's
 * CSS and modulepreload its imports. This build has neither to fetch: one
 * stylesheet (`cssCodeSplit: false`) and no preload list (`modulePreload:
 * false`), so every `deps` is empty, and the helper was 1.3 KB gz of script on
 * the first screen doing nothing. A lazy chunk that fails to load still
 * rejects its import(), which the callers handle; only Vite's
 * `vite:preloadError` event, which nothing here listens for, is gone.
 * tests/e2e/bundle-budget.test.ts keeps the build to one stylesheet.
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function plainImportsPlugin(): Plugin {
  return {
    name: 'kee:plain-imports',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id !== PRELOAD_HELPER) return null;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}
