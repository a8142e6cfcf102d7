/**
 * The one shape every ink problem takes on its way to a person: the Vite
 * overlay, the terminal, `npm run check`, the studio and the tests all print
 * diagnostics through `formatDiagnostic`, so they agree on file, line and
 * wording. No Node modules: the studio's worker uses it too.
 */

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

/** The working directory where there is one (Node), else '' (a browser worker, whose file names are already relative). */
function currentDir(): string {
  return (globalThis as { process?: { cwd?: () => string } }).process?.cwd?.() ?? '';
}

/** `story/scenes/ridge.ink:12: error: message`, relative to `cwd`. */
export function formatDiagnostic(d: Diagnostic, cwd = currentDir()): string {
  const where = d.line > 0 ? `${relative(d.file, cwd)}:${d.line}` : relative(d.file, cwd);
  return `${where}: ${d.severity}: ${d.message}`;
}

/** `file` relative to `cwd` when it lies inside it, else as given (paths use `/`, as Node's do on the machines we run on). */
export function relative(file: string, cwd: string): string {
  if (cwd === '') return file;
  const base = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return file.startsWith(base) ? file.slice(base.length) : file;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
