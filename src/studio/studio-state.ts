/**
 * The studio's one state: the open project, its last good compile, the
 * problems from compiling and exploring, the status line and the message
 * under the file list, in a zustand vanilla store. Every change is one of
 * the typed updates below (pure functions from state to state), so the panels
 * subscribe to what they show and never share loose variables; opening a
 * project is one update that resets everything that belonged to the last one.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SourceLines } from '../engine/ink/source-lines';
import type { Project } from './project';
import type { CompileAnswer, Diagnostic } from './worker-protocol';

/** A story that compiled, with the files it came from (what Explore and the exports use). */
export interface Compiled {
  json: string;
  entry: string;
  files: Record<string, string>;
  /** The project it belongs to: a compile that lands after another project opened is dropped. */
  projectId: string;
  /** Container paths to source lines, for placing where the preview stopped. */
  lines: SourceLines | null;
}

export interface StudioState {
  project: Project;
  compiled: Compiled | null;
  /** Why the open project has no story to preview (it never compiled), or null. */
  noStory: string | null;
  compileProblems: Diagnostic[];
  exploreProblems: Diagnostic[];
  /** Where the preview's story stopped with an error (an endless loop, a runtime error), at its line. */
  previewProblems: Diagnostic[];
  status: string;
  /** Knots and stitches the explorer never reached, by path. */
  unreached: string[];
  /** The sentence under the file list (a refused file, a missing story). */
  message: string;
  /** Bumped when another project opens, so panels that keep their own state start over. */
  generation: number;
}

export type StudioStore = StoreApi<StudioState>;

/** A project with nothing yet learned about it: no compile, no problems, no message. */
function freshState(project: Project, generation: number): StudioState {
  return {
    project,
    compiled: null,
    noStory: null,
    compileProblems: [],
    exploreProblems: [],
    previewProblems: [],
    status: 'Compiling…',
    unreached: [],
    message: '',
    generation,
  };
}

export function createStudioStore(project: Project): StudioStore {
  return createStore<StudioState>(() => freshState(project, 0));
}

/** The updates. Each takes the state and returns the part that changes. */
export const update = {
  /** Another project: everything that belonged to the one before goes. */
  openProject: (s: StudioState, project: Project): Partial<StudioState> => freshState(project, s.generation + 1),
  /** The same project changed (an edit, a file added, another file opened). */
  changeProject: (_s: StudioState, project: Project): Partial<StudioState> => ({ project }),
  say: (_s: StudioState, message: string): Partial<StudioState> => ({ message }),
  compiled: (s: StudioState, a: CompileAnswer, projectId: string, files: Record<string, string>): Partial<StudioState> => {
    if (projectId !== s.project.id) return {};
    const errors = a.diagnostics.filter((d) => d.severity === 'error').length;
    const base = { compileProblems: a.diagnostics, exploreProblems: [] };
    if (!a.json) {
      const count = plural(Math.max(errors, 1), 'error');
      return s.compiled
        ? { ...base, status: `${count}: the preview keeps playing the last version that compiled.` }
        : { ...base, noStory: `The story has not compiled yet (${count} listed below), so there is nothing to preview.`, status: `${count}.` };
    }
    return {
      ...base,
      compiled: { json: a.json, entry: s.project.entry, files, projectId, lines: a.lines ?? null },
      noStory: null,
      status: compileStatus(a, errors),
    };
  },
  exploreProblems: (_s: StudioState, problems: Diagnostic[]): Partial<StudioState> => ({ exploreProblems: problems }),
  unreached: (_s: StudioState, unreached: string[]): Partial<StudioState> => ({ unreached }),
  previewProblems: (_s: StudioState, problems: Diagnostic[]): Partial<StudioState> => ({ previewProblems: problems }),
};

/** What Explore explores: the story compiled from the text as it is now, or why there is none. */
export type ExploreTarget = { ok: true; json: string; entry: string; files: Record<string, string> } | { ok: false; message: string };

/**
 * The story Explore may explore. Only the text as it stands: when the latest compile failed, the last version that
 * compiled is still what the preview plays, but exploring it would report on text the author has since changed, as
 * if it were this one; nor while the text's own compile has not landed yet.
 */
export function exploreTarget(s: StudioState): ExploreTarget {
  const errors = s.compileProblems.filter((d) => d.severity === 'error').length;
  if (errors)
    return {
      ok: false,
      message: `The story does not compile (${plural(errors, 'error')} listed under the editor): fix ${errors === 1 ? 'it' : 'them'}, then explore.`,
    };
  const c = s.compiled;
  if (!c || c.projectId !== s.project.id) return { ok: false, message: 'The story has not compiled yet: fix the errors listed under the editor first.' };
  if (!sameFiles(c.files, s.project.files)) return { ok: false, message: 'The story is still compiling: explore again in a moment.' };
  return { ok: true, json: c.json, entry: c.entry, files: c.files };
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((n) => a[n] === b[n]);
}

/** "1 error", "2 errors", "1 warning": a count with its noun. */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** The status line under the editor: the errors first, then the warnings and notes, each counted with its own noun. */
export function compileStatus(a: Pick<CompileAnswer, 'diagnostics' | 'ms' | 'final'>, errors: number): string {
  if (!a.final) return 'Compiled; checking with the lint rules…';
  if (errors) return `${plural(errors, 'error')}.`;
  const warnings = a.diagnostics.filter((d) => d.severity === 'warning').length;
  const notes = a.diagnostics.length - warnings;
  const found = [warnings ? plural(warnings, 'warning') : '', notes ? plural(notes, 'note') : ''].filter(Boolean).join(' and ');
  return `Compiled in ${Math.round(a.ms)} ms. ${found ? `${found}.` : 'No problems.'}`;
}

/** Applies one update to the store. */
export function dispatch<A extends unknown[]>(store: StudioStore, fn: (s: StudioState, ...args: A) => Partial<StudioState>, ...args: A): void {
  store.setState(fn(store.getState(), ...args));
}

/** Same value, or arrays of the same values (so a picked tuple of parts compares part by part). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/** Calls `listener` when the part of the state `pick` chooses changes (by identity; a tuple part by part), and once now. */
export function watch<T>(store: StudioStore, pick: (s: StudioState) => T, listener: (value: T, s: StudioState) => void): () => void {
  let last = pick(store.getState());
  listener(last, store.getState());
  return store.subscribe((s) => {
    const next = pick(s);
    if (same(next, last)) return;
    last = next;
    listener(next, s);
  });
}
