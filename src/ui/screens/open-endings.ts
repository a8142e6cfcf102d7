/**
 * Opens the endings gallery: the build's list of endings beside this
 * browser's record of the ones reached. A damaged record is found by that
 * read and said here, once, rather than shown as "0 of 13" in silence. A
 * reached ending opens again with what was kept of it (save-endings.ts).
 */
import { readEndingCards } from '../../engine/saves/save-endings';
import { h } from '../dom';
import type { ScreenContext } from '../screen-types';
import { createEndingsView } from './endings-view';

export async function openScreen({ deps, state, close }: ScreenContext): Promise<HTMLElement> {
  const { game } = deps;
  const [report, saves] = await Promise.all([deps.loadReport(), game.saves()]);
  const reread = (id: string, title: string) => {
    const card = readEndingCards(deps.storage, state.meta.title)[id] ?? null;
    void import('./ending-reread').then(({ showEndingAgain }) => showEndingAgain(title, card, state.meta.stats));
  };
  const view = createEndingsView({ endings: report?.endings ?? null, reached: saves.endings(), reread, close });
  const problems = await game.takeProblems();
  if (problems.length) view.querySelector('h1')?.after(h('p', { class: 'saves-message', role: 'status' }, problems.join(' ')));
  return view;
}
