/**
 * Checks the stored data behind the title screen once it is drawn: whether
 * some autosave copy (the backup included) really reads, so Continue is
 * offered exactly when it can work, and whether the endings or seen-choices
 * record is damaged. What it finds is shown on the title (showTitleProblems).
 * Loaded after the first paint, with the save code it needs.
 */
import type { Game } from '../engine/play/game';
import { showTitleProblems } from './title-screen';

export async function checkTitle(game: Game, el: HTMLElement, hadContinue: boolean, openSaves: () => void): Promise<void> {
  const store = await game.saves();
  const auto = hadContinue ? store.read('auto') : null;
  // Reading the endings record is what finds it damaged (it is then kept aside and reported once).
  store.endings();
  const problems = await game.takeProblems();
  const continueProblem = auto && !auto.ok && auto.problem === 'damaged' ? auto.message : null;
  if (el.isConnected) showTitleProblems(el, { continueProblem, problems, openSaves });
}
