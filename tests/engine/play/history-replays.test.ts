import { describe, expect, it } from 'vitest';
import { branches } from '../../../src/engine/history/history-branches';
import { branchNames, mapPointsOf } from '../../../src/engine/play/history-replays';
import { rewind } from '../../../src/engine/play/playthrough-ops';
import { newGameFor, pick } from '../../support/game';

/** The branches the reader left behind, as the history screen lists them. */
const leftBehind = (game: ReturnType<typeof newGameFor>) =>
  branches(game.store.getState().history)
    .filter((b) => !b.isCurrent)
    .map((b) => b.leaf);

describe('what the history screens learn by replaying ink, in the engine', () => {
  it("names a branch left behind after an ending by that ending's title", () => {
    const game = newGameFor('stats.ink');
    game.newGame(1);
    pick(game, 0);
    pick(game, 1);
    expect(game.store.getState().ended).toBe(true);
    expect(rewind(game, 0)).toEqual({ ok: true });
    pick(game, 1);
    const [ended] = leftBehind(game);
    expect(branchNames(game, [ended!]).get(ended!.id)).toBe('Ended: All Over');
  });

  it('names an unfinished branch by the scene it stopped in', () => {
    const game = newGameFor('stats.ink');
    game.newGame(1);
    pick(game, 0);
    expect(rewind(game, 0)).toEqual({ ok: true });
    pick(game, 1);
    const [unfinished] = leftBehind(game);
    expect(branchNames(game, [unfinished!]).get(unfinished!.id)).toBe('Unfinished, in The Trunk');
  });

  it("finds where the game's history stands on the story map from the game alone", () => {
    const game = newGameFor('stats.ink');
    game.newGame(1);
    pick(game, 0);
    const points = mapPointsOf(game);
    expect(points.current).not.toBeNull();
    expect(points.pathChoices).toHaveLength(1);
  });
});
