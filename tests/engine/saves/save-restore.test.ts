import { describe, expect, it } from 'vitest';
import { choicePath } from '../../../src/engine/history/history-branches';
import { historyEntryFor } from '../../../src/engine/history/history-entry';
import { recordChoice } from '../../../src/engine/history/history-tree';
import { decodeSave, encodeSave } from '../../../src/engine/saves/save-format';
import { restoreSave } from '../../../src/engine/saves/save-restore';
import { snapshotSave } from '../../../src/engine/saves/save-snapshot';
import { compileFixture } from '../../support/fixtures';
import { play } from './save-playthrough';

const opening = ['Pack the rifle.', 'Keep watching.', 'Adjust the sights.', 'Whisper a prayer.', 'Keep watching.'];

function restoreOn(fixture: string, texts = opening) {
  const before = play('edits/v1.ink', 7, texts);
  const decoded = decodeSave(encodeSave(before.save()));
  if (!decoded.ok) throw new Error(decoded.problem);
  return { before, result: restoreSave(compileFixture(fixture), decoded.save) };
}

const choiceTexts = (session: { choices(): { text: string }[] }) => session.choices().map((c) => c.text);

describe('restoring a save', () => {
  it('loads ink’s state on the very story it was made on', () => {
    const { before, result } = restoreOn('edits/v1.ink');
    if (!result.ok) throw new Error(result.problem);
    expect(result.how).toBe('state');
    expect(result.note).toBeUndefined();
    expect(result.session.saveState()).toBe(before.session.saveState());
    expect(result.session.log).toEqual(before.session.log);
    expect(result.passages).toHaveLength(opening.length + 1);
  });

  it('keeps the player’s state after the text was edited', () => {
    const { before, result } = restoreOn('edits/v2-text.ink');
    if (!result.ok) throw new Error(result.problem);
    expect(result.how).toBe('state');
    expect(result.note).toMatch(/updated/);
    expect(result.session.variable('aim')).toBe(before.session.variable('aim'));
    expect(choiceTexts(result.session)).toEqual(choiceTexts(before.session));
  });

  it('matches a reworded choice by its text and plays on', () => {
    const { result } = restoreOn('edits/v2-text.ink');
    if (!result.ok) throw new Error(result.problem);
    expect(result.passages[1]?.paragraphs.map((p) => p.text)).toContain('She packed it carefully.');
    expect(() => result.session.choose(0)).not.toThrow();
  });

  it('saves again on the edited story and that save loads as it is', () => {
    const { result } = restoreOn('edits/v2-text.ink');
    if (!result.ok) throw new Error(result.problem);
    const story = compileFixture('edits/v2-text.ink');
    const choice = result.session.choices()[1];
    if (!choice) throw new Error('no second choice');
    const passage = result.session.choose(choice.index);
    const history = recordChoice(result.history, historyEntryFor(result.session, choice, passage, null));
    const again = decodeSave(encodeSave(snapshotSave({ story, session: result.session, history, clock: { now: () => 5 } })));
    if (!again.ok) throw new Error(again.problem);
    expect(restoreSave(story, again.save)).toMatchObject({ ok: true, how: 'state' });
  });

  it('replays the choices when a knot was renamed', () => {
    const { before, result } = restoreOn('edits/v2-renamed.ink');
    if (!result.ok) throw new Error(result.problem);
    expect(result.how).toBe('replay');
    expect(result.session.log).toEqual(before.session.log);
    expect(result.session.variable('nerve')).toBe(before.session.variable('nerve'));
    expect(choiceTexts(result.session)).toEqual(choiceTexts(before.session));
  });

  it('follows choices by their text when a removed choice moved the others', () => {
    const { before, result } = restoreOn('edits/v2-removed.ink', ['Eat something.', 'Adjust the sights.', 'Whisper a prayer.']);
    if (!result.ok) throw new Error(result.problem);
    expect(result.how).toBe('replay');
    expect(before.session.log).toEqual([1, 1, 2]);
    expect(result.session.log).toEqual([1, 0, 1]);
    expect(choicePath(result.history).map((s) => s.index)).toEqual([1, 0, 1]);
  });

  it('stops at the last turn that fits when a choice was removed, and names it', () => {
    const { result } = restoreOn('edits/v2-removed.ink');
    if (!result.ok) throw new Error(result.problem);
    expect(result.how).toBe('partial-replay');
    expect(result.session.log).toHaveLength(1);
    expect(result.note).toBe(
      'The story has changed since this save: the choice “Keep watching.” at turn 2 is not offered any more, so your choices were replayed up to turn 1, and you go on from there.',
    );
    expect(choicePath(result.history).map((s) => s.text)).toEqual(['Pack the rifle.']);
    expect(Object.keys(result.history.nodes)).toHaveLength(opening.length + 1);
  });

  it('refuses a save from another story', () => {
    const save = play('edits/v1.ink', 7, opening).save();
    const result = restoreSave(compileFixture('stats.ink'), save);
    expect(result).toEqual({ ok: false, problem: 'This save belongs to another story (“Edits Fixture”), not to “Stats Fixture”.' });
  });

  it('refuses a save whose choice log was edited to a choice never offered', () => {
    const save = play('edits/v1.ink', 7, opening).save();
    const forged = { ...save, log: [0, 0, 3, 1, 0] };
    const result = restoreSave(compileFixture('edits/v1.ink'), forged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/turn 3 .*edited by hand/);
  });

  it('refuses a save whose state was moved somewhere its choices never lead', () => {
    const save = play('edits/v1.ink', 7, opening).save();
    const elsewhere = play('edits/v1.ink', 7, [...opening, 'Keep watching.', 'Climb down.']).session.saveState();
    const result = restoreSave(compileFixture('edits/v1.ink'), { ...save, inkState: elsewhere });
    expect(result).toEqual({ ok: false, problem: 'This save’s story state does not match its choices, so it may have been edited by hand.' });
  });
});
