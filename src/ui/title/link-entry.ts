/**
 * A replay link (`#play=…`), opened on arrival or pasted into an open tab:
 * the story's content note comes first, in a dialog with one "Continue to
 * the story" press, whatever the link would land on; then the link is opened
 * as any other, asking first over an unfinished run (run-questions.ts).
 * Loaded only when a link arrives.
 */
import type { StoryMeta } from '../../engine/ink/story-meta';
import type { Game } from '../../engine/play/game';
import { ask } from '../dialogs/ask-dialog';
import { openLinkAfterAsking } from '../dialogs/run-questions';
import { h } from '../dom';

/** Shows the story's content note, when it has one, and resolves once the reader has gone on. */
export async function contentNoteFirst(meta: StoryMeta): Promise<void> {
  if (meta.contentNotes.length === 0) return;
  await ask({
    title: meta.title,
    body: 'This link replays a run of the story. Before it begins:',
    content: h('div', { class: 'content-note', role: 'note' }, h('h3', {}, 'Content note'), ...meta.contentNotes.map((n) => h('p', {}, n))),
    actions: [],
    cancel: 'Continue to the story',
    role: 'dialog',
  });
}

export async function openLinkWithNote(game: Game, link: string): Promise<void> {
  await contentNoteFirst(game.store.getState().meta);
  await openLinkAfterAsking(game, link);
}
