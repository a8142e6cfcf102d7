/**
 * Damaged settings are treated like any damaged record: kept aside before
 * anything is stored over them, listed in Saves → Kept aside, and reported
 * once (the save store keeps them aside when it loads, with the first save).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, saveSettings } from '../../../src/engine/play/settings';
import type { StoragePort } from '../../../src/engine/ports';
import { createSaveStore } from '../../../src/engine/saves/save-store';
import { SETTINGS_PROBLEM } from '../../../src/engine/saves/settings-aside';
import { SETTINGS_KEY as ASIDE_SETTINGS_KEY } from '../../../src/engine/saves/settings-damage';
import { createMemoryStorage } from '../../../src/platform/local-storage';

const clock = { now: () => 1_700_000_000_000 };
const cutShort = '{"textSize":"large","theme":"sep';

function storageHolding(settings: string) {
  const storage = createMemoryStorage();
  storage.set(SETTINGS_KEY, settings);
  return storage;
}

const storeOver = (storage: StoragePort) => createSaveStore({ storage, storyId: 'S', clock });

describe('settings that cannot be read', () => {
  it('are kept aside, word for word, before new settings are stored over them', () => {
    const storage = storageHolding(cutShort);
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    const light = { ...DEFAULT_SETTINGS, theme: 'light' as const };
    // Until the saves load (with the first autosave), the damaged settings stay, and nothing is stored over them.
    expect(saveSettings(storage, light)).toBe(false);
    expect(storage.get(SETTINGS_KEY)).toBe(cutShort);
    const store = storeOver(storage);
    expect(store.takeProblems()).toEqual([SETTINGS_PROBLEM]);
    expect(saveSettings(storage, light)).toBe(true);
    expect(loadSettings(storage)).toEqual(light);
    const kept = store.quarantined();
    expect(kept).toEqual([expect.objectContaining({ what: 'your settings', problem: expect.stringMatching(/cut short or garbled/), inPlace: false })]);
    expect(store.keptAsideText(kept[0]?.key ?? '')).toBe(cutShort);
  });

  it('are looked for under the key the settings are stored under', () => {
    expect(ASIDE_SETTINGS_KEY).toBe(SETTINGS_KEY);
  });

  it('are reported once, with where to find them, when the saves load', () => {
    const storage = storageHolding('not json at all');
    expect(storeOver(storage).takeProblems()).toEqual([SETTINGS_PROBLEM]);
    expect(storage.get(SETTINGS_KEY)).toBeNull();
    expect(storeOver(storage).takeProblems()).toEqual([]);
    expect(
      storeOver(storage)
        .quarantined()
        .map((k) => k.what),
    ).toEqual(['your settings']);
  });

  it('can be deleted from Kept aside on the player’s say-so', () => {
    const storage = storageHolding('[1,2,3]');
    const store = storeOver(storage);
    store.takeProblems();
    const [kept] = store.quarantined();
    expect(store.discardQuarantined(kept?.key ?? '')).toBe(true);
    expect(store.quarantined()).toEqual([]);
  });

  it('are never written over when there is no room to keep them aside', () => {
    const storage = storageHolding(cutShort);
    const full: StoragePort = { ...storage, set: (key, value) => (key === SETTINGS_KEY ? storage.set(key, value) : quotaExceeded()) };
    expect(storeOver(full).takeProblems()).toEqual([]);
    expect(saveSettings(full, DEFAULT_SETTINGS)).toBe(false);
    expect(storage.get(SETTINGS_KEY)).toBe(cutShort);
  });

  it('leaves readable settings, and one bad field among good ones, where they are', () => {
    const storage = storageHolding('{"theme":"light","textSize":"enormous"}');
    expect(loadSettings(storage)).toMatchObject({ theme: 'light', textSize: 'medium' });
    expect(storeOver(storage).takeProblems()).toEqual([]);
    expect(storage.get(SETTINGS_KEY)).toBe('{"theme":"light","textSize":"enormous"}');
  });
});

function quotaExceeded(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
