/**
 * The title screen the build already put in the page (index.html,
 * data-static, see static-title.ts) becomes the working one, in place: the
 * first screen needs no code to draw a title. title-screen.ts draws one only
 * where this copy will not do.
 */
import type { StoryMeta } from '../../engine/ink/story-meta';

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

export function authorLink(): boolean {
  return import.meta.env.DEV || new URLSearchParams(globalThis.location?.search).has('author');
}
