/**
 * The title screen: the story's title and author, its content note, and the
 * ways in. The story itself supplies every word here through its global tags.
 * What it says about damaged stored data is added later (title-checks.ts).
 * The blurb is the build's (static-title.ts): the page's head says it
 * (page-head.ts), so the title reads it there when the head is this story's,
 * and the player carries no code for the `# blurb:` tag.
 * Drawn only where the build's static copy cannot be adopted (adopt-title.ts):
 * the dev server, the author's link, a page of another story.
 */
import type { StoryMeta } from '../../engine/ink/story-meta';
import { actionButton, h } from '../dom';
import { authorLink, type TitleActions } from './adopt-title';

export function createTitleScreen(meta: StoryMeta, actions: TitleActions): HTMLElement {
  const button = (id: string, text: string, action: () => void, primary = false) => actionButton(text, action, { id, class: primary ? 'primary' : undefined });
  const resume = actions.continue;
  // The build's description of this story, if the page's head has one (page-head.ts). The key picture needs no code: styles.css draws it.
  const about = document.querySelector<HTMLMetaElement>(`meta[data-title="${CSS.escape(meta.title)}"]`);
  return h(
    'section',
    { class: 'title-screen', 'aria-labelledby': 'story-title' },
    h('h1', { id: 'story-title' }, meta.title),
    meta.author ? h('p', { class: 'byline' }, `by ${meta.author}`) : null,
    about ? h('p', { class: 'blurb' }, about.content) : null,
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
    authorLink() ? h('p', {}, h('a', { href: 'studio/index.html' }, 'Write in the studio')) : null,
  );
}
