/**
 * Opens the endings gallery: the build's list of endings beside this
 * browser's record of the ones reached. A damaged record is found by that
 * read and said here, once, rather than shown as "0 of 13" in silence.
 */
import { h } from '../dom';
import type { ScreenContext } from '../screen-registry';
import { createEndingsView } from './endings-view';

export async function openScreen({ deps, close }: ScreenContext): Promise<HTMLElement> {
  const { game } = deps;
  const [report, saves] = await Promise.all([deps.loadReport(), game.saves()]);
  const view = createEndingsView({ endings: report?.endings ?? null, reached: saves.endings(), close });
  const problems = await game.takeProblems();
  if (problems.length) view.querySelector('h1')?.after(h('p', { class: 'saves-message', role: 'status' }, problems.join(' ')));
  return view;
}
