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
 */
import type { ClockPort, StoragePort } from '../ports';
import { createEndingsBook, decodeEndings } from './save-endings';
import { decodeEnvelope, type Envelope, encodeEnvelope } from './save-envelope';
import type { Save, SaveLabel } from './save-format';
import { isNewer, newest, nextRevision } from './save-revision';
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
  // The newest revision this tab has seen per slot; none means it has never looked.
  const seen = new Map<string, number>();
  const see = (slot: string, rev: number) => seen.set(slot, newest(seen.get(slot), rev) ?? rev);
  const memory = new Map<string, string>();
  // Texts this store wrote or decoded, with what they decode to: an unchanged copy is not decoded again on every autosave.
  const known = new Map<string, { text: string; envelope: Envelope }>();
  const decodeKnown = (key: string, text: string) => {
    const hit = known.get(key);
    if (hit?.text === text) return { ok: true as const, envelope: hit.envelope };
    const decoded = decodeEnvelope(text, storyId);
    if (decoded.ok) known.set(key, { text, envelope: decoded.envelope });
    return decoded;
  };
  /** Copies a value that does not read aside, then clears its key. Says what happened, for the message. */
  const setAside = (key: string, raw: string): { kept: boolean; sentence: string } => {
    known.delete(key);
    const copy = quarantine(storage, key, raw);
    if (!copy.ok)
      return {
        kept: false,
        sentence: 'There is no room to copy it aside, so it stays where it is: Saves → Kept aside can export it or delete it to make room.',
      };
    tryRemove(storage, key);
    return {
      kept: true,
      sentence: copy.dropped ? 'It has been kept aside (the oldest copy kept aside for it was dropped to make room).' : 'It has been kept aside.',
    };
  };
  const endingsKey = `${base}endings`;
  const endingsBook = createEndingsBook(storage, endingsKey, clock);

  /** Why a stored value does not read, or null when it does. */
  const problemOf = (key: string, text: string): string | null => {
    const rest = key.slice(base.length);
    if (rest.startsWith('seen')) return 'The record of choices taken before could not be read.';
    const decoded = rest.startsWith('endings') ? decodeEndings(text) : decodeKnown(key, text);
    return decoded.ok ? null : decoded.problem;
  };

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
    const backup = decodeKnown(key, got.value);
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
    const aside = setAside(key, got.value);
    return { ok: false, problem: 'damaged', message: warning ?? `${title(slot)} could not be read: ${backup.problem} ${aside.sentence}` };
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
      const main = decodeKnown(key, got.value);
      if (main.ok) {
        see(slot, main.envelope.rev);
        return { ok: true, save: main.envelope.save, from: 'storage', rev: main.envelope.rev, writer: main.envelope.writer };
      }
      // Set the bad copy aside before anything else can touch the key; only then is removing it safe.
      const aside = setAside(key, got.value);
      return readBackup(slot, `${title(slot)} could not be read: ${main.problem} ${aside.sentence}`);
    },

    /**
     * Stores `save` in `slot`. `guardAutosave` makes the autosave refuse, as manual slots do, to replace a
     * copy another tab stored since this one last looked (the game then asks the reader).
     */
    write(slot: string, save: Save, options: { force?: boolean; guardAutosave?: boolean } = {}): WriteResult {
      const key = keyOf(slot);
      const backupKey = `${key}~backup`;
      const got = tryGet(storage, key);
      const last = seen.get(slot);
      const existing = got.ok && got.value !== null ? decodeKnown(key, got.value) : null;
      const theirs = existing?.ok ? existing.envelope : null;
      const rev = nextRevision(newest(theirs?.rev, last) ?? 0);
      const envelope = encodeEnvelope({ rev, writer: me, save });
      // The exact text that will be stored must read back, before anything is touched.
      const check = decodeEnvelope(envelope, storyId);
      if (!check.ok) return { ok: false, problem: 'invalid', message: check.problem };
      if (!got.ok) return keepInMemory(key, envelope, got.problem);
      if (got.value !== null && existing && !existing.ok) {
        const aside = setAside(key, got.value);
        if (!aside.kept) return keepInMemory(key, envelope, 'quota');
      }
      const unseen = theirs !== null && theirs.writer !== me && (last === undefined || isNewer(theirs.rev, last));
      if (unseen && (slot !== 'auto' || options.guardAutosave) && !options.force) {
        const { writer, rev: theirRev, save: other } = theirs;
        return {
          ok: false,
          problem: 'conflict',
          message:
            slot === 'auto'
              ? 'This story moved on in another tab.'
              : `${title(slot)} was saved in another tab since you last looked. Save anyway to replace it.`,
          theirs: { writer, rev: theirRev, savedAt: other.savedAt, label: other.label },
        };
      }
      if (theirs && got.value !== null) {
        // The backup about to be replaced is kept aside first if it no longer reads: never overwritten unread.
        const oldBackup = tryGet(storage, backupKey);
        if (oldBackup.ok && oldBackup.value !== null && oldBackup.value !== got.value && !decodeKnown(backupKey, oldBackup.value).ok) {
          if (!setAside(backupKey, oldBackup.value).kept) return keepInMemory(key, envelope, 'quota');
        }
        const backedUp = trySet(storage, backupKey, got.value);
        if (!backedUp.ok) return keepInMemory(key, envelope, backedUp.problem);
        known.set(backupKey, { text: got.value, envelope: theirs });
      }
      const written = trySet(storage, key, envelope);
      if (!written.ok) return keepInMemory(key, envelope, written.problem);
      const back = tryGet(storage, key);
      if (!back.ok || back.value !== envelope) {
        // The store did not keep what it was given: put the previous copy back and keep this one in memory.
        if (got.value !== null) trySet(storage, key, got.value);
        else tryRemove(storage, key);
        return keepInMemory(key, envelope, back.ok ? 'storage-unavailable' : back.problem);
      }
      known.set(key, { text: envelope, envelope: check.envelope });
      memory.delete(key);
      see(slot, rev);
      return unseen ? { ok: true, rev, overwrote: { writer: theirs.writer, rev: theirs.rev } } : { ok: true, rev };
    },

    /** The copy in `slot` another tab stored since this one last looked, or null; looking does not count as having seen it. */
    newerElsewhere(slot: string): { writer: string; rev: number; savedAt: number; label: SaveLabel; seed: number; log: number[] } | null {
      const key = keyOf(slot);
      const got = tryGet(storage, key);
      if (!got.ok || got.value === null) return null;
      const stored = decodeKnown(key, got.value);
      if (!stored.ok || stored.envelope.writer === me) return null;
      const last = seen.get(slot);
      if (last !== undefined && !isNewer(stored.envelope.rev, last)) return null;
      const { writer, rev, save } = stored.envelope;
      return { writer, rev, savedAt: save.savedAt, label: save.label, seed: save.seed, log: save.log };
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
    quarantined(): KeptAside[] {
      const keys = tryKeys(storage);
      if (!keys.ok) return [];
      const aside = keys.value
        .filter((k) => k.startsWith(base) && k.includes(QUARANTINE_MARK))
        .map((key): KeptAside => {
          const raw = tryGet(storage, key);
          const text = raw.ok ? (raw.value ?? '') : '';
          return {
            key,
            what: keptAsideName(key.slice(base.length)),
            problem: problemOf(key, text) ?? 'It reads now; it was set aside earlier.',
            size: text.length,
            inPlace: false,
          };
        });
      // Damaged values with no room to copy them aside are listed where they are, so they can be exported and deleted.
      const inPlace = [...slots.flatMap((slot) => [keyOf(slot), `${keyOf(slot)}~backup`]), endingsKey]
        .map((key) => ({ key, raw: tryGet(storage, key) }))
        .filter((e): e is { key: string; raw: { ok: true; value: string } } => e.raw.ok && e.raw.value !== null)
        .map(({ key, raw }) => ({ key, text: raw.value, problem: problemOf(key, raw.value) }))
        .filter((e): e is { key: string; text: string; problem: string } => e.problem !== null)
        .map(({ key, text, problem }): KeptAside => ({ key, what: keptAsideName(key.slice(base.length)), problem, size: text.length, inPlace: true }));
      return [...inPlace, ...aside];
    },

    /** The stored text of a kept-aside value (or one damaged in place), as it is, for export. */
    keptAsideText(key: string): string | null {
      if (!key.startsWith(base)) return null;
      const got = tryGet(storage, key);
      return got.ok ? got.value : null;
    },

    /** Deletes a quarantined value, or a damaged one in place, only ever on the player's say-so. */
    discardQuarantined(key: string): boolean {
      if (!key.startsWith(base)) return false;
      if (!key.includes(QUARANTINE_MARK)) {
        const got = tryGet(storage, key);
        if (!got.ok || got.value === null || problemOf(key, got.value) === null) return false;
        known.delete(key);
      }
      return tryRemove(storage, key).ok;
    },

    /** Tries again to store saves that are only in memory. Returns how many are still waiting. */
    retryPending(): number {
      for (const [key, value] of memory) if (trySet(storage, key, value).ok) memory.delete(key);
      return memory.size;
    },

    /** Damage found in stored records since last asked (the endings record), each reported once. */
    takeProblems(): string[] {
      const endings = endingsBook.takeProblem();
      return endings ? [endings] : [];
    },

    /** Endings reached in any playthrough, merged with any this tab could not store. */
    endings: endingsBook.read,
    /** Notes an ending reached; the stored record is re-read first so another tab's endings are kept. */
    recordEnding: endingsBook.record,
  };
  return store;
}

