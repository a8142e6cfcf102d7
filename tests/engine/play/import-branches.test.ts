/**
 * An imported save's history is checked by replay: a branch that does not
 * play in the story (one invented and appended to the file) is left out with
 * a note naming it, so History and the Map never show choices the reader
 * never saw; branches that do play are kept.
 */
import { describe, expect, it } from 'vitest';
import { pathTo } from '../../../src/engine/history/history-tree';
import { exportSave, importSave, rewind } from '../../../src/engine/play/playthrough-ops';
import { newGameFor, pick } from '../../support/game';

async function savedRunWithABranch() {
  const game = newGameFor('edits/v1.ink');
  game.newGame(5);
  for (let i = 0; i < 3; i++) pick(game);
  const first = Object.values(game.store.getState().history.nodes).find((n) => n.parent === 0);
  if (!first) throw new Error('no first choice');
  expect(rewind(game, first.id)).toEqual({ ok: true });
  pick(game, 1);
  pick(game, 1);
  await game.settled();
  return { game, file: JSON.parse(await exportSave(game)) };
}

const choiceTexts = (game: ReturnType<typeof newGameFor>) =>
  Object.values(game.store.getState().history.nodes)
    .map((n) => n.choiceText)
    .filter(Boolean);

describe('importing a save', () => {
  it('keeps every branch of its history that plays in the story', async () => {
    const { game, file } = await savedRunWithABranch();
    const before = choiceTexts(game).sort();
    const other = newGameFor('edits/v1.ink');
    expect(importSave(other, JSON.stringify(file))).toEqual({ ok: true });
    expect(choiceTexts(other).sort()).toEqual(before);
  });

  it('leaves out a branch appended to the file that the story never offered, and says which', async () => {
    const { game, file } = await savedRunWithABranch();
    // An invented branch: two choices hung under the first, with text the story never shows.
    const h = file.history;
    const at = (id: number) => h.nodes.findIndex((row: unknown[]) => row[0] === id);
    expect(at(1)).toBeGreaterThanOrEqual(0);
    const template = h.nodes[at(1)];
    // A row is [id, parent, choice index, text #, scene #, stats, preview?]; texts are listed once in h.texts.
    const invent = (id: number, parent: number, text: string) => {
      h.texts.push(text);
      return [id, parent, 0, h.texts.length - 1, template[4], template[5]];
    };
    const next = h.next;
    h.nodes.push(invent(next, 1, 'Sprout wings and fly home.'), invent(next + 1, next, 'Land on the church roof.'));
    h.next = next + 2;
    const other = newGameFor('edits/v1.ink');
    const result = importSave(other, JSON.stringify(file));
    expect(result).toEqual({ ok: true, note: expect.stringContaining('“Sprout wings and fly home.” at choice 2') });
    expect(choiceTexts(other)).not.toContain('Sprout wings and fly home.');
    expect(choiceTexts(other)).not.toContain('Land on the church roof.');
    expect(choiceTexts(other).sort()).toEqual(choiceTexts(game).sort());
    const s = other.store.getState();
    expect(pathTo(s.history, s.history.current).map((n) => n.choiceText)).toEqual(
      pathTo(game.store.getState().history, game.store.getState().history.current).map((n) => n.choiceText),
    );
  });
});
