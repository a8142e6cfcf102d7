import { describe, expect, it } from 'vitest';
import { createSeenChoices } from '../../../src/engine/play/seen-choices';
import { encodeEnvelope } from '../../../src/engine/saves/save-envelope';
import { createSaveStore } from '../../../src/engine/saves/save-store';
import { newGameFor } from '../../support/game';
import { fixedClock, memoryStorage, play } from './save-playthrough';

const storyId = 'Edits Fixture';
const key = (rest: string) => `ink-save/${storyId}/${rest}`;
const first = play('edits/v1.ink', 7, ['Pack the rifle.']).save(1);
const setup = (storage = memoryStorage()) => createSaveStore({ storage, storyId, clock: fixedClock(), writerId: 'tab-a' });

describe('kept aside', () => {
  it('lists every value set aside with what it was, what was wrong and its size, and exports it word for word', () => {
    const storage = memoryStorage();
    const store = setup(storage);
    storage.data.set(key('slot2'), 'garbage');
    storage.data.set(key('endings'), '{"v":1,"endings":{"x":{"count":-1}}}');
    store.read('slot2');
    store.endings();
    const items = store.quarantined();
    expect(items.map((i) => [i.what, i.size, i.inPlace])).toEqual([
      ['slot 2', 7, false],
      ['the endings record', 36, false],
    ]);
    expect(items[0]?.problem).toMatch(/damaged/);
    expect(store.keptAsideText(items[0]?.key ?? '')).toBe('garbage');
    expect(store.discardQuarantined(items[0]?.key ?? '')).toBe(true);
    expect(store.quarantined()).toHaveLength(1);
  });

  it('lists a damaged value still in place when there was no room to copy it, and deleting it lets the waiting save in', () => {
    const storage = memoryStorage();
    const store = setup(storage);
    storage.data.set(key('auto'), 'x'.repeat(5000));
    storage.capacity = 6000;
    store.read('auto');
    expect(store.write('auto', first)).toMatchObject({ ok: false, problem: 'quota' });
    const [item] = store.quarantined();
    expect(item).toMatchObject({ key: key('auto'), what: 'the autosave', inPlace: true, size: 5000 });
    expect(store.discardQuarantined(key('auto'))).toBe(true);
    expect(store.retryPending()).toBe(0);
    expect(store.quarantined()).toEqual([]);
    expect(setup(storage).read('auto')).toMatchObject({ ok: true, save: first });
  });

  it('says deleting a damaged value it had no room to copy aside frees the room it takes, not that it makes room', () => {
    const storage = memoryStorage();
    const store = setup(storage);
    storage.data.set(key('auto'), 'x'.repeat(5000));
    storage.capacity = 6000;
    const read = store.read('auto');
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/Kept aside can export it, or delete it to free the room it takes\.$/) });
    expect(read.ok || read.message).not.toMatch(/make room/);
  });

  it('never deletes a good save through the kept-aside door', () => {
    const storage = memoryStorage();
    const store = setup(storage);
    store.write('slot1', first);
    expect(store.discardQuarantined(key('slot1'))).toBe(false);
    expect(store.read('slot1')).toMatchObject({ ok: true });
  });

  it('reports a damaged endings record once, and keeps it aside', () => {
    const storage = memoryStorage();
    storage.data.set(key('endings'), 'not json');
    const store = setup(storage);
    expect(store.endings()).toEqual({});
    expect(store.takeProblems()).toEqual([expect.stringMatching(/endings reached could not be read.*Kept aside/)]);
    store.endings();
    expect(store.takeProblems()).toEqual([]);
    expect(storage.data.get(key('endings~quarantine~1'))).toBe('not json');
  });

  it('keeps a damaged seen-choices record aside before a fresh one replaces it, and reports it once', async () => {
    const storage = memoryStorage();
    storage.data.set(`kee-seen/${storyId}`, '{"not":"a list"}');
    const seen = createSeenChoices(storage, storyId);
    seen.add('knot.0.c-1');
    await expect.poll(() => storage.data.get(key('seen~quarantine~1'))).toBe('{"not":"a list"}');
    expect(storage.data.get(`kee-seen/${storyId}`)).toBe('["knot.0.c-1"]');
    expect(seen.takeProblem()).toMatch(/choices taken before could not be read/);
    expect(seen.takeProblem()).toBeNull();
    expect(
      setup(storage)
        .quarantined()
        .map((i) => i.what),
    ).toEqual(['the record of choices taken before']);
  });

  it('does not overwrite a damaged seen-choices record it could not copy aside', async () => {
    const storage = memoryStorage();
    storage.data.set(`kee-seen/${storyId}`, 'x'.repeat(500));
    storage.capacity = 700;
    const seen = createSeenChoices(storage, storyId);
    seen.add('knot.0.c-1');
    await expect.poll(() => seen.takeProblem()).toMatch(/no room to copy it aside/);
    expect(storage.data.get(`kee-seen/${storyId}`)).toHaveLength(500);
    expect(seen.has('knot.0.c-1')).toBe(true);
  });
});

describe('Continue', () => {
  it('is offered when only the backup copy of the autosave is stored', () => {
    const storage = memoryStorage();
    storage.data.set(key('auto~backup'), encodeEnvelope({ rev: 1, writer: 'x', save: first }));
    const game = newGameFor('edits/v1.ink', { storage });
    expect(game.hasAutosave()).toBe(true);
  });
});
