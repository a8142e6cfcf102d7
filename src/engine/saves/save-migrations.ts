/**
 * The chain that lets saves outlive a format change: the reader of format N
 * reads a save of format N−1 by first passing it through the migration to N,
 * so a save of any format ever written reaches today's reader one step at a
 * time. A migration works on the parsed JSON data (before any check), and
 * today's schema (save-format.ts) then checks the result as it would a save
 * written today, so a migration cannot let damage through.
 *
 * Format 1 is the only format written so far, so the chain has no steps yet.
 * To change the format: raise SAVE_FORMAT, add the step from the previous
 * format to MIGRATIONS, and store a save of the new format beside the older
 * ones in tests/fixtures/saves (tests/engine/saves/save-migrations.test.ts
 * loads every one of them).
 */
import { fail } from './save-schema';

/** Save data as parsed JSON, before it is checked. */
export type SaveData = Record<string, unknown>;

/** Turns a save of format `to − 1` into one of format `to`. */
export interface Migration {
  to: number;
  migrate(older: SaveData): SaveData;
}

/** Every step ever needed, oldest first. Empty while format 1 is the only format. */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * The save brought up to format `latest`, one migration at a time. A save
 * newer than `latest`, or of a format no step leads from, is refused with a
 * sentence for the player.
 */
export function migrateSave(value: SaveData, latest: number, migrations: readonly Migration[] = MIGRATIONS): SaveData {
  let save = value;
  let format = formatOf(save);
  if (format > latest) fail(`This save was made by a newer version of the player (save format ${format}). Update the game to load it.`);
  while (format < latest) {
    const step = migrations.find((m) => m.to === format + 1);
    if (!step) fail(`This save is in a format this player does not know (${format}).`);
    save = step.migrate(save);
    // A step that does not stamp its own format would loop or skip: that is a bug in the step, said plainly.
    if (formatOf(save) !== step.to) throw new Error(`The save migration to format ${step.to} returned format ${String(save.format)}.`);
    format = step.to;
  }
  return save;
}

function formatOf(save: SaveData): number {
  const format = save.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) fail('This is not a save file from this player.');
  return format;
}
