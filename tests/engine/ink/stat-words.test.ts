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
      edges: [null, null, null, null],
    });
  });

  it('keeps reading a plain declaration as before', () => {
    expect(splitStatLabel('Nerve')).toEqual({ label: 'Nerve', about: '', words: [], edges: [] });
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

describe('stat words with band edges', () => {
  it('reads the edge each word gives its band', () => {
    expect(splitStatLabel('Nerve / How steady. / shaken <30, wary <45, steady <70, unshakeable')).toEqual({
      label: 'Nerve',
      about: 'How steady.',
      words: ['shaken', 'wary', 'steady', 'unshakeable'],
      edges: [30, 45, 70, null],
    });
  });

  it('changes word exactly at the edges the story gives', () => {
    const meta = readStoryMeta(['stat: nerve 0 100 Nerve / How steady. / shaken <30, wary <45, steady <70, unshakeable']);
    const def = meta.stats[0];
    expect(def?.edges).toEqual([30, 45, 70]);
    if (!def) throw new Error('no stat');
    expect([0, 29, 30, 44, 45, 69, 70, 100].map((v) => statWord(def, v))).toEqual([
      'shaken',
      'shaken',
      'wary',
      'wary',
      'steady',
      'steady',
      'unshakeable',
      'unshakeable',
    ]);
  });

  it('gives a word written without an edge its even-split edge', () => {
    const meta = readStoryMeta(['stat: aim 0 100 Aim / How true. / wild <20, unsure, true, deadly']);
    expect(meta.stats[0]?.edges).toEqual([20, 50, 75]);
  });

  it('leaves a declaration without edges on the even split, with no edges recorded', () => {
    const meta = readStoryMeta(['stat: aim 0 100 Aim / How true. / wild, unsure, true, deadly']);
    expect(meta.stats[0]?.edges).toBeUndefined();
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

  it('changes nerve from shaken to wary exactly where Kee stops freezing (nerve 40), and does not start her there', () => {
    const declarations = readFileSync(path.resolve(import.meta.dirname, '../../../story/main.ink'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('# stat:'))
      .map((line) => line.slice(2));
    const nerve = readStoryMeta(declarations).stats.find((s) => s.variable === 'nerve');
    if (!nerve) throw new Error('no nerve stat');
    expect(statWord(nerve, 39)).toBe('shaken');
    expect(statWord(nerve, 40)).toBe('wary');
    const start = /^VAR nerve = (\d+)/m.exec(readFileSync(path.resolve(import.meta.dirname, '../../../story/main.ink'), 'utf8'));
    expect(Number(start?.[1])).not.toBe(40);
  });
});
