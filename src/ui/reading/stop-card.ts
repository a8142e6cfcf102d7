/**
 * The card under the choices once the story stops: ending-card.ts's card,
 * with an error's message first given its file and line (error-place.ts).
 * At an ending its card is also kept for the gallery (keep-ending-card.ts).
 * One chunk, loaded when the story first stops.
 */
import type { GameState } from '../../engine/play/game';
import { createStopCard, type StopActions } from './ending-card';
import { errorWithPlace } from './error-place';
import { keepEndingFor } from './keep-ending-card';

export async function stopCard(s: GameState, actions: StopActions): Promise<HTMLElement | null> {
  // What the gallery shows when this ending is read again.
  if (actions.storage) keepEndingFor(actions.storage, s);
  const error = await errorWithPlace(s);
  return createStopCard(error === s.error ? s : { ...s, error }, actions);
}
