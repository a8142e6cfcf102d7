/**
 * Remembers which choices the player has taken in any playthrough, so replays
 * can mark them and skip text already read. Keys are ink's choice paths, kept
 * as one capped list per story; storage that refuses the write only means the
 * marks last until the tab closes. A stored list that cannot be read is kept
 * aside (beside the saves, so Saves → Kept aside lists it) before a fresh one
 * replaces it, and reported once; with no room to copy it, it is left alone
 * and the marks stay in memory.
 */
import type { StoragePort } from '../ports';

const LIMIT = 5000;

export interface SeenChoices {
  has(key: string): boolean;
  add(key: string): void;
  /** What went wrong with the stored list, once; null when nothing did or it was already said. */
  takeProblem(): string | null;
  /** Takes in the marks another tab stored since, and stores again any of this tab's its write lost. */
  refresh(): void;
}

/** `defer` runs the write later (after the passage is on screen), so marking a choice costs a click nothing. */
export function createSeenChoices(storage: StoragePort, storyId: string, defer: (work: () => void) => void = (w) => w()): SeenChoices {
  const key = `kee-seen/${storyId}`;
  const stored = read(storage, key);
  const seen = new Set<string>(stored.ok ? stored.keys : []);
  let problem: string | null = null;
  // Written over only once the damaged list is safely copied aside.
  let writable = stored.ok;
  let pending = false;
  /** Takes in the stored marks; says whether the stored list lacks any of this tab's. */
  const merge = (): boolean => {
    const now = read(storage, key);
    if (!now.ok) return false;
    for (const k of now.keys) seen.add(k);
    const stored = new Set(now.keys);
    return [...seen].slice(-LIMIT).some((k) => !stored.has(k));
  };
  const persist = () => {
    pending = false;
    if (!writable) return;
    // Another tab may have stored marks since: merge, never write over them.
    merge();
    try {
      storage.set(key, JSON.stringify([...seen].slice(-LIMIT)));
    } catch {
      // Kept in memory; the save store already tells the player when storage is unavailable.
    }
  };
  if (!stored.ok) {
    // Damage is rare: the save code that keeps it aside loads only then, never on the first screen.
    void import('../saves/save-store-io').then(({ quarantine }) => {
      const copy = quarantine(storage, `ink-save/${storyId}/seen`, stored.raw);
      writable = copy.ok;
      problem = copy.ok
        ? 'The record of choices taken before could not be read, so a fresh one was started; the old one is in Saves → Kept aside.'
        : 'The record of choices taken before could not be read, and there is no room to copy it aside; “taken before” marks last until this tab closes.';
      if (writable && seen.size > 0) persist();
    });
  }
  return {
    has: (k) => seen.has(k),
    add(k) {
      if (seen.has(k)) return;
      seen.add(k);
      if (pending) return;
      pending = true;
      defer(persist);
    },
    refresh() {
      // Two tabs writing within a few milliseconds each write over the other (each reads its own copy of storage,
      // updated a moment later): the one that hears of the other's write puts back what it lost.
      if (writable && merge() && !pending) persist();
    },
    takeProblem() {
      const p = problem;
      problem = null;
      return p;
    },
  };
}

function read(storage: StoragePort, key: string): { ok: true; keys: string[] } | { ok: false; raw: string } {
  let raw: string | null;
  try {
    raw = storage.get(key);
  } catch {
    return { ok: true, keys: [] };
  }
  if (raw === null) return { ok: true, keys: [] };
  try {
    const data: unknown = JSON.parse(raw);
    if (Array.isArray(data)) return { ok: true, keys: data.filter((x): x is string => typeof x === 'string' && x.length < 500).slice(-LIMIT) };
  } catch {}
  return { ok: false, raw };
}
