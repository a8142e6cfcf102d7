/**
 * The title screen: the story's title and author, its content note, and the
 * way in. The story itself supplies every word here through its global tags.
 */
import type { StoryMeta } from '../engine/story-meta';
import { h } from './dom';

export interface TitleActions {
  newGame(): void;
  settings(): void;
}

export function createTitleScreen(meta: StoryMeta, actions: TitleActions): HTMLElement {
  const start = h('button', { type: 'button', class: 'primary', id: 'new-game' }, 'New game');
  start.addEventListener('click', () => actions.newGame());
  const settings = h('button', { type: 'button', id: 'title-settings' }, 'Settings');
  settings.addEventListener('click', () => actions.settings());
  return h(
    'section',
    { class: 'title-screen', 'aria-labelledby': 'story-title' },
    h('h1', { id: 'story-title' }, meta.title),
    meta.author ? h('p', { class: 'byline' }, `by ${meta.author}`) : null,
    meta.contentNotes.length
      ? h('div', { class: 'content-note', role: 'note' }, h('h2', {}, 'Content note'), ...meta.contentNotes.map((n) => h('p', {}, n)))
      : null,
    h('div', { class: 'menu' }, start, settings),
  );
}
