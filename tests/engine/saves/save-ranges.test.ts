import { describe, expect, it } from 'vitest';
import { decodeEndings, encodeEndings } from '../../../src/engine/saves/save-endings';
import { decodeSave, encodeSave, type Save } from '../../../src/engine/saves/save-format';
import { restoreSave } from '../../../src/engine/saves/save-restore';
import { compileFixture } from '../../support/fixtures';
import { play } from './save-playthrough';

/** A save of stats.ink after "Breathe slowly." (nerve 60) whose ink state says nerve is `nerve`. */
function saveWithNerve(nerve: number): Save {
  const p = play('stats.ink', 7, ['Breathe slowly.']);
  const save = p.save();
  const state = JSON.parse(save.inkState) as { variablesState: Record<string, unknown> };
  state.variablesState.nerve = nerve;
  const decoded = decodeSave(encodeSave({ ...save, inkState: JSON.stringify(state) }));
  if (!decoded.ok) throw new Error(decoded.problem);
  return decoded.save;
}

describe('values checked against the story', () => {
  for (const nerve of [9999, -50, 1e9, -1e9]) {
    it(`does not load a stat of ${nerve} where the story allows 0–100, but replays the choices and says why`, () => {
      const restored = restoreSave(compileFixture('stats.ink'), saveWithNerve(nerve));
      if (!restored.ok) throw new Error(restored.problem);
      expect(restored.how).toBe('replay');
      expect(restored.session.variable('nerve')).toBe(60);
      expect(restored.note).toMatch(new RegExp(`Nerve ${nerve} \\(the story allows 0–100\\)`));
    });
  }

  it('loads a stat at the very edge of its range as it is', () => {
    const restored = restoreSave(compileFixture('stats.ink'), saveWithNerve(100));
    if (!restored.ok) throw new Error(restored.problem);
    expect(restored.how).toBe('state');
    expect(restored.session.variable('nerve')).toBe(100);
  });

  it('refuses a save made before 1970', () => {
    const save = play('stats.ink', 7).save();
    const decoded = decodeSave(encodeSave({ ...save, savedAt: -5 }));
    expect(decoded).toMatchObject({ ok: false, problem: expect.stringMatching(/not a possible time/) });
  });

  it('refuses an endings record with a negative time, or one last reached before it was first', () => {
    expect(decodeEndings(encodeEndings({ done: { count: 1, first: -5, last: 10 } }))).toMatchObject({ ok: false });
    expect(decodeEndings(encodeEndings({ done: { count: 1, first: 20, last: 10 } }))).toMatchObject({ ok: false });
    expect(decodeEndings(encodeEndings({ done: { count: 1, first: 10, last: 20 } }))).toMatchObject({ ok: true });
  });

  it('keeps an ending whose id is constructor or prototype', () => {
    const reached = { count: 1, first: 10, last: 20 };
    const decoded = decodeEndings(encodeEndings({ constructor: reached, prototype: reached, done: reached }));
    expect(decoded.ok && Object.keys(decoded.endings)).toEqual(['constructor', 'prototype', 'done']);
  });
});
