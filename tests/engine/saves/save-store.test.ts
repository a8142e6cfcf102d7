import { describe, expect, it } from 'vitest';
import { createSaveStore } from '../../../src/engine/saves/save-store';
import { fixedClock, memoryStorage, play } from './save-playthrough';

const storyId = 'Edits Fixture';
const saveAt = (turns: string[], now = 1) => play('edits/v1.ink', 7, turns).save(now);
const first = saveAt(['Pack the rifle.'], 1);
const second = saveAt(['Pack the rifle.', 'Keep watching.'], 2);
const third = saveAt(['Eat something.'], 3);

function setup(storage = memoryStorage(), writerId = 'tab-a') {
  const clock = fixedClock();
  return { storage, clock, store: createSaveStore({ storage, storyId, clock, writerId }) };
}

describe('the save store', () => {
  it('writes a save to a slot and reads it back', () => {
    const { store } = setup();
    expect(store.write('slot2', first)).toEqual({ ok: true, rev: 1 });
    const read = store.read('slot2');
    expect(read.ok && read.save).toEqual(first);
    expect(store.list().map((s) => s.state)).toEqual(['empty', 'empty', 'ok', 'empty']);
    expect(store.slots).toEqual(['auto', 'slot1', 'slot2', 'slot3']);
  });

  it('keeps the previous save as a backup and reads it when the latest is damaged', () => {
    const { store, storage } = setup();
    store.write('auto', first);
    store.write('auto', second);
    storage.data.set('ink-save/Edits Fixture/auto', '{"v":1,"rev":3,"wri');
    const read = store.read('auto');
    expect(read.ok && read.from).toBe('backup');
    expect(read.ok && read.save).toEqual(first);
    expect(read.ok && read.warning).toBe(
      'The autosave could not be read: This save is damaged: it ends early or is not a save at all. It has been kept aside.',
    );
  });

  it('keeps a damaged save aside, word for word, and never over an earlier one', () => {
    const { store, storage } = setup();
    storage.data.set('ink-save/Edits Fixture/slot1', 'garbage one');
    store.read('slot1');
    storage.data.set('ink-save/Edits Fixture/slot1', 'garbage two');
    expect(store.write('slot1', first).ok).toBe(true);
    expect(storage.data.get('ink-save/Edits Fixture/slot1~quarantine~1')).toBe('garbage one');
    expect(storage.data.get('ink-save/Edits Fixture/slot1~quarantine~2')).toBe('garbage two');
    expect(store.quarantined().map((q) => q.key)).toEqual(['ink-save/Edits Fixture/slot1~quarantine~1', 'ink-save/Edits Fixture/slot1~quarantine~2']);
    expect(store.discardQuarantined('ink-save/Edits Fixture/slot1~quarantine~1')).toBe(true);
    expect(store.quarantined()).toHaveLength(1);
  });

  it('reports a full storage and keeps the save in memory until there is room', () => {
    const { store, storage } = setup();
    store.write('slot1', first);
    storage.mode = 'quota';
    const result = store.write('slot1', second);
    expect(result).toMatchObject({ ok: false, problem: 'quota' });
    const read = store.read('slot1');
    expect(read.ok && read.from).toBe('memory');
    expect(read.ok && read.save).toEqual(second);
    storage.mode = 'ok';
    expect(store.retryPending()).toBe(0);
    expect(createSaveStore({ storage, storyId, clock: fixedClock() }).read('slot1')).toMatchObject({ ok: true, save: second });
  });

  it('never leaves the previous save unreadable when a write runs out of room', () => {
    const { store, storage } = setup();
    store.write('slot1', first);
    storage.capacity = [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100;
    expect(store.write('slot1', second)).toMatchObject({ ok: false, problem: 'quota' });
    expect(createSaveStore({ storage, storyId, clock: fixedClock() }).read('slot1')).toMatchObject({ ok: true, save: first });
  });

  it('keeps working in memory when storage is switched off', () => {
    const { store, storage } = setup();
    storage.mode = 'unavailable';
    expect(store.write('auto', first)).toMatchObject({ ok: false, problem: 'storage-unavailable' });
    expect(store.read('auto')).toMatchObject({ ok: true, from: 'memory', save: first });
    expect(store.read('slot1')).toMatchObject({ ok: false, problem: 'storage-unavailable' });
    expect(store.recordEnding('left')).toMatchObject({ ok: false, problem: 'storage-unavailable' });
    expect(store.endings().left?.count).toBe(1);
  });

  it('refuses a save that would not read back', () => {
    const { store } = setup();
    expect(store.write('slot1', { ...first, log: [2, 2] })).toMatchObject({ ok: false, problem: 'invalid' });
    expect(() => store.write('slot9', first)).toThrow(/no save slot/);
  });
});

describe('the save store with two tabs open', () => {
  const twoTabs = () => {
    const shared = memoryStorage();
    return { shared, a: setup(shared, 'tab-a').store, b: setup(shared, 'tab-b').store };
  };

  it('will not overwrite a manual slot saved in another tab unless told to', () => {
    const { a, b } = twoTabs();
    a.list();
    b.write('slot1', first);
    const result = a.write('slot1', second);
    expect(result).toMatchObject({ ok: false, problem: 'conflict', theirs: { writer: 'tab-b', rev: 1, label: first.label } });
    expect(a.write('slot1', second, { force: true })).toEqual({ ok: true, rev: 2, overwrote: { writer: 'tab-b', rev: 1 } });
  });

  it('lets the autosave win but keeps the other tab’s save as the backup', () => {
    const { a, b, shared } = twoTabs();
    a.write('auto', first);
    b.write('auto', third);
    expect(a.write('auto', second)).toEqual({ ok: true, rev: 3, overwrote: { writer: 'tab-b', rev: 2 } });
    shared.data.delete('ink-save/Edits Fixture/auto');
    expect(a.read('auto')).toMatchObject({ ok: true, from: 'backup', save: third });
  });

  it('counts endings from both tabs in one record of its own', () => {
    const { a, b, shared } = twoTabs();
    a.recordEnding('left');
    b.recordEnding('right');
    a.recordEnding('left');
    expect(Object.fromEntries(Object.entries(b.endings()).map(([id, e]) => [id, e.count]))).toEqual({ left: 2, right: 1 });
    expect([...shared.data.keys()]).toEqual(['ink-save/Edits Fixture/endings']);
  });

  it('sets a damaged endings record aside and starts a fresh one', () => {
    const { a, shared } = twoTabs();
    shared.data.set('ink-save/Edits Fixture/endings', '{"v":1,"endings":{"left":{"count":-4}}}');
    expect(a.recordEnding('left')).toMatchObject({ ok: true, endings: { left: { count: 1 } } });
    expect(a.quarantined()).toMatchObject([
      { key: 'ink-save/Edits Fixture/endings~quarantine~1', problem: 'The endings record is damaged: the count for left (-4) is outside 1–1000000000.' },
    ]);
  });
});
