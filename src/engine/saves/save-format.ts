/**
 * The save format: versioned plain data, encoded as JSON text. A save holds
 * ink's own state *and* the log of choices with the seed, so it can be loaded
 * as-is on the same story and rebuilt by replay on an edited one
 * (save-restore.ts). Decoding checks every field against a valibot schema
 * (save-schema.ts) with size caps and answers with a sentence for the player
 * instead of throwing; nothing from outside reaches ink unchecked. A save of
 * an older format is migrated first (save-migrations.ts).
 */

import * as v from 'valibot';
import { type HistoryTree, pathTo } from '../history/history-tree';
import { deserialiseHistory, type HistoryJson, serialiseHistory } from './history-codec';
import { migrateSave, type SaveData } from './save-migrations';
import { attempt, dictionary, fail, group, int, list, num, parseJsonText, readWith, text, time } from './save-schema';

export const SAVE_FORMAT = 1;

/** Caps that no honest save comes near; anything past them is damage or mischief. */
export const SAVE_LIMITS = {
  text: 3_000_000,
  inkState: 2_000_000,
  log: 5000,
  choiceIndex: 1000,
  storyId: 200,
  seed: 2 ** 31 - 1,
  savedAt: 8.64e15,
  stats: 32,
  statValue: 1e9,
  scene: 200,
} as const;

/** What a save slot shows without loading the save. */
export interface SaveLabel {
  scene: string | null;
  stats: Record<string, number>;
  turn: number;
}

export interface Save {
  format: 1;
  /** The story's title; a save is refused by any other story. */
  storyId: string;
  /** storyFingerprint() of the compiled story the save was made on. */
  fingerprint: string;
  seed: number;
  /** ink choice indices from the start; always the history's path to its current node. */
  log: number[];
  /** ink's story.state.ToJson(). */
  inkState: string;
  history: HistoryTree;
  /** Milliseconds since the epoch, from the ClockPort. */
  savedAt: number;
  label: SaveLabel;
}

/** A save as JSON data: the same fields, the history in its compact form. */
export type SaveJson = Omit<Save, 'history'> & { history: HistoryJson };

export type DecodeResult = { ok: true; save: Save } | { ok: false; problem: string };

export function saveToJson(save: Save): SaveJson {
  return { ...save, history: serialiseHistory(save.history) };
}

export function encodeSave(save: Save): string {
  return JSON.stringify(saveToJson(save));
}

/** Decodes save text. With `expect.storyId`, a save from another story is refused. */
export function decodeSave(text: string, expect: { storyId?: string } = {}): DecodeResult {
  if (typeof text !== 'string') return { ok: false, problem: 'This is not a save file.' };
  const parsed = attempt(() => parseJsonText(text, 'save', SAVE_LIMITS.text));
  return parsed.ok ? decodeSaveValue(parsed.value, expect) : parsed;
}

/** Decodes a save that is already parsed JSON data (for example inside a storage envelope). */
export function decodeSaveValue(value: unknown, expect: { storyId?: string } = {}): DecodeResult {
  const result = attempt(() => readSave(value, expect));
  return result.ok ? { ok: true, save: result.value } : result;
}

/** The fields after `format`, in the order a damaged save is most usefully described. */
const saveSchema = v.object({
  storyId: text('the story name', SAVE_LIMITS.storyId),
  fingerprint: v.pipe(text('the story fingerprint', 16), v.regex(/^[0-9a-z]+$/, 'This save is damaged: the story fingerprint is not a fingerprint.')),
  seed: int('the random seed', 0, SAVE_LIMITS.seed),
  log: list(int('a choice in the list', 0, SAVE_LIMITS.choiceIndex), 'the list of choices', SAVE_LIMITS.log),
  inkState: v.pipe(
    text('the story state', SAVE_LIMITS.inkState),
    v.check((state) => isRecord(parseOrNull(state)), 'This save is damaged: the story state is cut short or garbled.'),
  ),
  history: v.unknown(),
  savedAt: time('the time it was saved'),
  label: group(
    {
      scene: v.nullable(text('the scene name', SAVE_LIMITS.scene)),
      stats: v.pipe(
        dictionary(
          v.pipe(v.string(), v.maxLength(64, 'This save is damaged: a stat has an impossibly long name.')),
          num('a stat', SAVE_LIMITS.statValue),
          'This save is damaged: the stats is missing or not a group of values.',
        ),
        v.check((stats) => Object.keys(stats).length <= SAVE_LIMITS.stats, 'This save is damaged: it lists too many stats.'),
      ),
      turn: int('the turn number', 0, SAVE_LIMITS.log),
    },
    'the slot label',
  ),
});

function readSave(given: unknown, expect: { storyId?: string }): Save {
  if (!isRecord(given) || !('format' in given)) fail('This is not a save file from this player.');
  // An older save is brought up to today's format first (save-migrations.ts), then checked as one written today.
  return { ...readSaveFields(migrateSave(given, SAVE_FORMAT), expect), format: SAVE_FORMAT };
}

/**
 * Checks every field of save data already in the latest format, except the
 * format itself. The next format's reader builds on it (as the format-2 reader
 * in tests/engine/saves/save-migrations.test.ts does).
 */
export function readSaveFields(value: SaveData, expect: { storyId?: string } = {}): Omit<Save, 'format'> {
  // The story is checked before the rest: a save of another story is not "damaged", it is in the wrong place.
  const storyId = readWith(saveSchema.entries.storyId, value.storyId);
  if (expect.storyId !== undefined && storyId !== expect.storyId) fail(`This save belongs to another story (“${storyId}”), not to “${expect.storyId}”.`);
  const save = readWith(saveSchema, value);
  const history = deserialiseHistory(save.history);
  const path = pathTo(history, history.current).map((n) => n.choiceIndex);
  if (path.length !== save.log.length || path.some((index, i) => index !== save.log[i]))
    fail('This save is damaged: its history and its list of choices disagree.');
  return { ...save, history };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
