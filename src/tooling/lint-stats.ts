/**
 * Lint rule: stats change only through the clamping helper. Any `~ nerve = …`,
 * `~ nerve++` or `~ nerve += …` outside `=== function shift` is reported, as
 * is a `VAR` whose starting value is outside the range its `# stat:` tag
 * declares, or a declared stat with no `VAR` at all.
 */
import type { StatDef } from '../engine/ink/story-meta';
import type { Diagnostic } from './diagnostic';
import { escapeRegExp, findLines, knotOfEachLine, type SourceFile } from './lint-sources';

/** The helper story/README.md tells authors to use. */
export const STAT_HELPER = 'shift';

export function lintStats(stats: readonly StatDef[], sources: readonly SourceFile[], entry: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const declared = new Set<string>();
  for (const stat of stats) {
    const name = escapeRegExp(stat.variable);
    const direct = new RegExp(`^\\s*~\\s*${name}\\s*(=(?!=)|\\+\\+|--|[-+*/%]=)`);
    const initial = new RegExp(`^\\s*VAR\\s+${name}\\s*=\\s*(-?\\d+(?:\\.\\d+)?)`);
    for (const source of sources) {
      const knots = knotOfEachLine(source);
      source.lines.forEach((text, i) => {
        const at = { file: source.file, line: i + 1 };
        if (direct.test(text) && knots[i] !== `function ${STAT_HELPER}`) {
          const message = `'${stat.variable}' is changed directly; use ~ ${STAT_HELPER}(${stat.variable}, by) so it stays within ${stat.min}–${stat.max}`;
          diagnostics.push({ severity: 'error', ...at, message });
        }
        const start = initial.exec(text);
        if (!start) return;
        declared.add(stat.variable);
        const value = Number(start[1]);
        if (value < stat.min || value > stat.max) {
          diagnostics.push({ severity: 'error', ...at, message: `'${stat.variable}' starts at ${value}, outside its declared range ${stat.min}–${stat.max}` });
        }
      });
    }
  }
  // Without sources (a compiled .json was checked) there is nothing to look for VARs in.
  for (const stat of sources.length ? stats : []) {
    if (declared.has(stat.variable)) continue;
    const tag = new RegExp(`#\\s*stat:\\s*${escapeRegExp(stat.variable)}\\b`);
    const [place] = findLines(sources, (line) => tag.test(line));
    diagnostics.push({
      severity: 'error',
      ...(place ?? { file: entry, line: 0 }),
      message: `stat '${stat.variable}' is declared by a # stat: tag but there is no VAR ${stat.variable}`,
    });
  }
  return diagnostics;
}
