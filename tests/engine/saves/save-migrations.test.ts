/**
 * Saves outlive format changes. Every format ever written has fixtures in
 * tests/fixtures/saves/ (format-1/ and on) (written by playing the real game, see
 * tests/support/write-save-fixtures.ts), and each must load in today's game.
 * Then a format change is made here, in the test (format 2: saves carry the
 * reader's bookmarks), and today's format-1 saves load through it.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkRuntime } from '../../../src/engine/ink/ink-runtime';
import { createGame } from '../../../src/engine/play/game';
import { importSave, loadEarlierRun, loadSlot } from '../../../src/engine/play/playthrough-ops';
import { decodeSave, readSaveFields, SAVE_FORMAT, type Save } from '../../../src/engine/saves/save-format';
import { type Migration, migrateSave, type SaveData } from '../../../src/engine/saves/save-migrations';
import { restoreSave } from '../../../src/engine/saves/save-restore';
import { list, readWith, text } from '../../../src/engine/saves/save-schema';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { compileStoryFile, fixturesDir } from '../../support/fixtures';

const story = compileStoryFile(path.resolve(fixturesDir, '../../story/main.ink'));
const savesDir = path.join(fixturesDir, 'saves');
const formats = readdirSync(savesDir)
  .map((name) => /^format-(\d+)$/.exec(name)?.[1])
  .filter((n): n is string => n !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

const exported = (format: number) => readFileSync(path.join(savesDir, `format-${format}`, 'exported.kee-save.json'), 'utf8');
const stored = (format: number): Record<string, string> => JSON.parse(readFileSync(path.join(savesDir, `format-${format}`, 'storage.json'), 'utf8'));

/** Today's game over a storage holding exactly what a game of that format left behind. */
function gameOver(records: Record<string, string>) {
  const storage = createMemoryStorage();
  for (const [key, value] of Object.entries(records)) storage.set(key, value);
  return createGame({ story, storage, clock: { now: () => Date.UTC(2027, 0, 1) }, defer: (work) => work(), ink: inkRuntime });
}

describe('saves of every format ever written', () => {
  it('has fixtures of every format from 1 to today’s', () => {
    expect(formats).toEqual(Array.from({ length: SAVE_FORMAT }, (_, i) => i + 1));
  });

  for (const format of formats) {
    it(`loads an exported save file of format ${format}, and restores it on the story`, () => {
      const decoded = decodeSave(exported(format), { storyId: "Kee's First Raid" });
      if (!decoded.ok) throw new Error(decoded.problem);
      expect(decoded.save.format).toBe(SAVE_FORMAT);
      const restored = restoreSave(story, decoded.save);
      if (!restored.ok) throw new Error(restored.problem);
      expect(restored.session.log).toEqual(decoded.save.log);
    });

    it(`continues, loads the slot, the earlier runs and the exported file that a format-${format} game left behind`, async () => {
      const game = gameOver(stored(format));
      expect(await loadSlot(game, 'auto')).toMatchObject({ ok: true });
      expect(game.store.getState().ended).toBe(true);
      expect(await loadSlot(game, 'slot1')).toMatchObject({ ok: true });
      const earlier = (await game.earlierRuns()).list();
      expect(earlier.length).toBeGreaterThan(0);
      for (const run of earlier) {
        expect(run.ok, run.ok ? '' : run.problem).toBe(true);
        expect(await loadEarlierRun(game, run.key)).toMatchObject({ ok: true });
      }
      expect(importSave(game, exported(format))).toMatchObject({ ok: true });
      expect(Object.keys((await game.saves()).endings())).not.toEqual([]);
      expect(await game.takeProblems()).toEqual([]);
      expect((await game.saves()).quarantined()).toEqual([]);
      await game.settled();
    });
  }
});

/** Format 2, as a format change would make it: every save carries the reader's bookmarks (node ids of its history). */
type SaveV2 = Omit<Save, 'format'> & { format: 2; bookmarks: string[] };
const toFormat2: Migration = { to: 2, migrate: (older: SaveData) => ({ ...older, format: 2, bookmarks: [] }) };
const bookmarks = list(text('a bookmark', 40), 'the bookmarks', 100);

/** The format-2 reader: older saves come up the chain, then today's checks and the new field's. */
function readFormat2(value: SaveData): SaveV2 {
  const latest = migrateSave(value, 2, [toFormat2]);
  return { ...readSaveFields(latest, { storyId: "Kee's First Raid" }), format: 2, bookmarks: readWith(bookmarks, latest.bookmarks) };
}

describe('saves made before the story was revised', () => {
  // The format-1 game as it stood on the story before this revision: its states point into scenes that have
  // since changed, so each run must come back by its state where that still fits, else by replaying its choices.
  const dir = path.join(savesDir, 'before-story-revision');
  const records: Record<string, string> = JSON.parse(readFileSync(path.join(dir, 'storage.json'), 'utf8'));

  it('continues, loads the slot and every earlier run, and the next autosave writes without a fault', async () => {
    const game = gameOver(records);
    for (const slot of ['auto', 'slot1'] as const) {
      expect(await loadSlot(game, slot)).toMatchObject({ ok: true });
      game.flush();
    }
    for (const run of (await game.earlierRuns()).list()) {
      expect(await loadEarlierRun(game, run.key)).toMatchObject({ ok: true });
      game.flush();
    }
    expect(importSave(game, readFileSync(path.join(dir, 'exported.kee-save.json'), 'utf8'))).toMatchObject({ ok: true });
    game.flush();
    expect(await game.takeProblems()).toEqual([]);
    await game.settled();
  });
});

describe('a format change', () => {
  it('loads today’s format-1 save through the migration to format 2, losing nothing', () => {
    const today = JSON.parse(exported(1));
    const read = readFormat2(today);
    expect(read.format).toBe(2);
    expect(read.bookmarks).toEqual([]);
    const asToday = decodeSave(exported(1));
    if (!asToday.ok) throw new Error(asToday.problem);
    const { format: _v1, ...fields } = asToday.save;
    const { format: _v2, bookmarks: _b, ...migrated } = read;
    expect(migrated).toEqual(fields);
    const restored = restoreSave(story, { ...migrated, format: 1 });
    expect(restored.ok && restored.session.log).toEqual(fields.log);
  });

  it('reads a format-2 save as it is, and checks its new field', () => {
    const v2 = { ...JSON.parse(exported(1)), format: 2, bookmarks: ['the ridge'] };
    expect(readFormat2(v2).bookmarks).toEqual(['the ridge']);
    expect(() => readFormat2({ ...v2, bookmarks: 'the ridge' })).toThrow(/bookmarks/);
  });

  it('refuses, in words, a save newer than the player and a format no step leads from', () => {
    const today = JSON.parse(exported(1));
    expect(() => migrateSave({ ...today, format: 3 }, 2, [toFormat2])).toThrow(
      'This save was made by a newer version of the player (save format 3). Update the game to load it.',
    );
    expect(() => migrateSave(today, 3, [toFormat2])).toThrow('This save is in a format this player does not know (2).');
    expect(decodeSave(JSON.stringify({ ...today, format: 2 }))).toEqual({
      ok: false,
      problem: 'This save was made by a newer version of the player (save format 2). Update the game to load it.',
    });
  });

  it('stops on a migration that forgets to stamp its format, rather than looping', () => {
    const forgetful: Migration = { to: 2, migrate: (older) => ({ ...older }) };
    expect(() => migrateSave(JSON.parse(exported(1)), 2, [forgetful])).toThrow(/returned format 1/);
  });
});
