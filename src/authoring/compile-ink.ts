/**
 * The single compile path for ink on the disk. The Vite plugin, the CLI and
 * the tests all call `compileInk`, which runs the shared compile core
 * (src/tooling/compile-sources.ts, also used by the studio's worker) with a
 * host that resolves INCLUDEs relative to the entry file and reads them from
 * the file system.
 *
 * A build asks for the same story five times (the story itself, its images,
 * its sounds, its line map, its report), so the last result for each entry is
 * kept and handed out again while every file it read still reads the same.
 * Comparing the texts, not times, means an edit is never missed, however fast.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CompileResult, compileSources } from '../tooling/compile-sources.ts';

export type { CompileResult } from '../tooling/compile-sources.ts';

const last = new Map<string, { read: Map<string, string>; result: CompileResult }>();

export function compileInk(entryFile: string): CompileResult {
  const entry = path.resolve(entryFile);
  const kept = last.get(entry);
  if (kept && unchanged(kept.read)) return kept.result;
  const root = path.dirname(entry);
  const read = new Map<string, string>();
  const result = compileSources(entry, {
    resolve: (name) => path.resolve(root, name),
    read: (file) => {
      const text = readFileSync(file, 'utf8');
      read.set(file, text);
      return text;
    },
  });
  // A compile that could not read a file it needed (an INCLUDE not yet written) is not kept: the next call tries again.
  if (result.dependencies.every((file) => read.has(file))) last.set(entry, { read, result });
  else last.delete(entry);
  return result;
}

function unchanged(read: Map<string, string>): boolean {
  for (const [file, text] of read) {
    try {
      if (readFileSync(file, 'utf8') !== text) return false;
    } catch {
      return false;
    }
  }
  return true;
}
