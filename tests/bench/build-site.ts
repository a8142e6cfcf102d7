/**
 * Builds the game for the bench into a temporary directory with the project's
 * own vite.config.ts, so a bench run never races the e2e tests (or another
 * engineer) for dist/. KEE_STORY picks another story, as for `npm start`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** `firstTurn: false` builds the story as one whose opening varies is built: no first turn, the Story before the first passage. */
export async function buildSite({ firstTurn = true } = {}): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kee-bench-site-'));
  const before = process.env.KEE_FIRST_TURN;
  if (!firstTurn) process.env.KEE_FIRST_TURN = 'off';
  try {
    await build({
      root: projectRoot,
      configFile: path.join(projectRoot, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (before === undefined) delete process.env.KEE_FIRST_TURN;
    else process.env.KEE_FIRST_TURN = before;
  }
  return outDir;
}
