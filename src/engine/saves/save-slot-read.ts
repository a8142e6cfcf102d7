/**
 * Reading one save slot: a save waiting in memory first, then the stored
 * copy, then its backup when the copy does not read. A copy that does not
 * read is set aside (save-kept-aside.ts) before anything else can touch its
 * key, and the reader is told which copy they got. Also what another tab
 * stored in a slot since this one last looked.
 */
import { decodeEnvelope } from './save-envelope';
import type { Save, SaveLabel } from './save-format';
import { isNewer } from './save-revision';
import { type SlotContext, slotTitle, storageMessage } from './save-slot-context';
import { tryGet } from './save-store-io';

export type ReadResult =
  | { ok: true; save: Save; from: 'storage' | 'backup' | 'memory'; rev: number; writer: string; warning?: string }
  | { ok: false; problem: 'empty' | 'damaged' | 'storage-unavailable'; message: string };

export function readSlot(ctx: SlotContext, slot: string): ReadResult {
  const { storage, cache, keptAside, memory, me } = ctx;
  const key = ctx.keyOf(slot);
  const pending = memory.get(key);
  const fromMemory = pending === undefined ? null : decodeEnvelope(pending, ctx.storyId);
  if (fromMemory?.ok) return { ok: true, save: fromMemory.envelope.save, from: 'memory', rev: fromMemory.envelope.rev, writer: me };
  const got = tryGet(storage, key);
  if (!got.ok) return { ok: false, problem: 'storage-unavailable', message: storageMessage(got.problem) };
  if (got.value === null) return readBackup(ctx, slot, null);
  const main = cache.decode(key, got.value);
  if (main.ok) {
    ctx.see(slot, main.envelope.rev);
    return { ok: true, save: main.envelope.save, from: 'storage', rev: main.envelope.rev, writer: main.envelope.writer };
  }
  // Set the bad copy aside before anything else can touch the key; only then is removing it safe.
  const aside = keptAside.setAside(key, got.value);
  return readBackup(ctx, slot, `${slotTitle(slot)} could not be read: ${main.problem} ${aside.sentence}`);
}

function readBackup(ctx: SlotContext, slot: string, warning: string | null): ReadResult {
  const key = `${ctx.keyOf(slot)}~backup`;
  const got = tryGet(ctx.storage, key);
  if (!got.ok) return { ok: false, problem: 'storage-unavailable', message: storageMessage(got.problem) };
  if (got.value === null)
    return warning ? { ok: false, problem: 'damaged', message: warning } : { ok: false, problem: 'empty', message: `${slotTitle(slot)} is empty.` };
  const backup = ctx.cache.decode(key, got.value);
  if (backup.ok) {
    const { rev, writer, save } = backup.envelope;
    return {
      ok: true,
      save,
      from: 'backup',
      rev,
      writer,
      warning: warning ?? `The latest save in ${slotTitle(slot).toLowerCase()} could not be read; this is the one before it.`,
    };
  }
  const aside = ctx.keptAside.setAside(key, got.value);
  return { ok: false, problem: 'damaged', message: warning ?? `${slotTitle(slot)} could not be read: ${backup.problem} ${aside.sentence}` };
}

/** What the store tells of a copy another tab stored. */
export interface ElsewhereCopy {
  writer: string;
  rev: number;
  savedAt: number;
  label: SaveLabel;
  seed: number;
  log: number[];
}

/** The copy in `slot` another tab stored since this one last looked, or null; looking does not count as having seen it. */
export function newerElsewhere(ctx: SlotContext, slot: string): ElsewhereCopy | null {
  const key = ctx.keyOf(slot);
  const got = tryGet(ctx.storage, key);
  if (!got.ok || got.value === null) return null;
  const stored = ctx.cache.decode(key, got.value);
  if (!stored.ok || stored.envelope.writer === ctx.me) return null;
  const last = ctx.seen.get(slot);
  if (last !== undefined && !isNewer(stored.envelope.rev, last)) return null;
  const { writer, rev, save } = stored.envelope;
  return { writer, rev, savedAt: save.savedAt, label: save.label, seed: save.seed, log: save.log };
}