export type SaveStore = ReturnType<typeof createSaveStore>;

/** A value kept aside because it could not be read, or one damaged in place with no room to copy it. */
export interface KeptAside {
  key: string;
  /** What it was, for the player: "the autosave", "slot 2's backup", "the endings record"… */
  what: string;
  problem: string;
  /** Characters: how much room deleting it frees. */
  size: number;
  /** Still under its own key (there was no room to copy it aside). */
  inPlace: boolean;
}

/** Names a key under the story's base ("auto~backup~quarantine~2") for the player. */
function keptAsideName(rest: string): string {
  const [name = '', second = ''] = rest.split('~');
  const thing =
    name === 'auto'
      ? 'the autosave'
      : name === 'endings'
        ? 'the endings record'
        : name === 'seen'
          ? 'the record of choices taken before'
          : /^slot\d+$/.test(name)
            ? `slot ${name.slice(4)}`
            : name;
  return second === 'backup' ? `${thing}’s backup` : thing;
}

function title(slot: string): string {
  return slot === 'auto' ? 'The autosave' : `Slot ${slot.slice(4)}`;
}

export function storageMessage(problem: StorageProblem): string {
  return problem === 'quota'
    ? 'The browser’s storage is full, so this save is kept only until you close the tab. Free some space or export the save.'
    : 'This browser is not letting the game store saves (storage is off or blocked), so your progress is kept only until you close the tab.';
}
