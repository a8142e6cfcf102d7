/**
 * The browser's StoragePort over localStorage. Getting at localStorage can
 * itself throw (privacy modes, sandboxed frames), so the port is built lazily
 * and every failure surfaces as an exception the engine already handles,
 * never as a crash at start-up.
 */
import type { StoragePort } from '../engine/ports';

export function createLocalStorage(prefix = ''): StoragePort {
  const store = (): Storage => {
    const s = globalThis.localStorage;
    if (!s) throw new Error('localStorage is not available');
    return s;
  };
  return {
    get: (key) => store().getItem(prefix + key),
    set: (key, value) => store().setItem(prefix + key, value),
    remove: (key) => store().removeItem(prefix + key),
    keys() {
      const s = store();
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k?.startsWith(prefix)) out.push(k.slice(prefix.length));
      }
      return out;
    },
  };
}

/** A StoragePort that keeps everything in memory: for tests, and when the browser offers no storage. */
export function createMemoryStorage(): StoragePort {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}
