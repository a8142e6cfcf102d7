/**
 * The title screen: the story's title and author, its content note, and the
 * ways in. The story itself supplies every word here through its global tags.
 * What it says about damaged stored data is added later (title-checks.ts).
 */
import type { StoryMeta } from '../engine/ink/story-meta';
import { h } from './dom';

export interface TitleActions {
  newGame(): void;
  /** Present only when there is an autosave to continue. */
  continue: (() => void) | null;
  load(): void;
  settings(): void;
  endings(): void;
}

export function createTitleScreen(meta: StoryMeta, actions: TitleActions): HTMLElement {
  const button = (id: string, text: string, action: () => void, primary = false) => {
    const b = h('button', { type: 'button', id, class: primary ? 'primary' : undefined }, text);
    b.addEventListener('click', action);
    return b;
  };
  const resume = actions.continue;
  return h(
    'section',
    { class: 'title-screen', 'aria-labelledby': 'story-title' },
    h('h1', { id: 'story-title' }, meta.title),
    meta.author ? h('p', { class: 'byline' }, `by ${meta.author}`) : null,
    meta.contentNotes.length
      ? h('div', { class: 'content-note', role: 'note' }, h('h2', {}, 'Content note'), ...meta.contentNotes.map((n) => h('p', {}, n)))
      : null,
    h(
      'div',
      { class: 'menu' },
      resume ? button('continue', 'Continue', resume, true) : null,
      button('new-game', 'New game', actions.newGame, !resume),
      button('title-load', 'Load', actions.load),
      button('title-settings', 'Settings', actions.settings),
      button('title-endings', 'Endings', actions.endings),
    ),
    import.meta.env.DEV || new URLSearchParams(globalThis.location?.search).has('author')
      ? h('p', {}, h('a', { href: 'studio/index.html' }, 'Write in the studio'))
      : null,
  );
}
