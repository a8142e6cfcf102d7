/**
 * The single compile path for ink. The Vite plugin, the CLI and the tests all
 * call `compileInk`, which runs inkjs's own compiler with a file handler that
 * resolves INCLUDEs relative to the entry file and remembers every file it
 * read, so watchers know what to watch and errors name the right file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Diagnostic, Severity } from './diagnostic.ts';

export interface CompileResult {
  /** The compiled story as ink's runtime JSON, or null when compilation failed. */
  json: string | null;
  /** Absolute paths of the entry file and every file it INCLUDEs. */
  dependencies: string[];
  diagnostics: Diagnostic[];
}

/** inkjs reports problems as "ERROR: 'file' line N: message". */
const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

export function compileInk(entryFile: string): CompileResult {
  const entry = path.resolve(entryFile);
  const root = path.dirname(entry);
  const dependencies = new Set<string>([entry]);
  const sources = new Map<string, string>();

  let source: string;
  try {
    source = readFileSync(entry, 'utf8');
  } catch (err) {
    const message = `cannot read the story file: ${(err as Error).message}`;
    return { json: null, dependencies: [entry], diagnostics: [{ severity: 'error', file: entry, line: 0, message }] };
  }
  sources.set(entry, source);

  const fileHandler = {
    ResolveInkFilename: (name: string) => path.resolve(root, name),
    LoadInkFileContents: (full: string) => {
      dependencies.add(full);
      const text = readFileSync(full, 'utf8');
      sources.set(full, text);
      return text;
    },
  };

  const compiler = new Compiler(source, new CompilerOptions(entry, [], true, null, fileHandler));
  let json: string | null = null;
  try {
    json = compiler.Compile().ToJson() ?? null;
  } catch {
    // The compiler throws a bare "Compilation failed."; the real messages are collected below.
  }

  const raw = [
    ...compiler.errors.map((m) => ['error', m] as const),
    ...compiler.warnings.map((m) => ['warning', m] as const),
    ...compiler.authorMessages.map((m) => ['info', m] as const),
  ];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const [severity, message] of raw) {
    const d = parseMessage(severity, message, entry, root, sources);
    const key = `${d.file}:${d.line}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(d);
  }
  if (compiler.errors.length > 0) json = null;
  return { json, dependencies: [...dependencies], diagnostics };
}

function parseMessage(severity: Severity, raw: string, entry: string, root: string, sources: Map<string, string>): Diagnostic {
  const m = MESSAGE.exec(raw.trim());
  const file = m?.[2] ? path.resolve(root, m[2]) : entry;
  const line = m?.[3] ? Number(m[3]) : 0;
  // "Failed to load" carries a Node stack-ish tail; the first line says it all.
  let message = (m?.[4] ?? raw).split('\n')[0]?.trim() ?? raw;
  if (/^Failed to load: '/.test(message)) message = message.replace(/^Failed to load: '([^']*)'\.?/, "cannot find the INCLUDEd file '$1'");
  const text = sources.get(file)?.split(/\r?\n/)[line - 1];
  return text === undefined ? { severity, file, line, message } : { severity, file, line, message, source: text };
}
