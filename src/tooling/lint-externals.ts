/**
 * Lint rule: every EXTERNAL function must run somewhere. The player and
 * `npm run play` bind no host functions of their own, so each one needs an
 * ink function of the same name to fall back on (as in Inky and inklecate's
 * play mode); a called one without it would stop the story the moment it is
 * called, so that is an error at the EXTERNAL line, before anyone plays. One
 * declared and never called is only a warning.
 */
import type { StoryIndex } from '../engine/analysis/story-index';
import type { Diagnostic } from './diagnostic';
import { findLines, type Place, type SourceFile } from './lint-sources';

const EXTERNAL = /^\s*EXTERNAL\s+([A-Za-z_]\w*)\s*\(/;

export function lintExternals(index: StoryIndex, sources: readonly SourceFile[], entry: string): Diagnostic[] {
  const functions = new Set(index.flows.filter((f) => f.stitch === null).map((f) => f.path));
  const declared = new Map<string, Place>();
  for (const place of findLines(sources, (line) => EXTERNAL.test(line))) {
    const name = EXTERNAL.exec(sources.find((s) => s.file === place.file)?.lines[place.line - 1] ?? '')?.[1];
    if (name && !declared.has(name)) declared.set(name, place);
  }
  const called = new Set(index.externals);
  const diagnostics: Diagnostic[] = [];
  for (const name of new Set([...called, ...declared.keys()])) {
    if (functions.has(name)) continue;
    const place = declared.get(name) ?? { file: entry, line: 0 };
    const fix = `add === function ${name}(…) === to the story`;
    if (called.has(name)) {
      const message = `EXTERNAL ${name}() has no ink fallback and the player binds no such function, so the story stops when it calls it: ${fix}`;
      diagnostics.push({ severity: 'error', ...place, message });
    } else {
      diagnostics.push({ severity: 'warning', ...place, message: `EXTERNAL ${name}() is never called and has no ink fallback` });
    }
  }
  return diagnostics;
}
