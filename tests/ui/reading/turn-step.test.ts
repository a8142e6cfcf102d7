import { describe, expect, it } from 'vitest';
import type { GameState } from '../../../src/engine/play/game';
import { loadSlot, openReplayLink, replayCode, rewind } from '../../../src/engine/play/playthrough-ops';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { choiceJustMade } from '../../../src/ui/reading/turn-step';
import { newGameFor } from '../../support/game';

const pick = (game: ReturnType<typeof newGameFor>, text: string) => {
  const s = game.store.getState();
  const c = s.choices.find((x) => x.text === text && !x.locked);
  if (!c) throw new Error(`no open choice '${text}'`);
  game.choose(c.index, s.turn);
};

describe('telling a choice from a jump in time', () => {
  it('names the choice just made, with the stats it moved', () => {
    const game = newGameFor('stats.ink');
    game.newGame(3);
    const before = game.store.getState();
    pick(game, 'Breathe slowly.');
    const step = choiceJustMade(before, game.store.getState());
    expect(step?.choiceText).toBe('Breathe slowly.');
    expect(step?.statDeltas).toEqual({ nerve: 10, aim: 0 });
  });

  it('sees no choice in a restart, a rewind, a load or a replay link', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('stats.ink', { storage });
    game.newGame(3);
    pick(game, 'Breathe slowly.');
    const code = replayCode(game);
    await game.settled();
    const states: [string, GameState, GameState][] = [];
    const watch = (what: string, act: () => unknown) => {
      const before = game.store.getState();
      act();
      states.push([what, before, game.store.getState()]);
    };
    watch('restart', () => game.newGame(4));
    pick(game, 'Check the rifle.');
    pick(game, 'Take the long shot.');
    watch('rewind', () => rewind(game, game.store.getState().history.nodes[game.store.getState().history.current]?.parent ?? 0));
    watch('rewind to the start', () => rewind(game, 0));
    watch('replay link', () => openReplayLink(game, `#play=${code}`));
    const before = game.store.getState();
    await loadSlot(game, 'auto');
    states.push(['load', before, game.store.getState()]);
    for (const [what, prev, next] of states) expect(choiceJustMade(prev, next), what).toBeNull();
  });

  it('sees no choice when nothing moved, or coming from the title screen', () => {
    const game = newGameFor('stats.ink');
    const title = game.store.getState();
    game.newGame(3);
    const first = game.store.getState();
    expect(choiceJustMade(title, first)).toBeNull();
    expect(choiceJustMade(first, first)).toBeNull();
    expect(choiceJustMade(null, first)).toBeNull();
  });
});
