/**
 * Damaged settings are treated like any damaged record: kept aside before
 * anything writes over them, listed in Saves → Kept aside, and reported once.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, saveSettings } from '../../../src/engine/play/settings';
import { createSaveStore } from '../../../src/engine/saves/save-store';
import { SETTINGS_PROBLEM } from '../../../src/engine/saves/settings-aside';
import { createMemoryStorage } from '../../../src/platform/local-storage';

const clock = { now: () => 1_700_000_000_000 };
const cutShort = '{"textSize":"large","theme":"sep';

function storageHolding(settings: string) {
  const storage = createMemoryStorage();
  storage.set(SETTINGS_KEY, settings);
  return storage;
}

describe('settings that cannot be read', () => {
  it('are kept aside, word for word, before new settings are stored over them', () => {
    const storage = storageHolding(cutShort);
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(saveSettings(storage, { ...DEFAULT_SETTINGS, theme: 'light' })).toBe(true);
    const store = createSaveStore({ storage, storyId: 'S', clock });
    const kept = store.quarantined();
    expect(kept).toEqual([expect.objectContaining({ what: 'your settings', problem: expect.stringMatching(/cut short or garbled/), inPlace: false })]);
    expect(store.keptAsideText(kept[0]?.key ?? '')).toBe(cutShort);
  });

  it('are reported once, with where to find them', () => {
    const storage = storageHolding('not json at all');
    loadSettings(storage);
    const store = createSaveStore({ storage, storyId: 'S', clock });
    expect(store.takeProblems()).toEqual([SETTINGS_PROBLEM]);
    expect(store.takeProblems()).toEqual([]);
    expect(createSaveStore({ storage, storyId: 'S', clock }).takeProblems()).toEqual([]);
  });

  it('can be deleted from Kept aside on the player’s say-so', () => {
    const storage = storageHolding('[1,2,3]');
    loadSettings(storage);
    const store = createSaveStore({ storage, storyId: 'S', clock });
    const [kept] = store.quarantined();
    expect(store.discardQuarantined(kept?.key ?? '')).toBe(true);
    expect(store.quarantined()).toEqual([]);
  });

  it('are never written over when there is no room to keep them aside', () => {
    const storage = storageHolding(cutShort);
    const full = { ...storage, set: (key: string, value: string) => (key === SETTINGS_KEY ? storage.set(key, value) : fail()) };
    loadSettings(full);
    expect(saveSettings(full, DEFAULT_SETTINGS)).toBe(false);
    expect(storage.get(SETTINGS_KEY)).toBe(cutShort);
  });

  it('leaves readable settings, and one bad field among good ones, where they are', () => {
    const storage = storageHolding('{"theme":"light","textSize":"enormous"}');
    expect(loadSettings(storage)).toMatchObject({ theme: 'light', textSize: 'medium' });
    expect(storage.get(SETTINGS_KEY)).toBe('{"theme":"light","textSize":"enormous"}');
    expect(createSaveStore({ storage, storyId: 'S', clock }).quarantined()).toEqual([]);
  });
});

function fail(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
