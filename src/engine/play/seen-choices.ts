/**
 * Remembers which choices the player has taken in any playthrough, so replays
 * can mark them and skip text already read. Keys are ink's choice paths, kept
 * as one capped list per story; storage that refuses the write only means the
 * marks last until the tab closes.
 */
import type { StoragePort } from '../ports';

const LIMIT = 5000;

export interface SeenChoices {
  has(key: string): boolean;
  add(key: string): void;
}

/** `defer` runs the write later (after the passage is on screen), so marking a choice costs a click nothing. */
export function createSeenChoices(storage: StoragePort, storyId: string, defer: (work: () => void) => void = (w) => w()): SeenChoices {
  const key = `kee-seen/${storyId}`;
  const seen = new Set<string>(read(storage, key));
  let pending = false;
  const persist = () => {
    pending = false;
    try {
      storage.set(key, JSON.stringify([...seen].slice(-LIMIT)));
    } catch {
      // Kept in memory; the save store already tells the player when storage is unavailable.
    }
  };
  return {
    has: (k) => seen.has(k),
    add(k) {
      if (seen.has(k)) return;
      seen.add(k);
      if (pending) return;
      pending = true;
      defer(persist);
    },
  };
}

function read(storage: StoragePort, key: string): string[] {
  try {
    const data: unknown = JSON.parse(storage.get(key) ?? '[]');
    return Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string' && x.length < 500).slice(-LIMIT) : [];
  } catch {
    return [];
  }
}
