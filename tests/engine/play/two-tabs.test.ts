import { describe, expect, it } from 'vitest';
import { loadSlot, resolveOtherTab, saveToSlot } from '../../../src/engine/play/playthrough-ops';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { newGameFor, pick } from '../../support/game';

/** Two tabs on one storage: A starts a run and takes a choice, then B opens the same run through Continue. */
async function bothOnOneRun() {
  const storage = createMemoryStorage();
  const a = newGameFor('edits/v1.ink', { storage });
  a.newGame(5);
  pick(a);
  await a.settled();
  const b = newGameFor('edits/v1.ink', { storage });
  expect(await loadSlot(b, 'auto')).toEqual({ ok: true });
  return { storage, a, b };
}

/** Then B moves the run on, and A takes a choice of its own. */
async function twoTabsApart() {
  const { storage, a, b } = await bothOnOneRun();
  pick(b, 1);
  await b.settled();
  const theirs = storage.get('ink-save/Edits Fixture/auto');
  pick(a, 2);
  await a.settled();
  return { storage, a, b, theirs };
}

/** Tab A three choices into a run, and a second tab B just opened on the same storage. */
async function threeChoicesInThenASecondTab() {
  const storage = createMemoryStorage();
  const a = newGameFor('edits/v1.ink', { storage });
  a.newGame(5);
  for (const n of [0, 1, 0]) pick(a, n);
  await a.settled();
  return { a, b: newGameFor('edits/v1.ink', { storage }) };
}

