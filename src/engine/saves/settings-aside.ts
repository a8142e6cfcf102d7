/**
 * Damaged settings are kept aside like any record: the player's settings
 * (`kee:settings`, shared by every story on the origin) that do not read are
 * copied under a kept-aside key before anything writes over them, listed in
 * Saves → Kept aside beside the story's own records, and reported once. This
 * file has no imports, so the first screen's settings code can use it for
 * almost nothing; the save store (loaded later) lists and reports.
 */
import type { StoragePort } from '../ports';

export const SETTINGS_ASIDE_PREFIX = 'kee:settings~quarantine~';
/** Holds the key of a copy kept aside and not yet told to the player. */
const UNREPORTED = 'kee:settings~unreported';

export const SETTINGS_PROBLEM =
  'Your settings could not be read (they were cut short or garbled), so the defaults are in use; the old ones are in Saves → Kept aside.';

/** Copies damaged settings text aside under a fresh key; false when storage would not take it (then nothing may write over it). */
export function keepSettingsAside(storage: StoragePort, raw: string): boolean {
  try {
    const taken = new Set(storage.keys());
    let n = 1;
    while (taken.has(`${SETTINGS_ASIDE_PREFIX}${n}`)) n++;
    storage.set(`${SETTINGS_ASIDE_PREFIX}${n}`, raw);
    storage.set(UNREPORTED, `${SETTINGS_ASIDE_PREFIX}${n}`);
    return true;
  } catch {
    return false;
  }
}

/** The sentence for settings kept aside since last asked, once; null when there is nothing to tell. */
export function takeSettingsProblem(storage: StoragePort): string | null {
  try {
    if (storage.get(UNREPORTED) === null) return null;
    storage.remove(UNREPORTED);
    return SETTINGS_PROBLEM;
  } catch {
    return null;
  }
}
