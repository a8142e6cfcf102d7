/**
 * Earlier runs: when a new run (New game, a replay link, Load, Import) is
 * about to take the autosave's place, the stored autosave is first copied
 * here, so the run it held can still be loaded, exported or deleted from
 * Saves. Each run is its own key (`<base>earlier~<n>`, n counting up), stored
 * as the autosave's exact text; the newest `EARLIER_RUNS_KEPT` are kept and
 * the oldest is dropped past that, with a note saying so. Copies are never
 * overwritten: a new one always takes a fresh number. A run already kept (the
 * same story, seed and choices) is never stored twice, by any path.
 */
import type { StoragePort } from '../ports';
import { samePlay } from './same-play';
import { decodeEnvelope, encodeEnvelope } from './save-envelope';
import type { Save } from './save-format';
import { type StorageProblem, tryGet, tryKeys, tryRemove, trySet } from './save-store-io';

export const EARLIER_RUNS_KEPT = 5;

const MARK = 'earlier~';

export type EarlierRun = { key: string; ok: true; save: Save } | { key: string; ok: false; problem: string };

export type KeepResult = { kept: true; key: string; dropped: number } | { kept: false; reason: 'nothing' | 'same' } | { kept: false; reason: StorageProblem };

export interface EarlierRunsOptions {
  storage: StoragePort;
  storyId: string;
  namespace?: string;
  limit?: number;
}

export function createEarlierRuns({ storage, storyId, namespace = 'ink-save', limit = EARLIER_RUNS_KEPT }: EarlierRunsOptions) {
  const base = `${namespace}/${storyId}/`;
  const prefix = `${base}${MARK}`;
  const numberOf = (key: string) => Number(key.slice(prefix.length));
  /** Keys of the stored runs, newest first. */
  const keys = (): string[] => {
    const all = tryKeys(storage);
    if (!all.ok) return [];
    return all.value.filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length))).sort((a, b) => numberOf(b) - numberOf(a));
  };
  const decode = (key: string): EarlierRun => {
    const got = tryGet(storage, key);
    if (!got.ok || got.value === null) return { key, ok: false, problem: 'The browser would not give this run back.' };
    const read = decodeEnvelope(got.value, storyId);
    return read.ok ? { key, ok: true, save: read.envelope.save } : { key, ok: false, problem: read.problem };
  };
  const isRun = (key: string, save: Save) => {
    const run = decode(key);
    return run.ok && samePlay(run.save, save);
  };
  /**
   * The one way a run is stored, whoever keeps it (a new run replacing the autosave, a switch to another tab's run):
   * a run already kept anywhere in the list is not stored again, since a copy would only push a real run out past the
   * cap, nor a run with no choice taken.
   */
  const keep = (save: Save, text: string): KeepResult => {
    // A run with no choice taken holds nothing a new run cannot give again.
    if (save.label.turn === 0) return { kept: false, reason: 'nothing' };
    const stored = keys();
    if (stored.some((key) => isRun(key, save))) return { kept: false, reason: 'same' };
    const key = `${prefix}${(stored[0] === undefined ? 0 : numberOf(stored[0])) + 1}`;
    const set = trySet(storage, key, text);
    if (!set.ok) return { kept: false, reason: set.problem };
    let dropped = 0;
    for (const old of stored.slice(limit - 1)) if (tryRemove(storage, old).ok) dropped++;
    return { kept: true, key, dropped };
  };

  return {
    /** Every kept run, newest first; one that no longer reads says why. */
    list(): EarlierRun[] {
      return keys().map(decode);
    },

    read(key: string): EarlierRun {
      return key.startsWith(prefix) ? decode(key) : { key, ok: false, problem: 'There is no such earlier run.' };
    },

    /**
     * Copies the stored autosave aside before a new run replaces it. A run with no choice taken is not
     * copied, nor one already kept (the same story, seed and choices, anywhere in the list).
     */
    keepAutosave(): KeepResult {
      const got = tryGet(storage, `${base}auto`);
      if (!got.ok) return { kept: false, reason: got.problem };
      if (got.value === null) return { kept: false, reason: 'nothing' };
      const read = decodeEnvelope(got.value, storyId);
      // A damaged autosave is the save store's to keep aside (it quarantines before overwriting).
      if (!read.ok) return { kept: false, reason: 'nothing' };
      return keep(read.envelope.save, got.value);
    },

    /** Keeps a run that is not in storage (the one on screen, when another tab's run takes the autosave). */
    keepSave(save: Save): KeepResult {
      return keep(save, encodeEnvelope({ rev: 1, writer: 'this-tab', save }));
    },

    /** Deletes a kept run, only ever on the reader's say-so. */
    remove(key: string): boolean {
      return key.startsWith(prefix) && tryRemove(storage, key).ok;
    },
  };
}

export type EarlierRuns = ReturnType<typeof createEarlierRuns>;
