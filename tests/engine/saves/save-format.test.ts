import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicePath } from '../../../src/engine/history/history-branches';
import { decodeSave, encodeSave, SAVE_LIMITS, type Save, saveToJson } from '../../../src/engine/saves/save-format';
import { historyTrees } from '../history/history-arbitrary';
import { play } from './save-playthrough';

const saves: fc.Arbitrary<Save> = fc
  .record({
    history: historyTrees,
    storyId: fc.string({ minLength: 1, maxLength: 40 }),
    fingerprint: fc.stringMatching(/^[0-9a-z]{1,11}$/),
    seed: fc.integer({ min: 0, max: SAVE_LIMITS.seed }),
    inkState: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })).map((o) => JSON.stringify(o)),
    savedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    scene: fc.option(fc.string({ maxLength: 30 })),
    // The names JavaScript objects are touchy about are fine ink variable names, so they are drawn often.
    stats: fc.dictionary(
      fc.oneof(fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom('__proto__', 'prototype', 'constructor')),
      fc.integer({ min: -1000, max: 1000 }),
      {
        maxKeys: 5,
      },
    ),
  })
  .map(({ history, scene, stats, ...rest }) => {
    const log = choicePath(history).map((s) => s.index);
    return { format: 1 as const, ...rest, log, history, label: { scene, stats, turn: log.length } };
  });

const good = () => play('edits/v1.ink', 7, ['Pack the rifle.', 'Keep watching.']).save();
const withField = (field: string, value: unknown) => JSON.stringify({ ...saveToJson(good()), [field]: value });
const problemOf = (text: string, expect?: { storyId?: string }) => {
  const result = decodeSave(text, expect);
  return result.ok ? null : result.problem;
};

describe('the save format', () => {
  it('reads back a save of a real playthrough', () => {
    const save = good();
    expect(decodeSave(encodeSave(save))).toEqual({ ok: true, save });
  });

  it('keeps a stat named prototype, constructor or __proto__, and sets no prototype with it', () => {
    const save = good();
    const stats = Object.fromEntries([
      ['prototype', 1],
      ['constructor', 2],
      ['__proto__', 3],
    ]);
    const result = decodeSave(encodeSave({ ...save, label: { ...save.label, stats } }));
    expect(result.ok && Object.entries(result.save.label.stats)).toEqual([
      ['prototype', 1],
      ['constructor', 2],
      ['__proto__', 3],
    ]);
    expect(result.ok && Object.getPrototypeOf(result.save.label.stats)).toBe(Object.prototype);
  });

  it('explains a truncated save instead of throwing', () => {
    const text = encodeSave(good());
    expect(problemOf(text.slice(0, text.length / 2))).toBe('This save is damaged: it ends early or is not a save at all.');
    expect(problemOf('')).toBe('This save is empty.');
  });

  it('explains fields of the wrong type', () => {
    expect(problemOf(withField('log', 'zero, one'))).toBe('This save is damaged: the list of choices is not a list.');
    expect(problemOf(withField('seed', 1.5))).toBe('This save is damaged: the random seed is not a whole number.');
    expect(problemOf(withField('label', null))).toBe('This save is damaged: the slot label is missing or not a group of values.');
  });

  it('names a missing field the way it names a wrong one', () => {
    expect(problemOf(withField('seed', undefined))).toBe('This save is damaged: the random seed is not a whole number.');
    expect(problemOf(withField('label', undefined))).toBe('This save is damaged: the slot label is missing or not a group of values.');
  });

  it('refuses sizes no real save reaches', () => {
    expect(problemOf(withField('inkState', `{"x":"${'a'.repeat(SAVE_LIMITS.inkState)}"}`))).toMatch(/too large to be real: the story state/);
    expect(problemOf(withField('log', new Array(SAVE_LIMITS.log + 1).fill(0)))).toMatch(/too large to be real: the list of choices/);
    expect(problemOf(withField('log', [0, 5000]))).toBe('This save is damaged: a choice in the list (5000) is outside 0–1000.');
    expect(problemOf(withField('savedAt', 1e300))).toMatch(/far too large/);
    expect(problemOf('x'.repeat(SAVE_LIMITS.text + 1))).toBe('This save is too large to be real (over 3 MB).');
  });

  it('refuses a format from a newer player, and anything that is not a save', () => {
    expect(problemOf(withField('format', 2))).toBe('This save was made by a newer version of the player (save format 2). Update the game to load it.');
    expect(problemOf('{"hello":"world"}')).toBe('This is not a save file from this player.');
    expect(problemOf('[1,2,3]')).toBe('This is not a save file from this player.');
  });

  it('refuses a save from another story', () => {
    expect(problemOf(encodeSave(good()), { storyId: 'Kee’s First Raid' })).toBe(
      'This save belongs to another story (“Edits Fixture”), not to “Kee’s First Raid”.',
    );
  });

  it('refuses a save whose choice log and history disagree', () => {
    expect(problemOf(withField('log', [0, 1]))).toBe('This save is damaged: its history and its list of choices disagree.');
  });

  it('refuses a story state that is cut short', () => {
    expect(problemOf(withField('inkState', good().inkState.slice(0, 100)))).toBe('This save is damaged: the story state is cut short or garbled.');
  });

  it('reads back any save it writes', () => {
    fc.assert(
      fc.property(saves, (save) => {
        expect(decodeSave(encodeSave(save))).toEqual({ ok: true, save });
      }),
    );
  });

  it('never throws on garbage, truncation or edits', () => {
    const text = encodeSave(good());
    const garbage = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
      fc.tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([at, s]) => text.slice(0, at) + s + text.slice(at + 1)),
    );
    fc.assert(
      fc.property(garbage, (input) => {
        const result = decodeSave(input);
        if (!result.ok) expect(result.problem).toMatch(/^This .*\.$/);
      }),
      { numRuns: 500 },
    );
  });
});
