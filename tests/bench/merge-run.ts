/**
 * A bench run of some sections (`--only authoring`) merges into the committed
 * full run (tests/bench/latest-run.json) instead of overwriting it: the figures
 * of the sections it measured replace theirs, in place, and every other
 * figure stays as the full run recorded it. The full run's date and machine
 * stay at the top; each later partial run is listed under `laterSections`
 * with its own date and load average, so no figure is cited with another
 * run's conditions.
 */
import type { Figure } from './figures';

export interface RunRecord {
  date: string;
  machine: { loadAverageAtStart: number[]; loadAverageAtEnd: number[] } & Record<string, unknown>;
  summary: { withinBudget: number; overBudget: string[]; couldNotMeasure: number };
  figures: Figure[];
  laterSections?: LaterSections[];
  [key: string]: unknown;
}

export interface LaterSections {
  /** The `--only` sections that run measured. */
  sections: string[];
  /** The figures' own section labels it replaced or added. */
  figureSections: string[];
  date: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
}

export function summarise(figures: readonly Figure[]): RunRecord['summary'] {
  return {
    withinBudget: figures.filter((f) => f.pass === true).length,
    overBudget: figures.filter((f) => f.pass === false).map((f) => `${f.section}: ${f.name}`),
    couldNotMeasure: figures.filter((f) => f.name === 'could not measure').length,
  };
}

/** The full run with `run`'s figures in place of the same sections' earlier ones. */
export function mergeRun(full: RunRecord, run: RunRecord, sections: readonly string[]): RunRecord {
  const labels = [...new Set(run.figures.map((f) => f.section))];
  const fresh = new Map(labels.map((label) => [label, run.figures.filter((f) => f.section === label)]));
  const figures: Figure[] = [];
  // Every earlier figure of a measured section goes, not only its first: the new ones take the first one's place.
  const placed = new Set<string>();
  for (const f of full.figures) {
    const replacement = fresh.get(f.section);
    if (!replacement) figures.push(f);
    else if (!placed.has(f.section)) {
      placed.add(f.section);
      figures.push(...replacement);
    }
  }
  for (const [label, rest] of fresh) if (!placed.has(label)) figures.push(...rest);
  // A section measured again supersedes its earlier partial-run entry.
  const earlier = (full.laterSections ?? []).filter((l) => !l.figureSections.every((s) => labels.includes(s)));
  const later: LaterSections = {
    sections: [...sections],
    figureSections: labels,
    date: run.date,
    loadAverageAtStart: run.machine.loadAverageAtStart,
    loadAverageAtEnd: run.machine.loadAverageAtEnd,
  };
  return { ...full, summary: summarise(figures), figures, laterSections: [...earlier, later] };
}
