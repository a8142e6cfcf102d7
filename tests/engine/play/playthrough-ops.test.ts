import { describe, expect, it } from 'vitest';
import { childrenOf, leaves } from '../../../src/engine/history/history-tree';
import { exportSave, importSave, loadSlot, openReplayLink, replayCode, rewind, switchBranch } from '../../../src/engine/play/playthrough-ops';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { compileFixture } from '../../support/fixtures';
import { newGameFor } from '../../support/game';

const texts = (game: ReturnType<typeof newGameFor>) => game.store.getState().page.map((p) => p.text);
const pick = (game: ReturnType<typeof newGameFor>, text: string) => {
  const s = game.store.getState();
  const c = s.choices.find((x) => x.text === text && !x.locked);
  if (!c) throw new Error(`no open choice '${text}' among ${s.choices.map((x) => x.text).join(' | ')}`);
  expect(game.choose(c.index, s.turn)).toBe(true);
};

describe('playing through', () => {
  it('autosaves after every choice, so a new tab continues where the player was', async () => {
    const storage = createMemoryStorage();
    const first = newGameFor('edits/v1.ink', { storage });
    first.newGame(11);
    pick(first, 'Pack the rifle.');
    pick(first, 'Adjust the sights.');
    await first.settled();
    const second = newGameFor('edits/v1.ink', { storage });
    expect(second.hasAutosave()).toBe(true);
    expect(await loadSlot(second, 'auto')).toEqual({ ok: true });
    expect(texts(second)).toEqual(texts(first));
    expect(second.store.getState().stats).toEqual(first.store.getState().stats);
    expect(second.store.getState().turn).toBe(2);
  });

  it('rewinds to an earlier choice with the stats as they were, and keeps the old branch', async () => {
    const game = newGameFor('edits/v1.ink');
    game.newGame(3);
    pick(game, 'Pack the rifle.');
    const afterFirst = game.store.getState();
    pick(game, 'Adjust the sights.');
    pick(game, 'Adjust the sights.');
    const oldLeaf = game.store.getState().history.current;
    expect(rewind(game, afterFirst.history.current)).toEqual({ ok: true });
    expect(game.store.getState().stats).toEqual(afterFirst.stats);
    pick(game, 'Whisper a prayer.');
    const tree = game.store.getState().history;
    expect(childrenOf(tree, afterFirst.history.current)).toHaveLength(2);
    expect(leaves(tree).map((n) => n.id)).toContain(oldLeaf);
    expect(switchBranch(game, oldLeaf)).toEqual({ ok: true });
    expect(game.store.getState().history.current).toBe(oldLeaf);
    expect(game.store.getState().turn).toBe(3);
  });

  it('exports a save and imports it again, and refuses a damaged file without touching the autosave', async () => {
    const game = newGameFor('edits/v1.ink');
    game.newGame(5);
    pick(game, 'Eat something.');
    await game.settled();
    const file = await exportSave(game);
    const before = (await game.saves()).read('auto');
    expect(importSave(game, file.slice(0, 40)).ok).toBe(false);
    await game.settled();
    expect((await game.saves()).read('auto')).toEqual(before);
    const other = newGameFor('edits/v1.ink');
    expect(importSave(other, file)).toEqual({ ok: true });
    expect(texts(other)).toEqual(texts(game));
  });

  it('shares a replay link that replays the same run, and explains a broken one', async () => {
    const game = newGameFor('edits/v1.ink');
    game.newGame(99);
    pick(game, 'Look at the map.');
    pick(game, 'Keep watching.');
    const code = replayCode(game);
    const viewer = newGameFor('edits/v1.ink');
    expect(openReplayLink(viewer, `https://example.test/game/#play=${code}`)).toEqual({ ok: true });
    expect(texts(viewer)).toEqual(texts(game));
    const broken = openReplayLink(viewer, '#play=%%%');
    expect(broken.ok).toBe(false);
  });

  it('keeps the place when the story is edited, and says so', async () => {
    const game = newGameFor('edits/v1.ink');
    game.newGame(8);
    pick(game, 'Pack the rifle.');
    pick(game, 'Adjust the sights.');
    await game.replaceStory(compileFixture('edits/v2-text.ink'));
    expect(game.store.getState().turn).toBe(2);
    expect(game.store.getState().notice).toMatch(/kept/);
  });

  it('stops at the last point that still fits when an edit removes a choice taken', async () => {
    const game = newGameFor('edits/v1.ink');
    game.newGame(8);
    pick(game, 'Look at the map.');
    pick(game, 'Keep watching.');
    await game.replaceStory(compileFixture('edits/v2-removed.ink'));
    const s = game.store.getState();
    expect(s.notice).toMatch(/stopped at turn \d/);
    expect(s.turn).toBeLessThan(2);
  });

  it('marks choices already taken in an earlier playthrough', async () => {
    const storage = createMemoryStorage();
    const game = newGameFor('edits/v1.ink', { storage });
    game.newGame(1);
    pick(game, 'Pack the rifle.');
    game.newGame(2);
    const marks = Object.fromEntries(game.store.getState().choices.map((c) => [c.text, c.seen]));
    expect(marks).toEqual({ 'Pack the rifle.': true, 'Eat something.': false, 'Look at the map.': false });
  });
});
