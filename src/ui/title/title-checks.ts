/**
 * Checks the stored data behind the title screen once it is drawn: whether
 * some autosave copy (the backup included) really reads, so Continue is
 * offered exactly when it can work, and whether the endings or seen-choices
 * record is damaged. What it finds is shown on the title: Continue goes when
 * no autosave copy reads, and a button leads to Saves, where the damaged copy
 * is kept aside.
 * Loaded after the first paint, with the save code it needs.
 */
import type { Game } from '../../engine/play/game';
import { actionButton, h } from '../dom';

export async function checkTitle(game: Game, el: HTMLElement, hadContinue: boolean, openSaves: () => void): Promise<void> {
  const store = await game.saves();
  const auto = hadContinue ? store.read('auto') : null;
  // Reading the endings record is what finds it damaged (it is then kept aside and reported once).
  store.endings();
  const problems = await game.takeProblems();
  const continueProblem = auto && !auto.ok && auto.problem === 'damaged' ? auto.message : null;
  if (el.isConnected) showTitleProblems(el, { continueProblem, problems, openSaves });
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
  const saves = actionButton('Open Saves', openSaves, { id: 'title-kept-aside' });
  el.querySelector('.menu')?.before(h('div', { class: 'title-problems', role: 'status' }, ...lines.map((line) => h('p', {}, line)), saves));
}
