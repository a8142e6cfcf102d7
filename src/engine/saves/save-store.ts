/**
 * The save slots over a StoragePort: one autosave, a few manual slots and the
 * endings record, each under its own key for the story. Three promises:
 *
 * - A write never leaves the previous save unreadable. Before a slot is
 *   written, its current good copy is kept under a backup key; a slot whose
 *   main copy fails to decode is read from the backup.
 * - A bad stored save is reported and moved aside under a quarantine key,
 *   never overwritten or deleted unasked (`discardQuarantined` is explicit).
 *   When there is no room to copy it aside, it stays where it is, the
 *   message says so, and the new save waits in memory until the reader frees
 *   space (Saves → Kept aside lists it with Export and Delete).
 * - Write, then read back: the exact text is decoded before it is stored, and
 *   read back after; a store that does not give it back word for word gets the
 *   previous copy put back, and the new save waits in memory. Revisions wrap
 *   by design (save-revision.ts), so the 2³¹st write is as readable as the first.
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
 *
 * The store composes: reading a slot (save-slot-read.ts), writing one
 * (save-slot-write.ts), values kept aside (save-kept-aside.ts), the decode
 * cache (save-decode-cache.ts) and the endings record (save-endings.ts).
 */
import type { ClockPort, StoragePort } from '../ports';
import { createDecodeCache } from './save-decode-cache';
import { createEndingsBook } from './save-endings';
import type { Save, SaveLabel } from './save-format';
import { createKeptAside, type KeptAside } from './save-kept-aside';
import { newest } from './save-revision';
import { type SlotContext, storageMessage } from './save-slot-context';
import { type ElsewhereCopy, newerElsewhere, type ReadResult, readSlot } from './save-slot-read';
import { type WriteOptions, type WriteResult, writeSlot } from './save-slot-write';
import { type StorageProblem, tryRemove, trySet } from './save-store-io';
import { takeSettingsProblem } from './settings-aside';

export type { KeptAside, ReadResult, WriteOptions, WriteResult };

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
  // The newest revision this tab has seen per slot; none means it has never looked.
  const seen = new Map<string, number>();
  const see = (slot: string, rev: number) => seen.set(slot, newest(seen.get(slot), rev) ?? rev);
  const memory = new Map<string, string>();
  // Texts this store wrote or decoded: an unchanged copy is not decoded again on every autosave.
  const cache = createDecodeCache(storyId);
  const endingsKey = `${base}endings`;
  const endingsBook = createEndingsBook(storage, endingsKey, clock);
  const keptAside = createKeptAside({ storage, base, cache, ownKeys: () => [...slots.flatMap((slot) => [keyOf(slot), `${keyOf(slot)}~backup`]), endingsKey] });
  const ctx: SlotContext = { storage, storyId, me, keyOf, cache, keptAside, seen, see, memory };

  const store = {
    writerId: me,
    slots: slots as readonly string[],

    read: (slot: string): ReadResult => readSlot(ctx, slot),

    /** Stores `save` in `slot` (save-slot-write.ts); `guardAutosave` makes the autosave ask before replacing another tab's run. */
    write: (slot: string, save: Save, options: WriteOptions = {}): WriteResult => writeSlot(ctx, slot, save, options),

    /** The copy in `slot` another tab stored since this one last looked, or null; looking does not count as having seen it. */
    newerElsewhere: (slot: string): ElsewhereCopy | null => newerElsewhere(ctx, slot),

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

    /** Values set aside as unreadable, with the reason each was refused (save-kept-aside.ts). */
    quarantined: keptAside.list,
    /** The stored text of a kept-aside value (or one damaged in place), as it is, for export. */
    keptAsideText: keptAside.text,
    /** Deletes a quarantined value, or a damaged one in place, only ever on the player's say-so. */
    discardQuarantined: keptAside.discard,

    /** Forgets the save waiting in memory for `slot`, if any: the caller has kept that run elsewhere first. */
    dropPending: (slot: string): void => void memory.delete(keyOf(slot)),

    /** Tries again to store saves that are only in memory. Returns how many are still waiting. */
    retryPending(): number {
      for (const [key, value] of memory) if (trySet(storage, key, value).ok) memory.delete(key);
      return memory.size;
    },

    /** Damage found in stored records since last asked (the endings record, the player's settings), each reported once. */
    takeProblems(): string[] {
      return [endingsBook.takeProblem(), takeSettingsProblem(storage)].filter((p): p is string => p !== null);
    },

    /** Endings reached in any playthrough, merged with any this tab could not store. */
    endings: endingsBook.read,
    /** Notes an ending reached; the stored record is re-read first so another tab's endings are kept. */
    recordEnding: endingsBook.record,
    /** Another tab wrote this story's records: take its endings in, and write back any of ours its write lost. */
    refreshShared: endingsBook.refresh,
  };
  return store;
}

export type SaveStore = ReturnType<typeof createSaveStore>;

export { storageMessage };
