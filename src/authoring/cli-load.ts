/**
 * Finds and loads the story a command works on: an `.ink` entry file compiled
 * through the one compile path (compileInk), or an already compiled `.json`.
 * The default is story/main.ink under the working directory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceLines } from '../engine/ink/source-lines';
import type { Diagnostic } from '../tooling/diagnostic';
import type { SourceText } from '../tooling/lint-sources';
import { compileInk } from './compile-ink';

export const DEFAULT_ENTRY = 'story/main.ink';

export interface LoadedStory {
  /** Absolute path of the file given. */
  file: string;
  json: string | null;
  diagnostics: Diagnostic[];
  /** The ink files read (empty for a compiled .json). */
  files: string[];
  /** Their texts, for the lint rules. */
  sources: SourceText[];
  /** Where the compiled story's containers sit in those files, for runtime errors at file and line (null for a .json). */
  lines: SourceLines | null;
}

export function loadStory(file: string | undefined, cwd: string): LoadedStory {
  const full = path.resolve(cwd, file ?? DEFAULT_ENTRY);
  if (full.endsWith('.json')) {
    try {
      // inklecate writes a byte-order mark; JSON.parse and inkjs do not want it.
      const json = readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
      JSON.parse(json);
      return { file: full, json, diagnostics: [], files: [], sources: [], lines: null };
    } catch (err) {
      const message = `cannot read the compiled story: ${(err as Error).message}`;
      return { file: full, json: null, diagnostics: [{ severity: 'error', file: full, line: 0, message }], files: [], sources: [], lines: null };
    }
  }
  const result = compileInk(full);
  return { file: full, json: result.json, diagnostics: result.diagnostics, files: result.dependencies, sources: result.sources, lines: result.lines };
}
