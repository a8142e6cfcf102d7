/**
 * Careful access to a StoragePort for the save store. localStorage throws
 * when it is full, switched off or forbidden (private modes, sandboxed
 * frames); every call here catches that and names the problem, so the store
 * can carry on in memory instead of losing the player's progress.
 */
import type { StoragePort } from '../ports';

export type StorageProblem = 'storage-unavailable' | 'quota';

export type IoResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** Browsers name a full store differently (QuotaExceededError, Firefox's NS_ERROR_DOM_QUOTA_REACHED, old codes 22 and 1014). */
export function classifyStorageError(err: unknown): StorageProblem {
  if (typeof err === 'object' && err !== null) {
    const { name, message, code } = err as { name?: unknown; message?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'quota';
    if (typeof message === 'string' && /quota/i.test(message)) return 'quota';
  }
  return 'storage-unavailable';
}

function guard<T>(action: () => T): IoResult<T> {
  try {
    return { ok: true, value: action() };
  } catch (err) {
    return { ok: false, problem: classifyStorageError(err) };
  }
}

export const tryGet = (storage: StoragePort, key: string) => guard(() => storage.get(key));
export const trySet = (storage: StoragePort, key: string, value: string) => guard(() => storage.set(key, value));
export const tryRemove = (storage: StoragePort, key: string) => guard(() => storage.remove(key));
export const tryKeys = (storage: StoragePort) => guard(() => storage.keys());

export const QUARANTINE_MARK = '~quarantine~';

/** How many kept-aside copies of one key are kept; past that the oldest is dropped (and the caller says so). */
export const QUARANTINE_KEPT = 3;

/**
 * Keeps a value that could not be read under a fresh quarantine key beside
 * `key`, never over an earlier one (numbers only count up), so the player (or
 * a bug report) can still get at it. At most `QUARANTINE_KEPT` copies per key
 * stay: the oldest beyond that are dropped, and `dropped` says how many.
 * Returns the quarantine key.
 */
export function quarantine(
  storage: StoragePort,
  key: string,
  raw: string,
): { ok: true; value: string; dropped: number } | { ok: false; problem: StorageProblem } {
  const keys = tryKeys(storage);
  if (!keys.ok) return keys;
  const prefix = `${key}${QUARANTINE_MARK}`;
  const taken = keys.value
    .filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)))
    .map((k) => Number(k.slice(prefix.length)))
    .sort((a, b) => a - b);
  const next = `${prefix}${(taken.at(-1) ?? 0) + 1}`;
  const set = trySet(storage, next, raw);
  if (!set.ok) return set;
  let dropped = 0;
  for (const n of taken.slice(0, Math.max(0, taken.length + 1 - QUARANTINE_KEPT))) if (tryRemove(storage, `${prefix}${n}`).ok) dropped++;
  return { ok: true, value: next, dropped };
}
