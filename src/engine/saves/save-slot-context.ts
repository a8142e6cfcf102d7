/**
 * What reading and writing one save slot share (save-slot-read.ts,
 * save-slot-write.ts): the storage, this tab's id, the newest revision it has
 * seen per slot (how two tabs notice each other, save-revision.ts), the saves
 * waiting in memory because storage refused them, and the player's words for
 * slots and storage problems.
 */
import type { StoragePort } from '../ports';
import type { DecodeCache } from './save-decode-cache';
import type { createKeptAside } from './save-kept-aside';
import type { StorageProblem } from './save-store-io';

export interface SlotContext {
  storage: StoragePort;
  storyId: string;
  /** This tab's writer id. */
  me: string;
  keyOf(slot: string): string;
  cache: DecodeCache;
  keptAside: ReturnType<typeof createKeptAside>;
  /** The newest revision this tab has seen per slot; none means it has never looked. */
  seen: Map<string, number>;
  see(slot: string, rev: number): void;
  /** Envelopes storage refused, by key: reads find them, and a later write or retry stores them. */
  memory: Map<string, string>;
}

/** "The autosave", "Slot 2": a slot as a sentence starts with it. */
export function slotTitle(slot: string): string {
  return slot === 'auto' ? 'The autosave' : `Slot ${slot.slice(4)}`;
}

/**
 * What a refused write means for the reader. Saves can only delete this game's own records, and other data may be
 * what fills the storage, so the sentence promises room from Saves only when those records are what take it.
 */
export function storageMessage(problem: StorageProblem): string {
  return problem === 'quota'
    ? 'The browser’s storage is full, so this save is kept only until you close the tab. If this game’s saves are what fill it, deleting some in Saves makes room; Saves → Export to file keeps a copy either way.'
    : 'This browser is not letting the game store saves (storage is off or blocked), so your progress is kept only until you close the tab. Saves → Export to file keeps a copy.';
}
