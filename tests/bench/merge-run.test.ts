// A bench run of some sections merges into the full run's record instead of overwriting the other sections.
import { describe, expect, it } from 'vitest';
import type { Figure } from './figures';
import { mergeRun, type RunRecord } from './merge-run';

const fig = (section: string, name: string, value: number, budget?: number): Figure => ({
  section,
  name,
  value,
  unit: 'ms',
  ...(budget === undefined ? {} : { budget, pass: value <= budget }),
});
const record = (date: string, load: number, figures: Figure[]): RunRecord => ({
  date,
  machine: { loadAverageAtStart: [load], loadAverageAtEnd: [load] },
  summary: { withinBudget: 0, overBudget: [], couldNotMeasure: 0 },
  figures,
});

const full = record('2026-12-07T01:25:00Z', 1, [
  fig('shipped size', 'js', 46),
  fig('explore: flagship', 'time', 3900, 10_000),
  fig('authoring: 1,000-line story', 'npm run build', 99_000, 60_000),
]);

describe('merging a partial bench run into the full run', () => {
  it("keeps the other sections' figures and the full run's date, and replaces the measured section's in place", () => {
    const run = record('2026-12-07T02:30:00Z', 3, [
      fig('authoring: 1,000-line story', 'npm run build', 15_000, 60_000),
      fig('authoring: 1,000-line story', 'npm run check', 6000, 30_000),
    ]);
    const merged = mergeRun(full, run, ['authoring']);
    expect(merged.date).toBe(full.date);
    expect(merged.figures.map((f) => `${f.section}/${f.name}/${f.value}`)).toEqual([
      'shipped size/js/46',
      'explore: flagship/time/3900',
      'authoring: 1,000-line story/npm run build/15000',
      'authoring: 1,000-line story/npm run check/6000',
    ]);
    expect(merged.summary).toEqual({ withinBudget: 3, overBudget: [], couldNotMeasure: 0 });
  });

  it('replaces every earlier figure of a measured section, not only its first', () => {
    const two = { ...full, figures: [...full.figures, fig('authoring: 1,000-line story', 'npm run check', 9000, 30_000)] };
    const run = record('2026-12-07T02:30:00Z', 3, [
      fig('authoring: 1,000-line story', 'npm run build', 15_000, 60_000),
      fig('authoring: 1,000-line story', 'npm run check', 6000, 30_000),
    ]);
    expect(mergeRun(two, run, ['authoring']).figures.map((f) => `${f.name}/${f.value}`)).toEqual([
      'js/46',
      'time/3900',
      'npm run build/15000',
      'npm run check/6000',
    ]);
  });

  it('says when and at what load the merged sections were measured, once per section', () => {
    const run = record('2026-12-07T02:30:00Z', 3, [fig('authoring: 1,000-line story', 'npm run build', 15_000, 60_000)]);
    const again = record('2026-12-07T03:00:00Z', 2, [fig('authoring: 1,000-line story', 'npm run build', 14_000, 60_000)]);
    const merged = mergeRun(mergeRun(full, run, ['authoring']), again, ['authoring']);
    expect(merged.laterSections).toEqual([
      {
        sections: ['authoring'],
        figureSections: ['authoring: 1,000-line story'],
        date: '2026-12-07T03:00:00Z',
        loadAverageAtStart: [2],
        loadAverageAtEnd: [2],
      },
    ]);
  });

  it('adds a section the full run did not have at the end', () => {
    const withoutAuthoring = { ...full, figures: full.figures.slice(0, 2) };
    const run = record('2026-12-07T02:30:00Z', 3, [fig('authoring: 1,000-line story', 'npm run check', 6000, 30_000)]);
    expect(mergeRun(withoutAuthoring, run, ['authoring']).figures.at(-1)?.name).toBe('npm run check');
  });
});
