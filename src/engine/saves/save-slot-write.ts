/**
 * Writing one save slot, with the store's promises (save-store.ts): the exact
 * text is checked before anything is touched; the good copy it replaces
 * becomes the backup (an unreadable backup is set aside first, never
 * overwritten unread); the write is read back word for word; a copy another
 * tab stored since this one last looked is not replaced unasked; and when
 * storage refuses, the save waits in memory.
 */
import { decodeEnvelope, encodeEnvelope } from './save-envelope';
import type { Save, SaveLabel } from './save-format';
import { isNewer, newest, nextRevision } from './save-revision';
import { type SlotContext, slotTitle, storageMessage } from './save-slot-context';
import { type StorageProblem, tryGet, tryRemove, trySet } from './save-store-io';

export type WriteResult =
  | { ok: true; rev: number; overwrote?: { writer: string; rev: number } }
  | { ok: false; problem: StorageProblem; message: string }
  | { ok: false; problem: 'conflict'; message: string; theirs: { writer: string; rev: number; savedAt: number; label: SaveLabel } }
  | { ok: false; problem: 'invalid'; message: string };

export interface WriteOptions {
  /** Replace another tab's unseen copy (the player confirmed). */
  force?: boolean;
  /** Make the autosave refuse, as manual slots do, to replace a copy another tab stored since this one last looked. */
  guardAutosave?: boolean;
}

export function writeSlot(ctx: SlotContext, slot: string, save: Save, options: WriteOptions = {}): WriteResult {
  const { storage, cache, keptAside, me } = ctx;
  const key = ctx.keyOf(slot);
  const backupKey = `${key}~backup`;
  const keepInMemory = (problem: StorageProblem): WriteResult => {
    ctx.memory.set(key, envelope);
    return { ok: false, problem, message: storageMessage(problem) };
  };
  const got = tryGet(storage, key);
  const last = ctx.seen.get(slot);
  const existing = got.ok && got.value !== null ? cache.decode(key, got.value) : null;
  const theirs = existing?.ok ? existing.envelope : null;
  const rev = nextRevision(newest(theirs?.rev, last) ?? 0);
  const envelope = encodeEnvelope({ rev, writer: me, save });
  // The exact text that will be stored must read back, before anything is touched.
  const check = decodeEnvelope(envelope, ctx.storyId);
  if (!check.ok) return { ok: false, problem: 'invalid', message: check.problem };
  if (!got.ok) return keepInMemory(got.problem);
  if (got.value !== null && existing && !existing.ok) {
    if (!keptAside.setAside(key, got.value).kept) return keepInMemory('quota');
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
          : `${slotTitle(slot)} was saved in another tab since you last looked. Save anyway to replace it.`,
      theirs: { writer, rev: theirRev, savedAt: other.savedAt, label: other.label },
    };
  }
  if (theirs && got.value !== null) {
    // The backup about to be replaced is kept aside first if it no longer reads: never overwritten unread.
    const oldBackup = tryGet(storage, backupKey);
    if (oldBackup.ok && oldBackup.value !== null && oldBackup.value !== got.value && !cache.decode(backupKey, oldBackup.value).ok) {
      if (!keptAside.setAside(backupKey, oldBackup.value).kept) return keepInMemory('quota');
    }
    const backedUp = trySet(storage, backupKey, got.value);
    if (!backedUp.ok) return keepInMemory(backedUp.problem);
    cache.remember(backupKey, got.value, theirs);
  }
  const written = trySet(storage, key, envelope);
  if (!written.ok) return keepInMemory(written.problem);
  const back = tryGet(storage, key);
  if (!back.ok || back.value !== envelope) {
    // The store did not keep what it was given: put the previous copy back and keep this one in memory.
    if (got.value !== null) trySet(storage, key, got.value);
    else tryRemove(storage, key);
    return keepInMemory(back.ok ? 'storage-unavailable' : back.problem);
  }
  cache.remember(key, envelope, check.envelope);
  ctx.memory.delete(key);
  ctx.see(slot, rev);
  return unseen ? { ok: true, rev, overwrote: { writer: theirs.writer, rev: theirs.rev } } : { ok: true, rev };
}
