/**
 * The project's side panel: its files (the entry marked), a name field with
 * Add, Rename and Remove, its pictures and sounds with their sizes (added by
 * picking or dropping), the outline of the open file's knots and stitches to
 * jump through, and the word count of the file and of the whole story.
 */
import { actionButton, h, setChildren } from '../ui/dom';
import { type AssetActions, createAssetList } from './asset-list';
import { outline, wordCount } from './ink-outline';
import type { Project } from './project';

export interface FilesActions extends AssetActions {
  open(file: string): void;
  add(name: string): void;
  rename(from: string, to: string): void;
  remove(file: string): void;
  makeEntry(file: string): void;
  goToLine(line: number): void;
}

export interface FilesPanel {
  el: HTMLElement;
  render(project: Project): void;
  /** Only the outline and counts (on every keystroke; the file list stays as it is). */
  renderText(project: Project): void;
  say(message: string): void;
}

export function createFilesPanel(actions: FilesActions): FilesPanel {
  const list = h('ul', { class: 'file-list' });
  const name = h('input', { id: 'file-name', type: 'text', placeholder: 'scenes/new.ink', spellcheck: 'false' });
  const message = h('p', { class: 'files-message', role: 'status' });
  let project: Project | null = null;
  const button = (id: string, text: string, action: () => void) => actionButton(text, action, { id });
  const typed = () => {
    const v = name.value.trim();
    return v === '' || v.endsWith('.ink') ? v : `${v}.ink`;
  };
  const form = h(
    'div',
    { class: 'file-form' },
    h('label', { for: 'file-name' }, 'File name'),
    name,
    h(
      'div',
      { class: 'row' },
      button('file-add', 'Add', () => actions.add(typed())),
      button('file-rename', 'Rename open file', () => project && actions.rename(project.open, typed())),
      button('file-remove', 'Remove open file', () => project && actions.remove(project.open)),
      button('file-entry', 'Make entry', () => project && actions.makeEntry(project.open)),
    ),
  );
  const outlineList = h('ol', { class: 'outline' });
  const counts = h('p', { class: 'word-count' });
  const media = createAssetList(actions);
  const el = h(
    'nav',
    { class: 'files', 'aria-label': 'Files' },
    h('h2', {}, 'Files'),
    list,
    form,
    message,
    media.el,
    h('h2', {}, 'Outline'),
    outlineList,
    counts,
  );

  const countOf = wordCounter();
  const renderText = (p: Project) => {
    const text = p.files[p.open] ?? '';
    setChildren(
      outlineList,
      ...outline(text).map((item) => {
        const b = h('button', { type: 'button', class: `outline-${item.kind}` }, item.kind === 'stitch' ? `  = ${item.name}` : item.name);
        b.addEventListener('click', () => actions.goToLine(item.line));
        return h('li', {}, b);
      }),
    );
    const total = Object.entries(p.files).reduce((n, [file, t]) => n + countOf(file, t), 0);
    counts.textContent = `${countOf(p.open, text).toLocaleString('en')} words in this file, ${total.toLocaleString('en')} in the story`;
  };

  return {
    el,
    render(p) {
      project = p;
      setChildren(
        list,
        ...Object.keys(p.files).map((file) => {
          const b = h('button', { type: 'button', class: 'file', 'aria-current': file === p.open ? 'true' : undefined }, file);
          b.addEventListener('click', () => actions.open(file));
          return h('li', {}, b, file === p.entry ? h('span', { class: 'entry-mark' }, ' (entry)') : null);
        }),
      );
      media.render(p);
      renderText(p);
    },
    renderText(p) {
      project = p;
      renderText(p);
    },
    say(text) {
      message.textContent = text;
    },
  };
}

/** Counting the whole flagship on every keystroke would cost the typing: only a file whose text changed is counted again. */
function wordCounter(): (file: string, text: string) => number {
  const counted = new Map<string, { text: string; words: number }>();
  return (file, text) => {
    const known = counted.get(file);
    if (known?.text === text) return known.words;
    const words = wordCount(text);
    counted.set(file, { text, words });
    return words;
  };
}
