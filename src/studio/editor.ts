/**
 * The ink editor: one CodeMirror view, one editor state per file (so each
 * file keeps its own undo history and cursor), with ink highlighting,
 * folding, completion, go to definition, find and replace, and diagnostics
 * pushed in from the worker. Lines the explorer never reached can be marked.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic as CmDiagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState, type Extension, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { type DefinitionHost, goToDefinition, inkCompletion, inkFolding } from './ink-editing';
import { inkHighlight } from './ink-highlight';
import { inkLanguage } from './ink-language';
import { checkText, MAX_FILE_BYTES } from './project';
import type { Diagnostic } from './worker-protocol';

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

export interface EditorHost extends Omit<DefinitionHost, 'current'> {
  changed(file: string, text: string): void;
}

const setUnreached = StateEffect.define<readonly number[]>();
const unreachedField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setUnreached)) continue;
      const mark = Decoration.line({ class: 'cm-unreached', attributes: { title: 'The explorer never reached this line' } });
      next = Decoration.set(e.value.filter((n) => n >= 1 && n <= tr.state.doc.lines).map((n) => mark.range(tr.state.doc.line(n).from)));
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function createInkEditor(parent: HTMLElement, host: EditorHost): InkEditor {
  const states = new Map<string, EditorState>();
  let file = '';
  let all: readonly Diagnostic[] = [];

  const extensions = (): Extension[] => [
    lineNumbers(),
    highlightActiveLineGutter(),
    foldGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    inkLanguage,
    syntaxHighlighting(inkHighlight),
    inkFolding,
    autocompletion({ override: [inkCompletion(host.files)] }),
    goToDefinition({ ...host, current: () => file }),
    lintGutter(),
    unreachedField,
    EditorView.lineWrapping,
    // tabindex: contenteditable is in the tab order anyway, but checkers only count a scroller's content as focusable with it.
    EditorView.contentAttributes.of({ 'aria-label': 'Ink source', tabindex: '0' }),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
    // Pasted or dropped binary, or text past the size cap, never reaches the document: it is refused with a sentence.
    EditorState.transactionFilter.of((tr) => {
      if (!tr.docChanged) return tr;
      let bad: string | null = null;
      tr.changes.iterChanges((_a, _b, _c, _d, inserted) => {
        bad ??= inserted.length > 1 ? checkText(inserted.toString()) : null;
      });
      bad ??= tr.newDoc.length > MAX_FILE_BYTES ? 'That would make the file over 2 MB, the most a source file can hold, so it was not added.' : null;
      if (!bad) return tr;
      const message = bad;
      queueMicrotask(() => host.say(message));
      return [];
    }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) host.changed(file, u.state.doc.toString());
    }),
  ];

  const view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: extensions() }) });

  const toCm = (list: readonly Diagnostic[]): CmDiagnostic[] => {
    const doc = view.state.doc;
    return list
      .filter((d) => d.file === file)
      .map((d) => {
        const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
        return { from: line.from, to: line.to, severity: d.severity, message: d.message, source: 'ink' };
      });
  };

  const editor: InkEditor = {
    view,
    show(name, text) {
      if (file) states.set(file, view.state);
      file = name;
      view.setState(states.get(name) ?? EditorState.create({ doc: text, extensions: extensions() }));
      view.dispatch(setDiagnostics(view.state, toCm(all)));
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
      view.dispatch(setDiagnostics(view.state, toCm(list)));
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
