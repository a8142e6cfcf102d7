/**
 * The help panel: the keyboard shortcuts and a few words on where things
 * are, in a modal dialog (the browser's own <dialog>: Escape closes it and
 * focus stays inside), with focus given back to whatever opened it.
 */
import { actionButton, h } from '../ui/dom';
import { keysOf, SHORTCUTS } from './shortcuts';

export interface HelpPanel {
  el: HTMLDialogElement;
  open(): void;
}

export function createHelpPanel(): HelpPanel {
  let opener: HTMLElement | null = null;
  const rows = SHORTCUTS.map((s) => h('tr', {}, h('td', {}, h('kbd', {}, keysOf(s.name))), h('td', {}, s.label)));
  const el = h(
    'dialog',
    { class: 'help-panel', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, 'Studio help'),
    h('table', { class: 'help-keys' }, h('caption', {}, 'Keyboard shortcuts'), h('tbody', {}, ...rows)),
    h(
      'p',
      {},
      'The File menu opens, saves, downloads and exports projects. Add pictures and sounds from the file list, or drop files or a folder anywhere on the studio; ',
      'tags such as # IMAGE: art/gate.png name them from the entry file’s folder.',
    ),
    h('p', {}, 'Projects are kept in this browser; download a zip to keep a copy elsewhere.'),
    actionButton('Close', () => el.close(), { id: 'help-close' }),
  );
  el.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  return {
    el,
    open() {
      if (el.open) return;
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      el.showModal();
    },
  };
}
