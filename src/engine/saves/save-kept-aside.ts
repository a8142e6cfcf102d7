/**
 * What the save store does with a stored value that no longer reads: copies
 * it aside under a quarantine key before its own key is touched, lists what
 * was kept aside (and what is damaged where it stands, when there was no room
 * to copy it) with the reason each was refused, and deletes one only when the
 * player asks. Nothing unreadable is ever overwritten or dropped unasked.
 */
import type { StoragePort } from '../ports';
import type { DecodeCache } from './save-decode-cache';
import { decodeEndings } from './save-endings';
import { QUARANTINE_MARK, quarantine, tryGet, tryKeys, tryRemove } from './save-store-io';
import { SETTINGS_ASIDE_PREFIX } from './settings-aside';

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

export interface KeptAsideOptions {
  storage: StoragePort;
  /** The story's key prefix ("ink-save/<story>/"): only keys under it are listed or deleted. */
  base: string;
  cache: DecodeCache;
  /** The keys whose values, when damaged and never copied aside, are listed where they stand. */
  ownKeys: () => string[];
}

export function createKeptAside({ storage, base, cache, ownKeys }: KeptAsideOptions) {
  /** Why a stored value does not read, or null when it does. */
  const problemOf = (key: string, text: string): string | null => {
    if (key.startsWith(SETTINGS_ASIDE_PREFIX)) return 'Your settings could not be read: they were cut short or garbled.';
    const rest = key.slice(base.length);
    if (rest.startsWith('seen')) return 'The record of choices taken before could not be read.';
    const decoded = rest.startsWith('endings') ? decodeEndings(text) : cache.decode(key, text);
    return decoded.ok ? null : decoded.problem;
  };
  // The story's own keys, and the player's settings kept aside (shared by every story on the origin).
  const ours = (key: string) => key.startsWith(base) || key.startsWith(SETTINGS_ASIDE_PREFIX);
  const entry = (key: string, text: string, problem: string, inPlace: boolean): KeptAside => ({
    key,
    what: key.startsWith(SETTINGS_ASIDE_PREFIX) ? 'your settings' : keptAsideName(key.slice(base.length)),
    problem,
    size: text.length,
    inPlace,
  });

  return {
    problemOf,

    /** Copies a value that does not read aside, then clears its key. Says what happened, for the message. */
    setAside(key: string, raw: string): { kept: boolean; sentence: string } {
      cache.forget(key);
      const copy = quarantine(storage, key, raw);
      if (!copy.ok)
        return {
          kept: false,
          sentence: 'There is no room to copy it aside, so it stays where it is: Saves → Kept aside can export it, or delete it to free the room it takes.',
        };
      tryRemove(storage, key);
      return {
        kept: true,
        sentence: copy.dropped ? 'It has been kept aside (the oldest copy kept aside for it was dropped to make room).' : 'It has been kept aside.',
      };
    },

    /** Values set aside as unreadable, with the reason each was refused; damaged values with no room to copy them, where they are. */
    list(): KeptAside[] {
      const keys = tryKeys(storage);
      if (!keys.ok) return [];
      const aside = keys.value
        .filter((k) => (k.startsWith(base) && k.includes(QUARANTINE_MARK)) || k.startsWith(SETTINGS_ASIDE_PREFIX))
        .map((key) => {
          const raw = tryGet(storage, key);
          const text = raw.ok ? (raw.value ?? '') : '';
          return entry(key, text, problemOf(key, text) ?? 'It reads now; it was set aside earlier.', false);
        });
      const inPlace = ownKeys().flatMap((key) => {
        const raw = tryGet(storage, key);
        if (!raw.ok || raw.value === null) return [];
        const problem = problemOf(key, raw.value);
        return problem === null ? [] : [entry(key, raw.value, problem, true)];
      });
      return [...inPlace, ...aside];
    },

    /** The stored text of a kept-aside value (or one damaged in place), as it is, for export. */
    text(key: string): string | null {
      if (!ours(key)) return null;
      const got = tryGet(storage, key);
      return got.ok ? got.value : null;
    },

    /** Deletes a quarantined value, or a damaged one in place, only ever on the player's say-so. */
    discard(key: string): boolean {
      if (!ours(key)) return false;
      if (!key.includes(QUARANTINE_MARK)) {
        const got = tryGet(storage, key);
        if (!got.ok || got.value === null || problemOf(key, got.value) === null) return false;
        cache.forget(key);
      }
      return tryRemove(storage, key).ok;
    },
  };
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
