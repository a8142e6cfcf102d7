/**
 * Damaged settings are kept aside like any record: the player's settings
 * (`kee:settings`, shared by every story on the origin) that do not read are
 * copied under a kept-aside key before anything writes over them, listed in
 * Saves → Kept aside beside the story's own records, and reported once.
 * The save store (loaded with the first autosave) keeps them aside, lists
 * them and reports them; until then play/settings.ts refuses to store
 * settings over damaged ones.
 */
import type { StoragePort } from '../ports';
import { SETTINGS_KEY, settingsDamaged } from './settings-damage';

export const SETTINGS_ASIDE_PREFIX = 'kee:settings~quarantine~';
/** Holds the key of a copy kept aside and not yet told to the player. */
const UNREPORTED = 'kee:settings~unreported';

export const SETTINGS_PROBLEM =
  'Your settings could not be read (they were cut short or garbled), so the defaults are in use; the old ones are in Saves → Kept aside.';

/**
 * Copies damaged settings aside under a fresh key and clears theirs, so new
 * settings can be stored; true when there is nothing damaged left in the way,
 * false when storage would not take the copy (then nothing may write over it).
 */
export function keepSettingsAside(storage: StoragePort): boolean {
  try {
    const raw = storage.get(SETTINGS_KEY);
    if (raw === null || !settingsDamaged(raw)) return true;
    const taken = new Set(storage.keys());
    let n = 1;
    while (taken.has(`${SETTINGS_ASIDE_PREFIX}${n}`)) n++;
    storage.set(`${SETTINGS_ASIDE_PREFIX}${n}`, raw);
    storage.set(UNREPORTED, `${SETTINGS_ASIDE_PREFIX}${n}`);
    storage.remove(SETTINGS_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Keeps damaged settings aside if they are still in place, then the sentence for any kept since last asked, once. */
export function takeSettingsProblem(storage: StoragePort): string | null {
  keepSettingsAside(storage);
  try {
    if (storage.get(UNREPORTED) === null) return null;
    storage.remove(UNREPORTED);
    return SETTINGS_PROBLEM;
  } catch {
    return null;
  }
}
