/**
 * The one in-page dialog the player asks with: a modal `<dialog>` with
 * `role="alertdialog"` (a plain `dialog` for what is not an alert), its title and sentence named for assistive tech,
 * focus kept inside while it is open (the page behind is inert) and returned
 * to the control that opened it, and Escape meaning "cancel". Saves, rewinds,
 * the map, New game and the two-tab notice all ask through it, so every
 * question looks and behaves the same; no `window.confirm` anywhere.
 *
 * Load it lazily (`await import('./ask-dialog')`): the first screen never asks.
 */
import './ask-dialog.css';
import { h } from '../dom';

export interface DialogAction<T extends string> {
  id: T;
  label: string;
  /** The action a quick Enter takes; shown as the main button. At most one. */
  primary?: boolean;
  /** Marks an action that destroys something (shown in the danger colour). */
  danger?: boolean;
}

export interface AskOptions<T extends string> {
  title: string;
  /** One or more sentences; each becomes its own paragraph, as text. A paragraph given built is one its caller keeps up to date. */
  body: string | (string | HTMLParagraphElement)[];
  actions: DialogAction<T>[];
  /** The label of the button that cancels (Escape does the same). */
  cancel?: string;
  /** More of the dialog, under the sentences (a read-only field, say); built by the caller with `h`. */
  content?: HTMLElement;
  /** `dialog` for one that warns of nothing (sharing a link, a content note); an `alertdialog` otherwise. */
  role?: 'alertdialog' | 'dialog';
}

let open: HTMLDialogElement | null = null;

/** Asks a question in the page and resolves with the chosen action's id, or null when cancelled. */
export function ask<T extends string>(options: AskOptions<T>): Promise<T | null> {
  // A second question while one is open (a double-click on the control that asks) answers nothing new: it is cancelled.
  if (open) return Promise.resolve(null);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `ask-title-${Date.now().toString(36)}`;
  const bodyId = `${titleId}-body`;
  const paragraphs = (Array.isArray(options.body) ? options.body : [options.body]).map((line) => (typeof line === 'string' ? h('p', {}, line) : line));
  const dialog = h(
    'dialog',
    { class: 'ask', role: options.role ?? 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': bodyId },
    h('h2', { id: titleId }, options.title),
    h('div', { id: bodyId }, ...paragraphs),
    options.content,
  );
  const row = h('div', { class: 'ask-actions' });
  dialog.append(row);
  document.body.append(dialog);
  open = dialog;

  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: T | null) => {
      if (settled) return;
      settled = true;
      open = null;
      if (dialog.open) dialog.close();
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(value);
    };
    const cancel = h('button', { type: 'button', class: 'quiet ask-cancel' }, options.cancel ?? 'Cancel');
    cancel.addEventListener('click', () => finish(null));
    row.append(cancel);
    for (const action of options.actions) {
      const b = h(
        'button',
        { type: 'button', class: action.danger ? 'ask-danger' : action.primary ? 'ask-primary' : 'quiet', 'data-action': action.id },
        action.label,
      );
      b.addEventListener('click', () => finish(action.id));
      row.append(b);
    }
    // Escape fires `cancel` on a modal dialog; the dialog then closes itself, so settle first.
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(null);
    });
    dialog.addEventListener('close', () => finish(null));
    dialog.showModal();
    // Focus starts on Cancel: a key press meant for the page behind never confirms a loss.
    cancel.focus();
  });
}

/** A yes/no question; resolves true only when the reader picked the confirming action. */
export async function confirmInPage(title: string, body: string | string[], confirmLabel: string, danger = false): Promise<boolean> {
  return (await ask({ title, body, actions: [{ id: 'yes', label: confirmLabel, primary: !danger, danger }] })) === 'yes';
}
