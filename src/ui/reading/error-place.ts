/**
 * Puts the file and line on a runtime error, as `npm run play` does: the
 * build's map from ink container paths to source lines
 * (virtual:story-source-lines) turns where the story stopped into
 * "The story stopped at scenes/hill.ink line 12: …". The map is loaded only
 * when an error is shown, so it never weighs on the first screen; without a
 * place (a map that does not know it, a build that has none) the error reads
 * as before.
 */
import { placeOf, stopMessage } from '../../engine/ink/source-place';
import type { GameState } from '../../engine/play/game';

export async function errorWithPlace(s: Pick<GameState, 'error' | 'fault'>): Promise<string | null> {
  if (!s.error || !s.fault?.at) return s.error;
  try {
    const { default: lines } = await import('virtual:story-source-lines');
    const place = placeOf(s.fault.at, lines);
    return place ? stopMessage(s.fault.message, place) : s.error;
  } catch {
    // The map is a help, not a need: a failed load leaves the message as it was.
    return s.error;
  }
}
