/**
 * The question asked when another tab moved this story's autosave on: switch
 * to that run, or keep this one in a slot of its own (resolveOtherTab). Until
 * the reader answers, this tab does not save over the other's autosave (or
 * over the slot this tab kept its run in, when the other tab saved there: the
 * question then names that slot); the notice keeps a button to ask again. The other tab may play on while the
 * question waits (the engine follows it, autosave-write.ts), so the sentence
 * saying where its run is follows too: "Switch to that run" loads it as it is
 * then. Loaded lazily with the dialog.
 */
import type { Game, GameState } from '../../engine/play/game';
import { resolveOtherTab } from '../../engine/play/playthrough-ops';
import { h } from '../dom';
import { ask } from './ask-dialog';

export async function askAboutOtherTab(game: Game): Promise<void> {
  const theirs = game.store.getState().otherTab;
  if (!theirs) return;
  const where = h('p', {}, whereTheirRunIs(theirs));
  const follow = game.store.subscribe((s) => {
    if (s.otherTab) where.textContent = whereTheirRunIs(s.otherTab);
  });
  const choice = await ask({
    title: 'This story moved on in another tab',
    body: [where, 'Switch to it (this run is kept under Earlier runs), or keep this run in a save slot of its own. Nothing is overwritten either way.'],
    actions: [
      { id: 'switch', label: 'Switch to that run' },
      { id: 'keep', label: 'Keep this run in a slot', primary: true },
    ],
    cancel: 'Decide later',
  });
  follow();
  if (!choice) return;
  const result = await resolveOtherTab(game, choice);
  game.store.setState({ notice: result.ok ? (result.note ?? null) : result.message });
}

/** Where the other tab's run stands, as the question says it: in a manual slot, the question names the slot too. */
function whereTheirRunIs(theirs: NonNullable<GameState['otherTab']>): string {
  const where = theirs.scene ? `in “${theirs.scene}”` : 'at the beginning';
  const run = theirs.slot === 'auto' ? 'The other tab’s run' : `The run the other tab saved in Slot ${theirs.slot.slice(4)}`;
  return `${run} is ${where}, ${theirs.turn} ${theirs.turn === 1 ? 'choice' : 'choices'} in.`;
}
