/**
 * A run the reader was promised would be kept is never dropped, however
 * full the storage: when the run the autosave holds cannot be copied under
 * Earlier runs, the autosave keeps it and the new run waits (with a note),
 * for New game, Load, Import and replay links alike.
 */
import { describe, expect, it } from 'vitest';
import { KEEP_FAILED } from '../../../src/engine/play/autosave-write';
import type { Game } from '../../../src/engine/play/game';
import { exportSave, importSave, openReplayLink, replayCode } from '../../../src/engine/play/playthrough-ops';
import type { StoragePort } from '../../../src/engine/ports';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { newGameFor, pick } from '../../support/game';

/** localStorage with a quota: a write that would take it past `room` characters throws, as browsers do. */
function storageWithQuota() {
  const inner = createMemoryStorage();
  let room = Number.POSITIVE_INFINITY;
  const used = () => inner.keys().reduce((n, k) => n + k.length + (inner.get(k)?.length ?? 0), 0);
  const storage: StoragePort = {
    ...inner,
    set(key, value) {
      const after = used() - (inner.get(key)?.length ?? 0) + value.length + (inner.get(key) === null ? key.length : 0);
      if (after > room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.set(key, value);
    },
  };
  /** Fills the storage until writes throw, then frees `spare` characters (the attack: about 40). */
  const fill = (spare: number) => {
    room = used() + spare;
  };
  /** The reader makes room (deletes something elsewhere on the origin). */
  const makeRoom = () => {
    room = Number.POSITIVE_INFINITY;
  };
  return { storage, inner, fill, makeRoom };
}

/** Every stored run of the story, as its seed and its number of choices. */
function storedRuns(inner: StoragePort): string[] {
  return inner
    .keys()
    .filter((k) => /\/(auto|earlier~\d+)$/.test(k))
    .map((k) => JSON.parse(inner.get(k) ?? '{}').save)
    .map((save) => `${save.seed}:${save.log.length}`)
    .sort();
}

async function threeChoicesThenFull() {
  const { storage, inner, fill, makeRoom } = storageWithQuota();
  const game = newGameFor('edits/v1.ink', { storage });
  // Another run first, whose replay link and save file will later replace the run at stake.
  game.newGame(7);
  pick(game, 1);
  await game.settled();
  const code = replayCode(game);
  const file = await exportSave(game);
  game.newGame(5);
  for (let i = 0; i < 3; i++) pick(game);
  await game.settled();
  fill(40);
  return { game, inner, code, file, makeRoom, fill };
}

async function twoMoreChoices(game: Game) {
  pick(game);
  pick(game, 1);
  await game.settled();
}

describe('a run promised to Earlier runs, with the storage full', () => {
  it('stays in the autosave when New game cannot keep it, and the new run says it is not saved', async () => {
    const { game, inner } = await threeChoicesThenFull();
    game.newGame(6);
    await game.settled();
    expect(game.store.getState().notice).toBe(KEEP_FAILED);
    await twoMoreChoices(game);
    expect(storedRuns(inner)).toContain('5:3');
  });

  it('stays when a replay link or an import would replace it', async () => {
    for (const replace of [(g: Game, code: string) => openReplayLink(g, code), (g: Game, _: string, file: string) => importSave(g, file)]) {
      const { game, inner, code, file } = await threeChoicesThenFull();
      expect(replace(game, code, file)).toMatchObject({ ok: true });
      await twoMoreChoices(game);
      expect(storedRuns(inner)).toContain('5:3');
    }
  });

  it('is kept as soon as there is room, and the new run is saved from then on', async () => {
    const { game, inner, makeRoom } = await threeChoicesThenFull();
    game.newGame(6);
    await game.settled();
    makeRoom();
    await twoMoreChoices(game);
    expect(storedRuns(inner)).toEqual(['5:3', '6:2', '7:1']);
  });
});

describe('the notice of a save the full storage refused', () => {
  it('is withdrawn when a later save works again, and said again should the storage fill again', async () => {
    const { game, inner, makeRoom, fill } = await threeChoicesThenFull();
    pick(game);
    await game.settled();
    expect(game.store.getState().notice).toMatch(/storage is full/);
    makeRoom();
    pick(game);
    await game.settled();
    expect(storedRuns(inner)).toContain('5:5');
    expect(game.store.getState().notice).toBeNull();
    fill(40);
    pick(game);
    await game.settled();
    expect(game.store.getState().notice).toMatch(/storage is full/);
  });

  it('leaves a later notice about something else in place', async () => {
    const { game, makeRoom } = await threeChoicesThenFull();
    pick(game);
    await game.settled();
    game.store.setState({ notice: 'Something else to say.' });
    makeRoom();
    pick(game);
    await game.settled();
    expect(game.store.getState().notice).toBe('Something else to say.');
  });

  it('promises room from Saves only where this game’s saves are what fill the storage', async () => {
    const { game } = await threeChoicesThenFull();
    pick(game);
    await game.settled();
    expect(game.store.getState().notice).toMatch(/If this game’s saves are what fill it, deleting some in Saves makes room/);
  });

  it('that said the earlier run could not be kept is withdrawn once it is kept', async () => {
    const { game, makeRoom } = await threeChoicesThenFull();
    game.newGame(6);
    await game.settled();
    expect(game.store.getState().notice).toBe(KEEP_FAILED);
    makeRoom();
    pick(game);
    await game.settled();
    expect(game.store.getState().notice).toBeNull();
  });
});
