/**
 * The ink editor: one CodeMirror view, one editor state per file (so each
 * file keeps its own undo history and cursor), with ink highlighting,
 * folding, completion, go to definition, find and replace, and diagnostics
 * pushed in from the worker. Lines the explorer never reached can be marked.
 * What each file's state is built with is editor-extensions.ts.
 */
import { type Diagnostic as CmDiagnostic, setDiagnostics } from '@codemirror/lint';
import { EditorSelection, EditorState, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { type EditorHost, fileExtensions, setUnreached } from './editor-extensions';
import type { Diagnostic } from './worker-protocol';

export type { EditorHost } from './editor-extensions';

export interface InkEditor {
  view: EditorView;
  /** Show `file` (creating its state on first sight). */
  show(file: string, text: string): void;
  /** Forget a file's state (removed or renamed). */
  forget(file: string): void;
  /** Forget every file's state: another project is opening, and its main.ink is not this one's. */
  reset(): void;
  /** Replace a file's text from outside (opened from disk), keeping it undoable. */
  replace(file: string, text: string): void;
  diagnostics(list: readonly Diagnostic[]): void;
  /** Mark lines of the shown file the explorer never reached (1-based). */
  unreached(lines: readonly number[]): void;
  goToLine(line: number): void;
  current(): string;
}

export function createInkEditor(parent: HTMLElement, host: EditorHost): InkEditor {
  const states = new Map<string, EditorState>();
  let file = '';
  let all: readonly Diagnostic[] = [];

  const extensions = () => fileExtensions(host, () => file);
  const view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: extensions() }) });

  const editor: InkEditor = {
    view,
    show(name, text) {
      if (file) states.set(file, view.state);
      file = name;
      view.setState(states.get(name) ?? EditorState.create({ doc: text, extensions: extensions() }));
      view.dispatch(setDiagnostics(view.state, forFile(view.state.doc, all, file)));
    },
    forget(name) {
      states.delete(name);
    },
    reset() {
      states.clear();
      file = '';
    },
    replace(name, text) {
      if (name !== file) {
        states.delete(name);
        return;
      }
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    diagnostics(list) {
      all = list;
      view.dispatch(setDiagnostics(view.state, forFile(view.state.doc, list, file)));
    },
    unreached(lines) {
      view.dispatch({ effects: setUnreached.of(lines) });
    },
    goToLine(line) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
      view.dispatch({ selection: EditorSelection.cursor(at.from), effects: EditorView.scrollIntoView(at.from, { y: 'center' }) });
      view.focus();
    },
    current: () => file,
  };
  return editor;
}

/** The worker's diagnostics for one file, as CodeMirror's: each on the whole of its line (kept within the document). */
function forFile(doc: Text, list: readonly Diagnostic[], file: string): CmDiagnostic[] {
  return list
    .filter((d) => d.file === file)
    .map((d) => {
      const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
      return { from: line.from, to: line.to, severity: d.severity, message: d.message, source: 'ink' };
    });
}
