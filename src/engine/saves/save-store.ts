/**
 * The save slots over a StoragePort: one autosave, a few manual slots and the
 * endings record, each under its own key for the story. Three promises:
 *
 * - A write never leaves the previous save unreadable. Before a slot is
 *   written, its current good copy is kept under a backup key; a slot whose
 *   main copy fails to decode is read from the backup.
 * - A bad stored save is reported and moved aside under a quarantine key,
 *   never overwritten or deleted unasked (`discardQuarantined` is explicit).
 * - Storage that throws (full, switched off) is reported as 'quota' or
 *   'storage-unavailable' and the save is kept in memory, where reads find
 *   it, until a later write or `retryPending` gets it stored.
 *
 * Two tabs: every stored copy carries a revision and its writer's id, and the
 * store remembers the highest revision it has seen per slot. A stored copy
 * with a higher revision from another writer is one this tab has never seen.
 * Manual slots refuse to overwrite it (problem 'conflict') unless the write is
 * forced after the player confirms. The autosave is last-writer-wins: it
 * writes anyway and reports `overwrote`, and the other tab's save survives as
 * the backup.
 */
import type { ClockPort, StoragePort } from '../ports';
import { createEndingsBook, decodeEndings } from './save-endings';
import { decodeEnvelope, encodeEnvelope } from './save-envelope';
import { checkSave, type Save, type SaveLabel } from './save-format';
import { QUARANTINE_MARK, quarantine, type StorageProblem, tryGet, tryKeys, tryRemove, trySet } from './save-store-io';

export type ReadResult =
  | { ok: true; save: Save; from: 'storage' | 'backup' | 'memory'; rev: number; writer: string; warning?: string }
  | { ok: false; problem: 'empty' | 'damaged' | 'storage-unavailable'; message: string };

export type WriteResult =
  | { ok: true; rev: number; overwrote?: { writer: string; rev: number } }
  | { ok: false; problem: StorageProblem; message: string }
  | { ok: false; problem: 'conflict'; message: string; theirs: { writer: string; rev: number; savedAt: number; label: SaveLabel } }
  | { ok: false; problem: 'invalid'; message: string };

export interface SlotSummary {
  slot: string;
  state: 'empty' | 'ok' | 'damaged' | 'storage-unavailable';
  label?: SaveLabel;
  savedAt?: number;
  /** Saved by another tab (or an earlier visit). */
  otherWriter?: boolean;
  message?: string;
}

export interface SaveStoreOptions {
  storage: StoragePort;
  storyId: string;
  clock: ClockPort;
  /** This tab's id; random by default. */
  writerId?: string;
  namespace?: string;
  manualSlots?: number;
}

