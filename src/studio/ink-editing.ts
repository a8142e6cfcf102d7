/**
 * The editor's ink-aware helpers, each a CodeMirror extension: folding a knot
 * from its header to the next one, completing knot, stitch, label and
 * variable names after a divert arrow or in logic, and going to the
 * definition of the divert target under the cursor (F12, or Ctrl/Cmd-click).
 * In logic, a LIST's items are offered too, alone and as `list.item`.
 * They read the project's files through a callback, so names from every file
 * are offered and a divert into another file opens that file.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { foldService } from '@codemirror/language';
import type { EditorState, Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { findDefinition, labelNames, listItems, outline, variableNames } from './ink-outline';

const KNOT_HEADER = /^\s*={2,}/;
const STITCH_HEADER = /^\s*=(?!=)\s*[\p{L}\p{N}_]/u;

/** A knot folds down to the line before the next knot; a stitch to before the next stitch or knot. */
export const inkFolding: Extension = foldService.of((state: EditorState, from: number) => {
  const line = state.doc.lineAt(from);
  const isKnot = KNOT_HEADER.test(line.text);
  if (!isKnot && !STITCH_HEADER.test(line.text)) return null;
  let end = line;
  for (let n = line.number + 1; n <= state.doc.lines; n++) {
    const next = state.doc.line(n);
    if (KNOT_HEADER.test(next.text) || (!isKnot && STITCH_HEADER.test(next.text))) break;
    end = next;
  }
  return end.number > line.number ? { from: line.to, to: end.to } : null;
});

export function inkCompletion(files: () => Record<string, string>) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const divert = /(->|<-)\s*([\p{L}\p{N}_.]*)$/u.exec(before);
    const logic = /^\s*~|\{[^}]*$|^\s*(VAR|CONST)\b/.test(before);
    const word = /[\p{L}\p{N}_.]*$/u.exec(before)?.[0] ?? '';
    if (!divert && !(logic && (word.length > 0 || context.explicit))) return null;
    const texts = Object.values(files());
    const flows = texts.flatMap((t) => outline(t).map((i) => ({ label: i.path, type: i.kind === 'function' ? 'function' : 'namespace', detail: i.kind })));
    const labels = texts.flatMap((t) => labelNames(t).map((l) => ({ label: l, type: 'constant', detail: 'label' })));
    const vars = texts.flatMap((t) => variableNames(t).map((v) => ({ label: v, type: 'variable', detail: 'variable' })));
    const items = texts.flatMap((t) =>
      listItems(t).flatMap(({ item, list }) => [
        { label: item, type: 'enum', detail: `in LIST ${list}` },
        { label: `${list}.${item}`, type: 'enum', detail: 'LIST item' },
      ]),
    );
    const specials = ['END', 'DONE'].map((l) => ({ label: l, type: 'keyword' }));
    const options = divert ? [...flows, ...labels, ...specials] : [...vars, ...items, ...flows];
    const seen = new Set<string>();
    return {
      from: context.pos - (divert?.[2] ?? word).length,
      options: options.filter((o) => !seen.has(o.label) && seen.add(o.label)),
      validFor: /^[\p{L}\p{N}_.]*$/u,
    };
  };
}

/** The divert target under a position: the name after `->` or `<-` on that line that spans it. */
export function targetAt(state: EditorState, pos: number): string | null {
  const line = state.doc.lineAt(pos);
  for (const m of line.text.matchAll(/(->|<-)\s*([\p{L}\p{N}_.]+)/gu)) {
    const start = line.from + (m.index ?? 0);
    if (pos >= start && pos <= start + m[0].length) return m[2] ?? null;
  }
  return null;
}

export interface DefinitionHost {
  files(): Record<string, string>;
  current(): string;
  /** Open `file` and put the cursor at the start of `line`. */
  reveal(file: string, line: number): void;
  say(message: string): void;
}

export function goToDefinition(host: DefinitionHost): Extension {
  const go = (view: EditorView, pos: number) => {
    const target = targetAt(view.state, pos);
    if (!target) return false;
    const found = findDefinition(host.files(), target, host.current(), view.state.doc.lineAt(pos).number);
    if (found) host.reveal(found.file, found.line);
    else host.say(`No knot or stitch called ${target} in this project.`);
    return true;
  };
  return [
    keymap.of([{ key: 'F12', run: (view) => go(view, view.state.selection.main.head) }]),
    EditorView.domEventHandlers({
      click(event, view) {
        if (!(event.ctrlKey || event.metaKey)) return false;
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        return pos !== null && go(view, pos);
      },
    }),
  ];
}
