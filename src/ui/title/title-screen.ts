/**
 * The title screen: the story's title and author, its content note, and the
 * ways in. The story itself supplies every word here through its global tags.
 * What it says about damaged stored data is added later (title-checks.ts).
 * The blurb is the build's (static-title.ts): the page's head says it
 * (page-head.ts), so the title reads it there when the head is this story's,
 * and the player carries no code for the `# blurb:` tag.
 */
import type { StoryMeta } from '../../engine/ink/story-meta';
import { actionButton, h } from '../dom';

export interface TitleActions {
  newGame(): void;
  /** Present only when there is an autosave to continue. */
  continue: (() => void) | null;
  load(): void;
  settings(): void;
  endings(): void;
}

/** The buttons of the title's menu, by id, in order: the static copy (static-title.ts) has the same ones. */
const MENU: readonly (keyof TitleActions)[] = ['continue', 'newGame', 'load', 'settings', 'endings'];
const IDS: Record<keyof TitleActions, string> = {
  continue: 'continue',
  newGame: 'new-game',
  load: 'title-load',
  settings: 'title-settings',
  endings: 'title-endings',
};

/**
 * Makes the build's static copy of the title (index.html, data-static) the working one, in place: its
 * buttons get their actions and are enabled, and Continue stays only when there is a run to continue.
 * Nothing is drawn again, so the page the reader already sees does not need laying out a second time
 * before New game works. Returns false, leaving the copy alone, when it is not the title `meta` calls for
 * (another story's page, or the author's link that only the drawn title has).
 */
export function adoptStaticTitle(el: HTMLElement, meta: StoryMeta, actions: TitleActions): boolean {
  const buttons = MENU.map((action) => el.querySelector<HTMLButtonElement>(`.menu > #${IDS[action]}`));
  if (el.querySelector('#story-title')?.textContent !== meta.title || buttons.some((b) => !b) || authorLink()) return false;
  for (const [i, action] of MENU.entries()) {
    const button = buttons[i] as HTMLButtonElement;
    const act = actions[action];
    if (!act) {
      button.remove();
      continue;
    }
    button.classList.toggle('primary', action === 'continue' || (action === 'newGame' && !actions.continue));
    button.addEventListener('click', act);
    button.disabled = false;
  }
  delete el.dataset.static;
  return true;
}

function authorLink(): boolean {
  return import.meta.env.DEV || new URLSearchParams(globalThis.location?.search).has('author');
}

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
