/**
 * The messages between the studio page and its worker, and the work each
 * request does, as plain functions: the worker file only wires `onmessage` to
 * `answer`, so the unit tests run the same code without a worker. Compiling
 * uses src/tooling's compileSources and lintStory (the code `npm run check`
 * runs), exploring uses the engine's explorer with the consequence report,
 * and explore's problems (dead ends, errors and the report's findings) are
 * placed at file and line by the same rules `npm run check` uses.
 */

import { exploreConsequences } from '../engine/analysis/consequences';
import type { ExploreReport } from '../engine/analysis/explore-report';
import type { SourceLines } from '../engine/ink/source-lines';
import { compileSources } from '../tooling/compile-sources';
import type { Diagnostic } from '../tooling/diagnostic';
import { lintStory } from '../tooling/lint';
import { consequenceDiagnostics } from '../tooling/lint-consequences';
import { deadEndDiagnostics } from '../tooling/lint-dead-ends';
import { toSourceFiles } from '../tooling/lint-sources';

/** The page's files import the diagnostic's shape from here, as a type: only the worker's files import tooling. */
export type { Diagnostic };

export interface CompileRequest {
  kind: 'compile';
  id: number;
  entry: string;
  files: Record<string, string>;
  /** The project's pictures and sounds by path: the files IMAGE, BACKGROUND and AUDIO tags must name. */
  assets?: readonly string[];
}

export interface ExploreRequest {
  kind: 'explore';
  id: number;
  entry: string;
  json: string;
  files: Record<string, string>;
  seed: number;
}

export type WorkerRequest = CompileRequest | ExploreRequest;

export interface CompileAnswer {
  kind: 'compiled';
  id: number;
  /** The story's JSON, or null when it did not compile (the preview keeps the last good one). */
  json: string | null;
  diagnostics: Diagnostic[];
  /** Milliseconds the compile (and, when final, the lint) took in the worker. */
  ms: number;
  /** False for the early answer sent as soon as the story compiles; true once the lint rules have run too. */
  final: boolean;
  /** Where each part of the story is in the sources: puts a stop in the preview (an endless loop) at its line. */
  lines?: SourceLines | null;
}

export interface ExploreProgressAnswer {
  kind: 'progress';
  id: number;
  states: number;
  fraction: number;
}

export interface ExploreAnswer {
  kind: 'explored';
  id: number;
  report: ExploreReport;
  /** Dead ends and runtime errors at their file and line. */
  problems: Diagnostic[];
}

export interface FailureAnswer {
  kind: 'failed';
  id: number;
  message: string;
}

export type WorkerAnswer = CompileAnswer | ExploreProgressAnswer | ExploreAnswer | FailureAnswer;

/** Exploration caps for the studio: enough for the flagship in seconds, small enough that a huge story still answers. */
export const STUDIO_EXPLORE_LIMITS = { maxStates: 20_000, maxTurns: 120_000, maxDepth: 300, maxMillis: 30_000 };

/**
 * Compiles, then lints. The story is handed to `early` as soon as it compiles (without the lint
 * findings, `final: false`), so the preview need not wait for the rules; the returned answer has them all.
 */
export function compileProject(req: CompileRequest, early?: (a: CompileAnswer) => void, now: () => number = () => performance.now()): CompileAnswer {
  const started = now();
  const result = compileSources(req.entry, sourceHost(req));
  let diagnostics = result.diagnostics;
  const folder = req.entry.includes('/') ? req.entry.slice(0, req.entry.lastIndexOf('/') + 1) : '';
  const assets = new Set(req.assets ?? []);
  // Tags name files from the entry's folder, as the build reads them; the project's own files are the only ones there.
  const files = req.assets ? { resolve: (path: string) => `${folder}${path}`, exists: (file: string) => assets.has(file) } : undefined;
  if (result.json) {
    // The map of lines rides with the final answer only: the preview needs it only once it stops on an error.
    early?.({ kind: 'compiled', id: req.id, json: result.json, diagnostics, ms: now() - started, final: false });
    try {
      // The quick rules only: the exploring one runs when the author asks (Explore), not on every keystroke.
      const found = lintStory({ entry: req.entry, json: result.json, sources: result.sources }, files ? { explore: false, files } : { explore: false });
      diagnostics = [...diagnostics, ...found.map(inStudioWords)];
    } catch (err) {
      diagnostics = [...diagnostics, { severity: 'warning', file: req.entry, line: 0, message: `the lint rules could not run: ${(err as Error).message}` }];
    }
  }
  return { kind: 'compiled', id: req.id, json: result.json, diagnostics, ms: now() - started, final: true, lines: result.lines };
}

export function exploreProject(req: ExploreRequest, progress: (p: ExploreProgressAnswer) => void): ExploreAnswer {
  let last = 0;
  const report = exploreConsequences(req.json, {
    ...STUDIO_EXPLORE_LIMITS,
    seed: req.seed,
    onProgress: (p) => {
      // A message per state would flood the page; a few per second is a smooth bar.
      const t = Date.now();
      if (t - last < 100) return;
      last = t;
      progress({ kind: 'progress', id: req.id, states: p.states, fraction: p.fraction });
    },
  });
  const sources = toSourceFiles(Object.entries(req.files).map(([file, text]) => ({ file, text })));
  // The request carries the JSON but not the compile's map of source lines, which places findings (and a runtime
  // error such as an endless loop) exactly: compiling again costs a fraction of the exploration.
  let lines: SourceLines | null = null;
  try {
    lines = compileSources(req.entry, sourceHost(req)).lines;
  } catch {
    lines = null;
  }
  const problems = deadEndDiagnostics(report, sources, req.entry, lines).map(inStudioWords);
  if (report.consequences) problems.push(...consequenceDiagnostics(report.consequences, sources, req.entry, lines));
  return { kind: 'explored', id: req.id, report, problems };
}

/** Answers one request; progress messages go out through `post` before the final answer. */
export function answer(req: WorkerRequest, post: (a: WorkerAnswer) => void): void {
  try {
    if (req.kind === 'compile') post(compileProject(req, post));
    else post(exploreProject(req, post));
  } catch (err) {
    post({ kind: 'failed', id: req.id, message: (err as Error).message });
  }
}

function sourceHost(req: { entry: string; files: Record<string, string> }) {
  return {
    resolve: (name: string) => resolveName(req.entry, name, req.files),
    read: (file: string) => {
      const text = req.files[file];
      if (text === undefined) throw new Error(`there is no file called ${file} in this project`);
      return text;
    },
  };
}

/**
 * The rules speak of the terminal (`npm run play`, `npm run explore`); in the studio the same
 * advice names the studio's own buttons.
 */
export function inStudioWords(d: Diagnostic): Diagnostic {
  const message = d.message
    .replace(/after choosing ([\d, ]+) in npm run play/, 'after choosing $1 in the preview')
    .replace(/\(npm run explore looks further\)/, `(the studio's Explore stops at ${STUDIO_EXPLORE_LIMITS.maxStates.toLocaleString('en')} states)`);
  return message === d.message ? d : { ...d, message };
}

/** An INCLUDE is written relative to the entry file's folder, as inklecate reads it. */
function resolveName(entry: string, name: string, files: Record<string, string>): string {
  const clean = name.trim().replace(/^\.\//, '');
  const folder = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
  const joined = `${folder}${clean}`;
  return joined in files || !(clean in files) ? joined : clean;
}
