import { describe, expect, it } from 'vitest';
import { RESTART_AT_START } from '../../../src/engine/play/game';
import { loadSlot, saveToSlot } from '../../../src/engine/play/playthrough-ops';
import { newGameFor, pick } from '../../support/game';

const texts = (game: ReturnType<typeof newGameFor>) => game.store.getState().page.map((p) => p.text);

describe('the RESTART tag', () => {
  it('starts a fresh run at once, on a new seed at turn 0, as inky does', () => {
    const game = newGameFor('restart.ink');
    game.newGame(5);
    pick(game);
    pick(game);
    const s = game.store.getState();
    expect(texts(game)).toEqual(['The gate stands open.']);
    expect(s.turn).toBe(0);
    expect(s.seed).not.toBe(5);
    expect(s.error).toBeNull();
    expect(s.ended).toBe(false);
    expect(s.choices.map((c) => c.text)).toEqual(['Walk through']);
  });

  it('still counts the ending the restarting passage reached', async () => {
    const game = newGameFor('restart.ink');
    game.newGame(5);
    pick(game);
    pick(game);
    await game.settled();
    await expect.poll(async () => Object.keys((await game.saves()).endings())).toContain('dream');
  });

  it('keeps the run that reached it under Earlier runs, with its last choice', async () => {
    const game = newGameFor('restart.ink');
    game.newGame(5);
    pick(game);
    await game.settled();
    pick(game);
    await game.settled();
    const runs = (await game.earlierRuns()).list();
    expect(runs.map((r) => (r.ok ? [r.save.seed, r.save.label.turn] : null))).toEqual([[5, 2]]);
  });

  it('saves and loads the new run, not the one that restarted', async () => {
    const game = newGameFor('restart.ink');
    game.newGame(5);
    pick(game);
    await game.settled();
    pick(game);
    const fresh = game.store.getState().seed;
    pick(game);
    await game.settled();
    expect((await saveToSlot(game, 'slot1')).ok).toBe(true);
    game.newGame(9);
    expect(await loadSlot(game, 'slot1')).toEqual({ ok: true });
    expect(game.store.getState().seed).toBe(fresh);
    expect(game.store.getState().turn).toBe(1);
    expect(texts(game)).toEqual(['The gate stands open.', 'The road goes on.']);
  });

  it('does not restart again when the story asks before the first choice, and says why', () => {
    const game = newGameFor('restart-at-start.ink');
    game.newGame(1);
    const s = game.store.getState();
    expect(s.error).toBe(RESTART_AT_START);
    expect(texts(game)).toEqual(['Everything begins again.']);
    expect(s.turn).toBe(0);
    expect(game.choose(s.choices[0]?.index ?? 0, 0)).toBe(false);
  });
});
