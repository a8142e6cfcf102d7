/**
 * One line per finding, however often it recurs. A rule that meets the same
 * problem in many places (one unknown tag on 13 lines, one missing picture
 * named in every scene) would fill the terminal and the studio's problem list
 * with copies; this keeps the first place and says how many more there are and
 * where. Warnings and notes that differ only by place fold; errors stay one per
 * place, since each must be fixed where it is, and the studio marks each line.
 */
import type { Diagnostic } from './diagnostic.ts';

/** How many of the other places are spelt out before the rest is only counted. */
const LISTED = 5;

export function foldRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  diagnostics.forEach((d, i) => {
    const key = d.severity === 'error' ? `#${i}` : `${d.severity}\u0000${d.message}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  });
  return [...groups.values()].map(([first, ...others]) => (others.length === 0 || !first ? (first as Diagnostic) : folded(first, others)));
}

function folded(first: Diagnostic, others: Diagnostic[]): Diagnostic {
  const shown = others.slice(0, LISTED).map((d) => (d.file === first.file ? `${d.line}` : `${baseName(d.file)}:${d.line}`));
  const rest = others.length > LISTED ? ` and ${others.length - LISTED} more` : '';
  return { ...first, message: `${first.message} (${others.length + 1} times; also at line${others.length > 1 ? 's' : ''} ${shown.join(', ')}${rest})` };
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
