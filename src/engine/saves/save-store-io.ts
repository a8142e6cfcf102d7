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

/**
 * Keeps a value that could not be read under a fresh quarantine key beside
 * `key`, never over an earlier one, so the player (or a bug report) can still
 * get at it. Returns the quarantine key.
 */
export function quarantine(storage: StoragePort, key: string, raw: string): IoResult<string> {
  const keys = tryKeys(storage);
  if (!keys.ok) return keys;
  const prefix = `${key}${QUARANTINE_MARK}`;
  const taken = new Set(keys.value.filter((k) => k.startsWith(prefix)));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  const set = trySet(storage, `${prefix}${n}`, raw);
  return set.ok ? { ok: true, value: `${prefix}${n}` } : set;
}
