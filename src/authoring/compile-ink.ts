/**
 * The single compile path for ink on the disk. The Vite plugin, the CLI and
 * the tests all call `compileInk`, which runs the shared compile core
 * (src/tooling/compile-sources.ts, also used by the studio's worker) with a
 * host that resolves INCLUDEs relative to the entry file and reads them from
 * the file system.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CompileResult, compileSources } from '../tooling/compile-sources.ts';

export type { CompileResult } from '../tooling/compile-sources.ts';

export function compileInk(entryFile: string): CompileResult {
  const entry = path.resolve(entryFile);
  const root = path.dirname(entry);
  return compileSources(entry, { resolve: (name) => path.resolve(root, name), read: (file) => readFileSync(file, 'utf8') });
}
