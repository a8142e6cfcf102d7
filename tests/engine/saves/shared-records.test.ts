/**
 * Records every tab shares (the endings reached, the choices taken before)
 * survive two tabs writing at once. Browsers give each tab its own copy of
 * storage and bring it up to date a moment after another tab writes (then
 * fire a storage event), so two writes a few milliseconds apart each start
 * from a copy without the other's: modelled here by two lagging views of one
 * store, brought up to date only when the test delivers the event.
 */
import { describe, expect, it } from 'vitest';
import { createSeenChoices } from '../../../src/engine/play/seen-choices';
import type { StoragePort } from '../../../src/engine/ports';
import { createSaveStore } from '../../../src/engine/saves/save-store';

/** One origin's storage as two tabs see it: writes land in the shared store at once, reads see a tab's copy until `deliver`. */
function twoTabs() {
  const shared = new Map<string, string>();
  const tab = (): StoragePort & { deliver(): void } => {
    let copy = new Map(shared);
    return {
      get: (key) => copy.get(key) ?? null,
      set: (key, value) => {
        copy.set(key, value);
        shared.set(key, value);
      },
      remove: (key) => {
        copy.delete(key);
        shared.delete(key);
      },
      keys: () => [...copy.keys()],
      deliver: () => {
        copy = new Map(shared);
      },
    };
  };
  return { shared, a: tab(), b: tab(), fresh: () => tab() };
}

const clock = { now: () => 1_700_000_000_000 };

describe('records two tabs write at once', () => {
  it('counts both tabs’ endings when each reached one within a few milliseconds', () => {
    const { a, b, fresh } = twoTabs();
    const storeA = createSaveStore({ storage: a, storyId: 'S', clock, writerId: 'a' });
    const storeB = createSaveStore({ storage: b, storyId: 'S', clock, writerId: 'b' });
    storeA.recordEnding('victory');
    storeB.recordEnding('retreat'); // B has not yet seen A's write: it writes over it
    // The storage events arrive, and each tab looks again.
    a.deliver();
    storeA.refreshShared();
    b.deliver();
    storeB.refreshShared();
    const later = createSaveStore({ storage: fresh(), storyId: 'S', clock, writerId: 'c' });
    expect(Object.keys(later.endings()).sort()).toEqual(['retreat', 'victory']);
  });

  it('writes nothing back when the stored record already holds every ending this tab reached', () => {
    const { a, b, shared } = twoTabs();
    const storeA = createSaveStore({ storage: a, storyId: 'S', clock, writerId: 'a' });
    storeA.recordEnding('victory');
    b.deliver();
    const storeB = createSaveStore({ storage: b, storyId: 'S', clock, writerId: 'b' });
    storeB.recordEnding('retreat');
    const written = shared.get('ink-save/S/endings');
    a.deliver();
    storeA.refreshShared();
    expect(shared.get('ink-save/S/endings')).toBe(written);
  });

  it('keeps both tabs’ “taken before” marks when each took a choice at once', () => {
    const { a, b, fresh } = twoTabs();
    const seenA = createSeenChoices(a, 'S');
    const seenB = createSeenChoices(b, 'S');
    seenA.add('ridge.0.c-0');
    seenB.add('ridge.0.c-1');
    a.deliver();
    seenA.refresh();
    b.deliver();
    seenB.refresh();
    const later = createSeenChoices(fresh(), 'S');
    expect([later.has('ridge.0.c-0'), later.has('ridge.0.c-1')]).toEqual([true, true]);
  });
});
