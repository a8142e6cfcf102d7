/**
 * Builds a game on a fixture story with in-memory ports, as the browser
 * builds it with real ones. The autosave runs at once instead of after the
 * next paint, so tests can read storage straight after a choice.
 */
import { afterEach, expect } from 'vitest';
import { inkRuntime } from '../../src/engine/ink/ink-runtime';
import { createGame, type Game, type GameDeps } from '../../src/engine/play/game';
import { createMemoryStorage } from '../../src/platform/local-storage';
import { compileFixture } from './fixtures';

const live: Game[] = [];
// Autosaves finish asynchronously (their code loads on first use); let them land before the test file is torn down.
afterEach(async () => {
  await Promise.all(live.splice(0).map((g) => g.settled()));
});

export function newGameFor(fixture: string, deps: Partial<GameDeps> = {}) {
  let now = 1_700_000_000_000;
  const game = createGame({
    story: compileFixture(fixture),
    storage: createMemoryStorage(),
    clock: { now: () => (now += 1000) },
    defer: (work) => work(),
    ink: inkRuntime,
    ...deps,
  });
  live.push(game);
  return game;
}

/** Takes the n-th open (unlocked) choice, or the last one when there are fewer, and checks the game took it. */
export function pick(game: Game, n = 0): void {
  const s = game.store.getState();
  const open = s.choices.filter((c) => !c.locked);
  const c = open[Math.min(n, open.length - 1)];
  if (!c) throw new Error('no open choice');
  expect(game.choose(c.index, s.turn)).toBe(true);
}
