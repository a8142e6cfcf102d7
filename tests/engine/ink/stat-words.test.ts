import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStatLabel, statWord } from '../../../src/engine/ink/stat-words';
import { readStoryMeta } from '../../../src/engine/ink/story-meta';

describe('the words a story gives its stats', () => {
  it('reads a label, a sentence and the words for the value from a declaration', () => {
    expect(splitStatLabel('Nerve / How steady Kee stays under fire. / shaken, wary, steady, fearless')).toEqual({
      label: 'Nerve',
      about: 'How steady Kee stays under fire.',
      words: ['shaken', 'wary', 'steady', 'fearless'],
    });
  });

  it('keeps reading a plain declaration as before', () => {
    expect(splitStatLabel('Nerve')).toEqual({ label: 'Nerve', about: '', words: [] });
    const meta = readStoryMeta(['stat: nerve 0 100 Nerve']);
    expect(meta.stats).toEqual([{ variable: 'nerve', label: 'Nerve', min: 0, max: 100 }]);
  });

  it('puts the sentence and words on the stat the story declares', () => {
    const meta = readStoryMeta(['stat: aim 0 100 Aim / How true her shots fly. / wild, unsure, true']);
    expect(meta.stats[0]).toEqual({ variable: 'aim', label: 'Aim', min: 0, max: 100, about: 'How true her shots fly.', words: ['wild', 'unsure', 'true'] });
  });

  it('splits the range evenly among the words, the top value taking the last', () => {
    const def = { min: 0, max: 100, words: ['shaken', 'wary', 'steady', 'fearless'] };
    expect([0, 24, 25, 49, 50, 74, 75, 100].map((v) => statWord(def, v))).toEqual([
      'shaken',
      'shaken',
      'wary',
      'wary',
      'steady',
      'steady',
      'fearless',
      'fearless',
    ]);
    expect(statWord({ min: 0, max: 100 }, 50)).toBeNull();
    expect(statWord(def, -20)).toBe('shaken');
  });
});

describe('the flagship stats', () => {
  it("says what each of Kee's stats means and has words for its values", () => {
    const declarations = readFileSync(path.resolve(import.meta.dirname, '../../../story/main.ink'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('# stat:'))
      .map((line) => line.slice(2));
    const stats = readStoryMeta(declarations).stats;
    expect(stats.map((s) => s.label)).toEqual(['Nerve', 'Aim', 'Faith']);
    for (const s of stats) {
      expect(s.about, s.label).toMatch(/^\S.*\.$/);
      expect(s.words?.length, s.label).toBeGreaterThanOrEqual(3);
    }
  });
});
