/**
 * "Share this run": the replay link in a read-only field the reader can see
 * and select, a Copy button that says when it has copied, and one sentence of
 * what the link does. Built on the shared in-page dialog (ask-dialog.ts).
 */
import './share-dialog.css';
import { h } from '../dom';
import { ask } from './ask-dialog';

export async function showShareDialog(url: string): Promise<void> {
  const field = h('input', { type: 'text', id: 'share-link', class: 'share-link', readonly: true, value: url, 'aria-label': 'Replay link' });
  const copied = h('p', { class: 'share-status', role: 'status' });
  const copy = h('button', { type: 'button', id: 'share-copy', class: 'ask-primary' }, 'Copy link');
  field.addEventListener('focus', () => field.select());
  copy.addEventListener('click', async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(url);
      copy.textContent = 'Copied';
      copied.textContent = 'The link is on your clipboard.';
    } catch {
      copied.textContent = 'This browser would not copy it: the link is selected, so copy it with the keyboard.';
    }
  });
  const content = h('div', { class: 'share-body' }, h('div', { class: 'share-row' }, field, copy), copied);
  await ask({
    title: 'Share this run',
    body: 'Anyone who opens this link sees your choices replayed to this point, in their own browser.',
    actions: [],
    cancel: 'Done',
    content,
    // Nothing is at stake here: not an alert.
    role: 'dialog',
  });
}
