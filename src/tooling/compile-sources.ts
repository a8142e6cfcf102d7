/**
 * The single compile path for ink, without a file system: inkjs's own
 * compiler with a file handler that asks the caller for each file's text, so
 * INCLUDEs resolve the same way in Node (compileInk reads the disk) and in the
 * studio's worker (the editor's files). It remembers every file it read, so
 * watchers know what to watch and lint rules see the same texts, and turns
 * inkjs's "ERROR: 'file' line N: …" strings into diagnostics at file and line.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { SourceLines } from '../engine/ink/source-lines.ts';
import { MOVED_TAGS_WARNING, moveChoiceDivertTags } from './choice-divert-tags.ts';
import type { Diagnostic, Severity } from './diagnostic.ts';
import { foldRepeats } from './fold-repeats.ts';
import type { SourceText } from './lint-sources.ts';
import { sourceLinesOf } from './source-lines-map.ts';
import { storyJsonKeepingFloats } from './whole-floats.ts';

export interface CompileResult {
  /** The compiled story as ink's runtime JSON, or null when compilation failed. */
  json: string | null;
  /** The entry file and every file it INCLUDEs, as the host names them. */
  dependencies: string[];
  /** The text of each of those files, for lint rules and source lines. */
  sources: SourceText[];
  diagnostics: Diagnostic[];
  /** Where each container of the compiled story starts in the sources, for runtime errors at file and line; null when compilation failed. */
  lines: SourceLines | null;
}

export interface SourceHost {
  /** The name under which an INCLUDE written in the entry's folder is found (an absolute path in Node). */
  resolve(name: string): string;
  /** A file's text; throws when it cannot be read. */
  read(file: string): string;
}

/** inkjs reports problems as "ERROR: 'file' line N: message". */
const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

export function compileSources(entry: string, host: SourceHost): CompileResult {
  const sources = new Map<string, string>();
  // Every file the compiler asked for, read or not: creating a missing INCLUDE should recompile.
  const dependencies = new Set<string>([entry]);
  let source: string;
  try {
    source = host.read(entry);
  } catch (err) {
    const message = `cannot read the story file: ${(err as Error).message}`;
    return { json: null, dependencies: [entry], sources: [], diagnostics: [{ severity: 'error', file: entry, line: 0, message }], lines: null };
  }
  sources.set(entry, source);
  // The compiler reads each file with tags after a choice's divert moved before it; lint rules and messages see the file as written.
  const moved: Diagnostic[] = [];
  const forCompiler = (file: string, text: string): string => {
    const result = moveChoiceDivertTags(text);
    for (const line of result.lines) moved.push({ severity: 'warning', file, line, message: MOVED_TAGS_WARNING });
    return result.text;
  };

  const fileHandler = {
    ResolveInkFilename: (name: string) => host.resolve(name),
    LoadInkFileContents: (full: string) => {
      dependencies.add(full);
      const text = host.read(full);
      sources.set(full, text);
      return forCompiler(full, text);
    },
  };

  const compiler = new Compiler(forCompiler(entry, source), new CompilerOptions(entry, [], true, null, fileHandler));
  let json: string | null = null;
  let lines: SourceLines | null = null;
  try {
    const runtime = compiler.Compile();
    json = storyJsonKeepingFloats(runtime);
    lines = sourceLinesOf(runtime, (name) => host.resolve(name));
  } catch {
    // The compiler throws a bare "Compilation failed."; the real messages are collected below.
  }

  const raw = [
    ...compiler.errors.map((m) => ['error', m] as const),
    ...compiler.warnings.map((m) => ['warning', m] as const),
    ...compiler.authorMessages.map((m) => ['info', m] as const),
  ];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = moved.map((d) => ({ ...d, source: sources.get(d.file)?.split(/\r?\n/)[d.line - 1] ?? '' }));
  for (const [severity, message] of raw) {
    const d = parseMessage(severity, message, entry, host, sources);
    // inkjs repeats a message once per path that reaches it; one line each is enough.
    const key = `${d.file}:${d.line}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(d);
  }
  if (compiler.errors.length > 0) {
    json = null;
    lines = null;
  }
  // The same warning at many lines (a loose end in every scene) is one line with a count, as the lint rules' are.
  return { json, dependencies: [...dependencies], sources: [...sources].map(([file, text]) => ({ file, text })), diagnostics: foldRepeats(diagnostics), lines };
}

function parseMessage(severity: Severity, raw: string, entry: string, host: SourceHost, sources: Map<string, string>): Diagnostic {
  const m = MESSAGE.exec(raw.trim());
  const file = m?.[2] ? host.resolve(m[2]) : entry;
  const line = m?.[3] ? Number(m[3]) : 0;
  // "Failed to load" carries a Node stack-ish tail; the first line says it all.
  let message = (m?.[4] ?? raw).split('\n')[0]?.trim() ?? raw;
  if (/^Failed to load: '/.test(message)) message = message.replace(/^Failed to load: '([^']*)'\.?/, "cannot find the INCLUDEd file '$1'");
  message = nameClash(message, file, host);
  const text = sources.get(file)?.split(/\r?\n/)[line - 1];
  return text === undefined ? { severity, file, line, message } : { severity, file, line, message, source: text };
}

/**
 * inkjs words a name used twice as `VAR 'door': name has already been used for a knot on line 4 of /abs/main.ink"`,
 * with a stray quote and the full path; this says it with the line and, when it is another file, that file's name.
 */
function nameClash(message: string, file: string, host: SourceHost): string {
  const m = /^(.*?)name has already been used for (an? \w+) on line (\d+) of (.*?)"?\)?$/.exec(message);
  const flow = /^(.*)\(at line (\d+) of (.*?)"?\)$/.exec(message);
  if (flow) {
    const [, before = '', line = '', other = ''] = flow;
    return `${before}(at line ${line}${host.resolve(other) === file ? '' : ` of ${other.split('/').pop()}`})`;
  }
  if (!m) return message.replace(/"$/, '');
  const [, before = '', what = '', line = '', other = ''] = m;
  const where = host.resolve(other) === file ? `line ${line}` : `line ${line} of ${other.split('/').pop()}`;
  return `${before}the name is already used by ${what.replace(/^an? /, 'the ')} at ${where}`;
}