describe('two tabs', () => {
  it('never overwrites the autosave another tab moved on: it stops and says so', async () => {
    const { storage, a, theirs } = await twoTabsApart();
    expect(storage.get('ink-save/Edits Fixture/auto')).toBe(theirs);
    expect(a.store.getState().otherTab).toMatchObject({ turn: 2 });
    expect(a.store.getState().notice).toMatch(/moved on in another tab/);
  });

  it('notices the other tab from a storage event, before its own next choice', async () => {
    const { a, b } = await bothOnOneRun();
    pick(b);
    await b.settled();
    await a.checkOtherTab();
    expect(a.store.getState().otherTab).toMatchObject({ turn: 2 });
    // B's own writes are its own: B sees nothing to ask about.
    await b.checkOtherTab();
    expect(b.store.getState().otherTab).toBeNull();
  });

  it('does not call a tab that only opened the same run (Continue) a move on', async () => {
    const { a, b } = await bothOnOneRun();
    await b.settled();
    await a.checkOtherTab();
    expect(a.store.getState().otherTab).toBeNull();
    pick(a);
    await a.settled();
    expect(a.store.getState().otherTab).toBeNull();
    const stored = (await a.saves()).read('auto');
    expect(stored.ok && stored.save.label.turn).toBe(2);
  });

  it('keeps this tab’s run in a slot of its own and autosaves there, leaving the other’s autosave alone', async () => {
    const { storage, a, theirs } = await twoTabsApart();
    const mine = a.store.getState().turn;
    expect(await resolveOtherTab(a, 'keep')).toMatchObject({ ok: true, note: expect.stringMatching(/Slot 1/) });
    pick(a);
    await a.settled();
    expect(storage.get('ink-save/Edits Fixture/auto')).toBe(theirs);
    const slot = (await a.saves()).read('slot1');
    expect(slot.ok && slot.save.label.turn).toBe(mine + 1);
    expect(a.store.getState().otherTab).toBeNull();
  });

  it('lets a new run (asked for) replace the other tab’s autosave once that run is kept under Earlier runs', async () => {
    const { storage, a, theirs } = await twoTabsApart();
    await resolveOtherTab(a, 'keep');
    a.newGame(9);
    pick(a);
    await a.settled();
    expect(a.store.getState().otherTab).toBeNull();
    expect(storage.get('ink-save/Edits Fixture/auto')).not.toBe(theirs);
    const kept = (await a.earlierRuns()).list().map((r) => (r.ok ? r.save.label.turn : -1));
    expect(kept).toContain(2);
  });

  it('switches to the other tab’s run and keeps this one under Earlier runs', async () => {
    const { a, b } = await twoTabsApart();
    const mine = a.store.getState().turn;
    expect(await resolveOtherTab(a, 'switch')).toMatchObject({ ok: true });
    expect(a.store.getState().page.map((p) => p.text)).toEqual(b.store.getState().page.map((p) => p.text));
    const [kept] = (await a.earlierRuns()).list();
    expect(kept?.ok && kept.save.label.turn).toBe(mine);
  });

  it('does not keep this tab’s run twice when a new game in the other tab already kept it', async () => {
    const { a, b } = await threeChoicesInThenASecondTab();
    // B's new game keeps A's run (the autosave) under Earlier runs before its first autosave replaces it.
    b.newGame(9);
    pick(b);
    await b.settled();
    await a.checkOtherTab();
    expect(await resolveOtherTab(a, 'switch')).toMatchObject({ ok: true });
    const kept = (await a.earlierRuns()).list().map((r) => (r.ok ? r.save.log : null));
    expect(kept).toEqual([[0, 1, 0]]);
  });

  it('follows where the other tab’s run stands after it was first noticed, saying so once', async () => {
    const { a, b } = await threeChoicesInThenASecondTab();
    b.newGame(9);
    await b.settled();
    await a.checkOtherTab();
    expect(a.store.getState().otherTab).toMatchObject({ turn: 0 });
    a.dismissNotice();
    pick(b);
    await b.settled();
    await a.checkOtherTab();
    expect(a.store.getState().otherTab).toMatchObject({ turn: 1, scene: 'The Ridge' });
    expect(a.store.getState().notice).toBeNull();
  });

  it('switches without keeping a run of this tab that has no choice taken', async () => {
    const { a, b } = await bothOnOneRun();
    pick(b, 1);
    await b.settled();
    a.newGame(9);
    await a.checkOtherTab();
    expect(await resolveOtherTab(a, 'switch')).toMatchObject({ ok: true });
    expect((await a.earlierRuns()).list().map((r) => (r.ok ? r.save.label.turn : -1))).not.toContain(0);
  });

  it('asks about a save the other tab put in the slot this tab kept its run in, and switching loads that slot, not the autosave', async () => {
    const { storage, a, b } = await twoTabsApart();
    await resolveOtherTab(a, 'keep');
    expect(await saveToSlot(b, 'slot1', true)).toMatchObject({ ok: true });
    const inSlot = b.store.getState().page.map((p) => p.text);
    pick(b);
    await b.settled();
    const theirAutosave = storage.get('ink-save/Edits Fixture/auto');
    await a.checkOtherTab();
    expect(a.store.getState().otherTab).toMatchObject({ slot: 'slot1', turn: 2 });
    expect(await resolveOtherTab(a, 'switch')).toMatchObject({ ok: true, note: expect.stringMatching(/saved in Slot 1/) });
    expect(a.store.getState().page.map((p) => p.text)).toEqual(inSlot);
    // This tab goes on in Slot 1 with that run; the other tab's autosave is left alone.
    pick(a);
    await a.settled();
    const slot = (await a.saves()).read('slot1');
    expect(slot.ok && slot.save.label.turn).toBe(3);
    expect(storage.get('ink-save/Edits Fixture/auto')).toBe(theirAutosave);
  });

  it('says the other tab’s run stays in the slot it saved it in when this tab keeps its run in another', async () => {
    const { a, b } = await twoTabsApart();
    await resolveOtherTab(a, 'keep');
    await saveToSlot(b, 'slot1', true);
    await a.checkOtherTab();
    expect(await resolveOtherTab(a, 'keep')).toMatchObject({
      ok: true,
      note: expect.stringMatching(/Slot 2 from now on; the other tab’s run stays in Slot 1\./),
    });
  });

  it('switches to the other tab’s stored run even while this tab’s own autosave waits in memory for room', async () => {
    const inner = createMemoryStorage();
    let full = false;
    const storage = {
      ...inner,
      set(key: string, value: string) {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.set(key, value);
      },
    };
    const a = newGameFor('edits/v1.ink', { storage });
    a.newGame(5);
    pick(a);
    await a.settled();
    const b = newGameFor('edits/v1.ink', { storage });
    await loadSlot(b, 'auto');
    await b.settled();
    full = true;
    pick(a, 2);
    await a.settled();
    full = false;
    pick(b, 1);
    await b.settled();
    const theirs = storage.get('ink-save/Edits Fixture/auto');
    await a.checkOtherTab();
    expect(await resolveOtherTab(a, 'switch')).toMatchObject({ ok: true });
    expect(a.store.getState().page.map((p) => p.text)).toEqual(b.store.getState().page.map((p) => p.text));
    // Nor does the copy that waited overwrite that run once there is room: it was kept under Earlier runs instead.
    (await a.saves()).retryPending();
    expect(JSON.parse(storage.get('ink-save/Edits Fixture/auto') ?? '{}').save.log).toEqual(JSON.parse(theirs ?? '{}').save.log);
    expect((await a.earlierRuns()).list().map((r) => (r.ok ? r.save.label.turn : -1))).toEqual([2]);
  });

  it('merges the choices taken before in both tabs', async () => {
    const storage = createMemoryStorage();
    const a = newGameFor('edits/v1.ink', { storage });
    const b = newGameFor('edits/v1.ink', { storage });
    a.newGame(5);
    b.newGame(5);
    pick(a, 0);
    pick(b, 1);
    expect(JSON.parse(storage.get('kee-seen/Edits Fixture') ?? '[]')).toHaveLength(2);
    // The storage event B's write fires in A's tab.
    await a.checkOtherTab();
    a.newGame(5);
    expect(a.store.getState().choices.filter((c) => c.seen)).toHaveLength(2);
  });
});
