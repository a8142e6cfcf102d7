/**
 * What every file's editor state is built with: a code editor's basics
 * (line numbers, folding, history, brackets, search), the ink language and
 * its completion and go to definition, the lint gutter the worker's
 * diagnostics fill, marks on lines the explorer never reached, and a guard
 * that refuses binary or oversized text before it reaches the document.
 * editor.ts builds one state per file from this list.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension, StateEffect, StateField } from '@codemirror/state';
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

export interface EditorHost extends Omit<DefinitionHost, 'current'> {
  changed(file: string, text: string): void;
}

/** Marks these lines (1-based) of the document as never reached by the explorer, replacing the marks before. */
export const setUnreached = StateEffect.define<readonly number[]>();

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

/** The extensions of a file's state; `current` names the file shown, for go to definition and change reports. */
export function fileExtensions(host: EditorHost, current: () => string): Extension[] {
  return [
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
    goToDefinition({ ...host, current }),
    lintGutter(),
    unreachedField,
    EditorView.lineWrapping,
    // tabindex: contenteditable is in the tab order anyway, but checkers only count a scroller's content as focusable with it.
    EditorView.contentAttributes.of({ 'aria-label': 'Ink source', tabindex: '0' }),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
    refuseUnfitText((message) => host.say(message)),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) host.changed(current(), u.state.doc.toString());
    }),
  ];
}

/** Pasted or dropped binary, or text past the size cap, never reaches the document: it is refused with a sentence. */
function refuseUnfitText(say: (message: string) => void): Extension {
  return EditorState.transactionFilter.of((tr) => {
    if (!tr.docChanged) return tr;
    let bad: string | null = null;
    tr.changes.iterChanges((_a, _b, _c, _d, inserted) => {
      bad ??= inserted.length > 1 ? checkText(inserted.toString()) : null;
    });
    bad ??= tr.newDoc.length > MAX_FILE_BYTES ? 'That would make the file over 2 MB, the most a source file can hold, so it was not added.' : null;
    if (!bad) return tr;
    const message = bad;
    queueMicrotask(() => say(message));
    return [];
  });
}
