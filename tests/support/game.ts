/**
 * Builds a game on a fixture story with in-memory ports, as the browser
 * builds it with real ones. The autosave runs at once instead of after the
 * next paint, so tests can read storage straight after a choice.
 */
import { createGame, type GameDeps } from '../../src/engine/game';
import { createMemoryStorage } from '../../src/platform/local-storage';
import { compileFixture } from './fixtures';

export function newGameFor(fixture: string, deps: Partial<GameDeps> = {}) {
  let now = 1_700_000_000_000;
  return createGame({
    story: compileFixture(fixture),
    storage: createMemoryStorage(),
    clock: { now: () => (now += 1000) },
    defer: (work) => work(),
    ...deps,
  });
}
