import { describe, expect, it } from 'vitest';
import type { StoragePort } from '../../../src/engine/ports';
import { encodeEnvelope, MAX_REV } from '../../../src/engine/saves/save-envelope';
import { isNewer, nextRevision } from '../../../src/engine/saves/save-revision';
import { createSaveStore } from '../../../src/engine/saves/save-store';
import { QUARANTINE_KEPT } from '../../../src/engine/saves/save-store-io';
import { fixedClock, memoryStorage, play } from './save-playthrough';

const storyId = 'Edits Fixture';
const key = (slot: string) => `ink-save/${storyId}/${slot}`;
const first = play('edits/v1.ink', 7, ['Pack the rifle.']).save(1);
const second = play('edits/v1.ink', 7, ['Pack the rifle.', 'Keep watching.']).save(2);

const setup = (storage: StoragePort = memoryStorage(), writerId = 'tab-a') => createSaveStore({ storage, storyId, clock: fixedClock(), writerId });
const quarantineKeys = (storage: ReturnType<typeof memoryStorage>) => [...storage.data.keys()].filter((k) => k.includes('~quarantine~')).sort();

describe('revisions that cannot overflow', () => {
  it('wraps from 2³¹−1 to 1, and 1 still counts as newer', () => {
    expect(nextRevision(MAX_REV)).toBe(1);
    expect(isNewer(1, MAX_REV)).toBe(true);
    expect(isNewer(MAX_REV, 1)).toBe(false);
    expect(isNewer(5, 4)).toBe(true);
    expect(isNewer(4, 4)).toBe(false);
  });

  it('writes after a save at revision 2³¹−1 and reads the result back, with nothing kept aside', () => {
    const storage = memoryStorage();
    storage.data.set(key('auto'), encodeEnvelope({ rev: MAX_REV, writer: 'old-tab', save: first }));
    const store = setup(storage);
    expect(store.read('auto')).toMatchObject({ ok: true, rev: MAX_REV });
    expect(store.write('auto', second)).toEqual({ ok: true, rev: 1 });
    expect(store.read('auto')).toMatchObject({ ok: true, from: 'storage', rev: 1, save: second });
    expect(store.write('auto', first)).toEqual({ ok: true, rev: 2 });
    expect(quarantineKeys(storage)).toEqual([]);
    // Another tab that last saw 2³¹−1 sees the wrapped copy as newer, so it is asked before replacing a manual slot.
    storage.data.set(key('slot1'), encodeEnvelope({ rev: 1, writer: 'tab-b', save: first }));
    const other = setup(storage, 'tab-c');
    storage.data.set(key('slot1~backup'), '');
    expect(other.write('slot1', second)).toMatchObject({ ok: false, problem: 'conflict' });
  });
});

describe('write, then read back', () => {
  it('keeps the previous save when the storage does not give back what it was given, and says so', () => {
    const storage = memoryStorage();
    const store = setup(storage);
    expect(store.write('slot1', first).ok).toBe(true);
    const before = storage.data.get(key('slot1'));
    // A store that cuts the new copy short (and only it): what it hands back is not what it was given.
    const lossy: StoragePort = { ...storage, set: (k, v) => storage.set(k, v.includes('"rev":2') ? v.slice(0, -10) : v) };
    const shaky = createSaveStore({ storage: lossy, storyId, clock: fixedClock(), writerId: 'tab-a' });
    shaky.read('slot1');
    expect(shaky.write('slot1', second)).toMatchObject({ ok: false, problem: 'storage-unavailable' });
    expect(storage.data.get(key('slot1'))).toBe(before);
    expect(setup(storage, 'tab-z').read('slot1')).toMatchObject({ ok: true, save: first });
    expect(shaky.read('slot1')).toMatchObject({ ok: true, from: 'memory', save: second });
  });

  it('keeps a damaged backup aside before replacing it', () => {
    const storage = memoryStorage();
    const store = setup(storage);
    store.write('auto', first);
    storage.data.set(key('auto~backup'), 'not a save');
    expect(store.write('auto', second).ok).toBe(true);
    expect(storage.data.get(key('auto~backup~quarantine~1'))).toBe('not a save');
  });
});

describe('kept-aside copies', () => {
  it(`keeps at most ${QUARANTINE_KEPT} per key, drops the oldest and says so`, () => {
    const storage = memoryStorage();
    const store = setup(storage);
    let message = '';
    for (let i = 1; i <= QUARANTINE_KEPT + 2; i++) {
      storage.data.set(key('slot2'), `garbage ${i}`);
      const read = store.read('slot2');
      message = read.ok ? '' : read.message;
    }
    expect(message).toMatch(/oldest copy kept aside for it was dropped/);
    expect(quarantineKeys(storage)).toEqual([4, 5, 3].map((n) => `${key('slot2')}~quarantine~${n}`).sort());
    expect(storage.data.get(`${key('slot2')}~quarantine~5`)).toBe(`garbage ${QUARANTINE_KEPT + 2}`);
  });

  it('says a damaged save stays where it is when there is no room to copy it, and stores the new save once room is made', () => {
    const storage = memoryStorage();
    const store = setup(storage);
    storage.data.set(key('auto'), 'x'.repeat(5000));
    storage.capacity = 6000;
    const read = store.read('auto');
    expect(read).toMatchObject({ ok: false, problem: 'damaged' });
    expect(read.ok ? '' : read.message).toMatch(/no room to copy it aside, so it stays where it is/);
    expect(read.ok ? '' : read.message).not.toMatch(/has been kept aside/);
    expect(storage.data.get(key('auto'))).toHaveLength(5000);
    expect(store.write('auto', first)).toMatchObject({ ok: false, problem: 'quota' });
    expect(storage.data.get(key('auto'))).toHaveLength(5000);
    storage.remove(key('auto'));
    expect(store.retryPending()).toBe(0);
    expect(setup(storage, 'tab-z').read('auto')).toMatchObject({ ok: true, save: first });
  });
});
