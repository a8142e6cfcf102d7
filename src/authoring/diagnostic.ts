/**
 * The one shape every ink problem takes on its way to a person: the Vite
 * overlay, the terminal, `npm run check` and the tests all print diagnostics
 * through `formatDiagnostic`, so they agree on file, line and wording.
 */
import path from 'node:path';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Absolute path of the ink file the message is about. */
  file: string;
  /** 1-based line number; 0 when the message is about the file as a whole. */
  line: number;
  message: string;
  /** The text of the offending source line, when it could be read. */
  source?: string;
}

/** `story/scenes/ridge.ink:12: error: message`, relative to `cwd`. */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const where = d.line > 0 ? `${relative(d.file, cwd)}:${d.line}` : relative(d.file, cwd);
  return `${where}: ${d.severity}: ${d.message}`;
}

export function relative(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
