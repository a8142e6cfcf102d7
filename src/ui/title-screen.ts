/**
 * The title screen: the story's title and author, its content note, and the
 * ways in. The story itself supplies every word here through its global tags.
 * When stored data turns out damaged (checked after the screen is drawn), the
 * title says so: Continue goes when no autosave copy reads, and a button
 * leads to Saves, where the damaged copy is kept aside.
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
  );
}

export interface TitleProblems {
  /** Why Continue cannot work (no autosave copy reads), or null. */
  continueProblem: string | null;
  /** Other damage to tell once (the endings or seen-choices record). */
  problems: string[];
  openSaves(): void;
}

/** Puts what went wrong on the title screen `el`: Continue gives way to New game, and Saves is one click away. */
export function showTitleProblems(el: HTMLElement, { continueProblem, problems, openSaves }: TitleProblems): void {
  const lines = [continueProblem, ...problems].filter((line): line is string => !!line);
  if (lines.length === 0) return;
  if (continueProblem) {
    el.querySelector('#continue')?.remove();
    el.querySelector('#new-game')?.classList.add('primary');
  }
  el.querySelector('.title-problems')?.remove();
  const saves = h('button', { type: 'button', id: 'title-kept-aside' }, 'Open Saves');
  saves.addEventListener('click', openSaves);
  el.querySelector('.menu')?.before(h('div', { class: 'title-problems', role: 'status' }, ...lines.map((line) => h('p', {}, line)), saves));
}
