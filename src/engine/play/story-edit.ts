/**
 * A story edited in development, swapped into the game in play: the current
 * choices are replayed on it, stopping where they no longer fit. Only the dev
 * server and the studio edit a story, so this loads when they first do.
 */
import { createSession } from '../ink/story-session';
import type { FirstTurnHandoff } from './first-turn-handoff';
import type { Game, GameDeps } from './game-types';

/** Swaps in an edited story and replays the current choices on it, stopping where they no longer fit. */
export async function replaceStory(game: Game, handoff: FirstTurnHandoff, next: GameDeps['story']): Promise<void> {
  const current = handoff.replaceStory(next);
  const s = game.store.getState();
  if (s.screen !== 'playing') {
    // The title screen reads the story's declarations (title, stats), which the edit may have changed.
    const fresh = createSession(next, 1);
    handoff.adopt(fresh);
    game.store.setState({ meta: fresh.meta });
    return;
  }
  const [{ replayChoices }, { choicePath, rebuildHistory }] = await Promise.all([import('../saves/save-replay'), import('../history/history-branches')]);
  const out = replayChoices(next, current.seed, choicePath(s.history), 'by-text');
  const note = out.stop
    ? `The story changed: ${out.stop.reason}, so play stopped at turn ${out.fitted}, the last point that still fits.`
    : 'The story changed; your place was kept by replaying your choices.';
  game.adopt({ session: out.session, passages: out.passages, history: rebuildHistory(s.history, out.fitted), note });
}
