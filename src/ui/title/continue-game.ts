/**
 * Continue on the title: loads the autosave. When it cannot, the reader is
 * told on the title, where they are, and Continue is taken away.
 */
import type { Game } from '../../engine/play/game';
import { loadSlot } from '../../engine/play/playthrough-ops';
import { showTitleProblems } from './title-checks';

export async function continueGame(game: Game, root: HTMLElement, say: (message: string) => void, openSaves: () => void): Promise<void> {
  const r = await loadSlot(game, 'auto');
  if (r.ok) return;
  const title = root.querySelector<HTMLElement>('.title-screen');
  if (!title) return say(r.message);
  showTitleProblems(title, { continueProblem: r.message, problems: [], openSaves });
}
