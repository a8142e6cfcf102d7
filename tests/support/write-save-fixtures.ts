/**
 * Writes the fixtures of today's format under tests/fixtures/saves/ (format-1/ now): what today's game stores, made by
 * playing the flagship story through the real engine (createGame, the same
 * code the browser runs, over an in-memory storage): an exported save file of
 * a run with a branch in its history, and every storage record the game wrote
 * on the way (autosave, its backup, a slot, the earlier runs New game kept,
 * the endings reached, seen choices). Run it once per save format, when the format
 * changes: `npx tsx tests/support/write-save-fixtures.ts`. Fixtures of older
 * formats are never rewritten; tests/engine/saves/save-migrations.test.ts
 * loads every one.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inkRuntime } from '../../src/engine/ink/ink-runtime';
import { createGame, type Game } from '../../src/engine/play/game';
import { exportSave, rewind, saveToSlot } from '../../src/engine/play/playthrough-ops';
import { SAVE_FORMAT } from '../../src/engine/saves/save-format';
import { createMemoryStorage } from '../../src/platform/local-storage';
import { compileStoryFile } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');

function pick(game: Game, n: number): void {
  const s = game.store.getState();
  const open = s.choices.filter((c) => !c.locked);
  const c = open[n % Math.max(open.length, 1)];
  if (!c || !game.choose(c.index, s.turn)) throw new Error(`no choice to take at turn ${s.turn}`);
}

async function main(): Promise<void> {
  const storage = createMemoryStorage();
  let now = Date.UTC(2026, 11, 7, 12, 0, 0);
  const game = createGame({
    ink: inkRuntime,
    story: compileStoryFile(path.join(root, 'story/main.ink')),
    storage,
    clock: { now: () => (now += 61_000) },
    defer: (work) => work(),
  });
  // A first run, three choices in; New game keeps it under Earlier runs.
  game.newGame(11);
  for (const n of [0, 1, 0]) pick(game, n);
  await game.settled();
  game.newGame(12);
  // The second run: four choices, back to the second, then another way, so the history holds a branch.
  for (const n of [1, 0, 1, 0]) pick(game, n);
  const first = Object.values(game.store.getState().history.nodes).find((node) => node.parent === 0);
  if (!first) throw new Error('the history has no first choice');
  const rewound = rewind(game, first.id);
  if (!rewound.ok) throw new Error(rewound.message);
  for (const n of [2, 0]) pick(game, n);
  await game.settled();
  const slot = await saveToSlot(game, 'slot1');
  if (!slot.ok) throw new Error(slot.message);
  const exported = await exportSave(game);
  // A third run, to an ending, so the endings record is written too.
  game.newGame(13);
  for (let turn = 0; !game.store.getState().ended; turn++) {
    if (turn > 300) throw new Error('no ending within 300 choices');
    pick(game, 0);
  }
  await game.settled();
  game.flush();

  const dir = path.join(root, `tests/fixtures/saves/format-${SAVE_FORMAT}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'exported.kee-save.json'), `${exported}\n`);
  const records = Object.fromEntries(
    storage
      .keys()
      .sort()
      .map((key) => [key, storage.get(key)]),
  );
  writeFileSync(path.join(dir, 'storage.json'), `${JSON.stringify(records, null, 2)}\n`);
  console.log(`wrote ${dir}: the exported save and ${Object.keys(records).length} storage records`);
}

await main();
