/**
 * A first turn played for one seed (the opening worker's, src/opening-worker.ts): a story whose opening varies shows
 * it for that seed only, starting its first new game with it, and builds its Story after, with that seed.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/engine/ink/story-session';
import { playSeededFirstTurn } from '../../../src/engine/play/first-turn';
import type { Game } from '../../../src/engine/play/game';
import { compileFixture } from '../../support/fixtures';
import { newGameFor } from '../../support/game';

const SEED = 4242;

function shown(game: Game) {
  const { page, choices, stats, turn, seed, history, screen } = game.store.getState();
  return { page: page.map((p) => p.text), choices, stats, turn, seed, history, screen };
}

/** The game as ink plays it for SEED, with no turn from elsewhere. */
function plain() {
  const game = newGameFor('random.ink');
  game.newGame(SEED);
  return game;
}

describe('a first turn played for one seed', () => {
  it('is the turn ink plays for that seed', () => {
    const json = compileFixture('random.ink');
    for (const seed of [1, SEED, 2147483646]) expect(playSeededFirstTurn(json, seed)?.passage).toEqual(createSession(json, seed).continue());
  });

  it('starts the first new game with its seed and shows it before any Story is built, then plays on as ink does', () => {
    const queue: (() => void)[] = [];
    const turn = playSeededFirstTurn(compileFixture('random.ink'), SEED);
    const game = newGameFor('random.ink', { firstTurn: turn, firstTurnSeed: SEED, defer: (work) => queue.push(work) });
    game.newGame();
    expect(game.store.getState().seed).toBe(SEED);
    const ink = plain();
    expect(shown(game)).toEqual(shown(ink));
    for (const work of queue.splice(0)) work();
    expect(game.session().seed).toBe(SEED);
    expect(game.choose(0, 0)).toBe(true);
    expect(ink.choose(0, 0)).toBe(true);
    expect(shown(game)).toEqual(shown(ink));
    // The next new game takes a seed of its own, and ink plays it.
    game.newGame();
    expect(game.store.getState().seed).not.toBe(SEED);
    expect(game.session().log).toEqual([]);
  });

  it('is taken by a title already up on a Story, for the next new game', () => {
    const game = newGameFor('random.ink');
    const turn = playSeededFirstTurn(compileFixture('random.ink'), SEED);
    if (!turn) throw new Error('random.ink offers a choice after its first turn');
    game.offerFirstTurn(SEED, turn);
    game.newGame();
    expect(shown(game)).toEqual(shown(plain()));
  });

  it('is not shown for another seed', () => {
    const turn = playSeededFirstTurn(compileFixture('random.ink'), SEED);
    const game = newGameFor('random.ink', { firstTurn: turn, firstTurnSeed: SEED });
    game.newGame(SEED + 1);
    const ink = newGameFor('random.ink');
    ink.newGame(SEED + 1);
    expect(shown(game)).toEqual(shown(ink));
  });
});