export function createSaveStore({ storage, storyId, clock, writerId, namespace = 'ink-save', manualSlots = 3 }: SaveStoreOptions) {
  const me = writerId ?? Math.random().toString(36).slice(2, 10);
  const base = `${namespace}/${storyId}/`;
  const slots = ['auto', ...Array.from({ length: Math.max(3, manualSlots) }, (_, i) => `slot${i + 1}`)];
  const keyOf = (slot: string) => {
    if (!slots.includes(slot)) throw new RangeError(`There is no save slot '${slot}'.`);
    return base + slot;
  };
  const seen = new Map<string, number>();
  const see = (slot: string, rev: number) => seen.set(slot, Math.max(seen.get(slot) ?? 0, rev));
  const memory = new Map<string, string>();
  const endingsKey = `${base}endings`;
  const endingsBook = createEndingsBook(storage, endingsKey, clock);

  const keepInMemory = (key: string, value: string, problem: StorageProblem): WriteResult => {
    memory.set(key, value);
    return { ok: false, problem, message: storageMessage(problem) };
  };

  const readBackup = (slot: string, warning: string | null): ReadResult => {
    const key = `${keyOf(slot)}~backup`;
    const got = tryGet(storage, key);
    if (!got.ok) return { ok: false, problem: 'storage-unavailable', message: storageMessage(got.problem) };
    if (got.value === null)
      return warning ? { ok: false, problem: 'damaged', message: warning } : { ok: false, problem: 'empty', message: `${title(slot)} is empty.` };
    const backup = decodeEnvelope(got.value, storyId);
    if (backup.ok) {
      const { rev, writer, save } = backup.envelope;
      return {
        ok: true,
        save,
        from: 'backup',
        rev,
        writer,
        warning: warning ?? `The latest save in ${title(slot).toLowerCase()} could not be read; this is the one before it.`,
      };
    }
    if (quarantine(storage, key, got.value).ok) tryRemove(storage, key);
    return { ok: false, problem: 'damaged', message: warning ?? `${title(slot)} could not be read: ${backup.problem} It has been kept aside.` };
  };

  const store = {
    writerId: me,
    slots: slots as readonly string[],

    read(slot: string): ReadResult {
      const key = keyOf(slot);
      const pending = memory.get(key);
      const fromMemory = pending === undefined ? null : decodeEnvelope(pending, storyId);
      if (fromMemory?.ok) return { ok: true, save: fromMemory.envelope.save, from: 'memory', rev: fromMemory.envelope.rev, writer: me };
      const got = tryGet(storage, key);
      if (!got.ok) return { ok: false, problem: 'storage-unavailable', message: storageMessage(got.problem) };
      if (got.value === null) return readBackup(slot, null);
      const main = decodeEnvelope(got.value, storyId);
      if (main.ok) {
        see(slot, main.envelope.rev);
        return { ok: true, save: main.envelope.save, from: 'storage', rev: main.envelope.rev, writer: main.envelope.writer };
      }
      // Set the bad copy aside before anything else can touch the key; only then is removing it safe.
      if (quarantine(storage, key, got.value).ok) tryRemove(storage, key);
      return readBackup(slot, `${title(slot)} could not be read: ${main.problem} It has been kept aside.`);
    },

    write(slot: string, save: Save, options: { force?: boolean } = {}): WriteResult {
      const key = keyOf(slot);
      const invalid = checkSave(save);
      if (invalid) return { ok: false, problem: 'invalid', message: invalid };
      const got = tryGet(storage, key);
      const known = seen.get(slot) ?? 0;
      if (!got.ok) return keepInMemory(key, encodeEnvelope({ rev: known + 1, writer: me, save }), got.problem);
      const existing = got.value === null ? null : decodeEnvelope(got.value, storyId);
      if (got.value !== null && existing && !existing.ok) {
        const kept = quarantine(storage, key, got.value);
        if (!kept.ok) return keepInMemory(key, encodeEnvelope({ rev: known + 1, writer: me, save }), kept.problem);
      }
      const theirs = existing?.ok ? existing.envelope : null;
      const unseen = theirs !== null && theirs.writer !== me && theirs.rev > known;
      if (unseen && slot !== 'auto' && !options.force) {
        const { writer, rev, save: other } = theirs;
        return {
          ok: false,
          problem: 'conflict',
          message: `${title(slot)} was saved in another tab since you last looked. Save anyway to replace it.`,
          theirs: { writer, rev, savedAt: other.savedAt, label: other.label },
        };
      }
      const rev = Math.max(theirs?.rev ?? 0, known) + 1;
      const envelope = encodeEnvelope({ rev, writer: me, save });
      if (theirs && got.value !== null) {
        const backedUp = trySet(storage, `${key}~backup`, got.value);
        if (!backedUp.ok) return keepInMemory(key, envelope, backedUp.problem);
      }
      const written = trySet(storage, key, envelope);
      if (!written.ok) return keepInMemory(key, envelope, written.problem);
      memory.delete(key);
      see(slot, rev);
      return unseen ? { ok: true, rev, overwrote: { writer: theirs.writer, rev: theirs.rev } } : { ok: true, rev };
    },

    /** Deletes a slot and its backup at the player's request. */
    remove(slot: string): { ok: true } | { ok: false; problem: StorageProblem } {
      const key = keyOf(slot);
      memory.delete(key);
      for (const k of [key, `${key}~backup`]) {
        const removed = tryRemove(storage, k);
        if (!removed.ok) return removed;
      }
      return { ok: true };
    },

    list(): SlotSummary[] {
      return slots.map((slot): SlotSummary => {
        const r = store.read(slot);
        if (!r.ok) return r.problem === 'empty' ? { slot, state: 'empty' } : { slot, state: r.problem, message: r.message };
        return { slot, state: 'ok', label: r.save.label, savedAt: r.save.savedAt, otherWriter: r.writer !== me, ...(r.warning ? { message: r.warning } : {}) };
      });
    },

    /** Values set aside as unreadable, with the reason each was refused. */
    quarantined(): { key: string; problem: string }[] {
      const keys = tryKeys(storage);
      if (!keys.ok) return [];
      return keys.value
        .filter((k) => k.startsWith(base) && k.includes(QUARANTINE_MARK))
        .map((key) => {
          const raw = tryGet(storage, key);
          const text = raw.ok ? (raw.value ?? '') : '';
          const decoded = key.startsWith(endingsKey) ? decodeEndings(text) : decodeEnvelope(text, storyId);
          return { key, problem: decoded.ok ? 'It reads now; it was set aside earlier.' : decoded.problem };
        });
    },

    /** Deletes a quarantined value, only ever on the player's say-so. */
    discardQuarantined(key: string): boolean {
      return key.startsWith(base) && key.includes(QUARANTINE_MARK) && tryRemove(storage, key).ok;
    },

    /** Tries again to store saves that are only in memory. Returns how many are still waiting. */
    retryPending(): number {
      for (const [key, value] of memory) if (trySet(storage, key, value).ok) memory.delete(key);
      return memory.size;
    },

    /** Endings reached in any playthrough, merged with any this tab could not store. */
    endings: endingsBook.read,
    /** Notes an ending reached; the stored record is re-read first so another tab's endings are kept. */
    recordEnding: endingsBook.record,
  };
  return store;
}

export type SaveStore = ReturnType<typeof createSaveStore>;

function title(slot: string): string {
  return slot === 'auto' ? 'The autosave' : `Slot ${slot.slice(4)}`;
}

export function storageMessage(problem: StorageProblem): string {
  return problem === 'quota'
    ? 'The browser’s storage is full, so this save is kept only until you close the tab. Free some space or export the save.'
    : 'This browser is not letting the game store saves (storage is off or blocked), so your progress is kept only until you close the tab.';
}
