import { describe, expect, it } from 'vitest';
import type { Game } from '../../../src/engine/play/game';
import { exportSave, importSave, loadEarlierRun, loadSlot, openReplayLink, replayCode, saveToSlot } from '../../../src/engine/play/playthrough-ops';
import { runAtStake } from '../../../src/engine/play/run-at-stake';
import { createEarlierRuns, EARLIER_RUNS_KEPT } from '../../../src/engine/saves/earlier-runs';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { newGameFor, pick } from '../../support/game';

/** Plays `turns` choices of a fresh run and lets its autosave land. */
async function playRun(game: Game, seed: number, turns: number, n = 0) {
  game.newGame(seed);
  for (let i = 0; i < turns; i++) pick(game, n);
  await game.settled();
}

describe('earlier runs', () => {
  it('keeps the run the autosave held when New game replaces it, loadable afterwards', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    await playRun(game, 5, 2);
    const first = game.store.getState();
    await playRun(game, 6, 1);
    const runs = (await game.earlierRuns()).list();
    expect(runs).toHaveLength(1);
    const [run] = runs;
    if (!run?.ok) throw new Error('the earlier run does not read');
    expect(run.save.label.turn).toBe(2);
    expect(await loadEarlierRun(game, run.key)).toEqual({ ok: true });
    expect(game.store.getState().page.map((p) => p.text)).toEqual(first.page.map((p) => p.text));
    expect(game.store.getState().turn).toBe(2);
  });

  it('survives more than one autosave of the new run (the backup rotation used to lose it)', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    await playRun(game, 5, 2);
    await playRun(game, 6, 3);
    await playRun(game, 7, 3, 1);
    const turns = (await game.earlierRuns()).list().map((r) => (r.ok ? r.save.label.turn : -1));
    expect(turns).toEqual([3, 2]);
  });

  it(`keeps the last ${EARLIER_RUNS_KEPT} runs and drops the oldest past that`, async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    for (let seed = 1; seed <= EARLIER_RUNS_KEPT + 3; seed++) await playRun(game, seed, 1 + (seed % 2));
    const runs = (await game.earlierRuns()).list();
    expect(runs).toHaveLength(EARLIER_RUNS_KEPT);
    expect(runs.map((r) => (r.ok ? r.save.seed : 0))).toEqual([7, 6, 5, 4, 3]);
  });

  it('keeps the run before a replay link, an import or a load from a slot replaces it, but not before Continue', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    await playRun(game, 5, 2);
    const code = replayCode(game);
    const file = await exportSave(game);
    expect((await saveToSlot(game, 'slot1')).ok).toBe(true);
    await playRun(game, 6, 1);
    expect(openReplayLink(game, code)).toEqual({ ok: true });
    await game.settled();
    await playRun(game, 8, 1, 1);
    expect(importSave(game, file)).toEqual({ ok: true });
    await game.settled();
    const count = (await game.earlierRuns()).list().length;
    expect(await loadSlot(game, 'auto')).toEqual({ ok: true });
    await game.settled();
    expect((await game.earlierRuns()).list()).toHaveLength(count);
    expect(await loadSlot(game, 'slot1')).toEqual({ ok: true });
    await game.settled();
    // Run 5 came back by the link, and again by the import: kept once, as were the runs the link (6) and the import (8) replaced.
    expect(count).toBe(3);
    expect((await game.earlierRuns()).list().map((r) => (r.ok ? r.save.seed : 0))).toEqual([8, 6, 5]);
  });

  it('does not keep a run with no choice taken, nor the same run twice', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    await playRun(game, 5, 0);
    await playRun(game, 6, 0);
    expect((await game.earlierRuns()).list()).toHaveLength(0);
    const runs = createEarlierRuns({ storage, storyId: game.store.getState().meta.title });
    await playRun(game, 7, 1);
    expect(runs.keepAutosave()).toMatchObject({ kept: true });
    expect(runs.keepAutosave()).toEqual({ kept: false, reason: 'same' });
  });

  it('does not keep a run again that is already kept further down the list (one loaded from Earlier runs)', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    await playRun(game, 5, 2);
    await playRun(game, 6, 1);
    await playRun(game, 7, 1);
    const oldest = (await game.earlierRuns()).list().at(-1);
    expect(oldest?.ok && oldest.save.seed).toBe(5);
    expect(await loadEarlierRun(game, oldest?.key ?? '')).toEqual({ ok: true });
    await game.settled();
    await playRun(game, 8, 1);
    const seeds = (await game.earlierRuns()).list().map((r) => (r.ok ? r.save.seed : 0));
    expect(seeds).toEqual([7, 6, 5]);
  });

  it('lists a damaged earlier run with what is wrong, and deletes it when asked', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    await playRun(game, 5, 1);
    await playRun(game, 6, 1);
    const [run] = (await game.earlierRuns()).list();
    if (!run) throw new Error('no earlier run');
    storage.set(run.key, '{"v":1,"rev":1');
    const [damaged] = (await game.earlierRuns()).list();
    expect(damaged).toMatchObject({ ok: false, problem: expect.stringMatching(/./) });
    expect(await loadEarlierRun(game, run.key)).toMatchObject({ ok: false });
    expect((await game.earlierRuns()).remove(run.key)).toBe(true);
    expect((await game.earlierRuns()).list()).toHaveLength(0);
  });
});

describe('the run at stake', () => {
  it('is the unfinished run on screen, or from the title the one the autosave holds', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    expect(await runAtStake(game)).toBeNull();
    game.newGame(5);
    expect(await runAtStake(game)).toBeNull();
    pick(game);
    await game.settled();
    expect(await runAtStake(game)).toMatchObject({ turn: 1 });
    const fresh = newGameFor('edits/v1.ink', { storage });
    expect(await runAtStake(fresh)).toMatchObject({ turn: 1, savedAt: expect.any(Number) });
  });

  it('is nothing once the run has ended, on screen or in the autosave', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('stats.ink', { storage });
    game.newGame(7);
    pick(game, 0);
    pick(game, 1);
    await game.settled();
    expect(game.store.getState().ended).toBe(true);
    expect(await runAtStake(game)).toBeNull();
    expect(await runAtStake(newGameFor('stats.ink', { storage }))).toBeNull();
  });
});
