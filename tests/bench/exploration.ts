/**
 * Exploration speed: the explorer (src/engine/analysis/explore-core.ts) on the flagship
 * story and on a generated one of 320 knots (tests/support/generate-story.ts),
 * against the naive depth-first walker (naive-walker.ts), in the same process
 * and run. Time to full coverage is when every choice the explorer ends up
 * taking has been taken; the explorer's own moment comes from its per-state
 * hook (a state's open choices are all taken when the next state starts), the
 * walker's from its own bookkeeping. The walker stops at full coverage or at
 * its time limit, whichever comes first.
 *
 * The budgeted flagship is explored three times and the run with the median
 * time is reported, as every other timing here is a median: one run on this
 * shared machine read 7.2 s in one hour and 10.1 s in the next.
 */
import { exploreStates } from '../../src/engine/analysis/explore-core';
import type { ExploreReport } from '../../src/engine/analysis/explore-report';
import { indexStory } from '../../src/engine/analysis/story-index';
import { compileGenerated } from '../support/fixtures';
import { BUDGETS } from './budgets';
import type { BenchSection, Figure } from './figures';
import { type NaiveResult, naiveWalk } from './naive-walker';
import { round } from './stats';

interface ExplorerRun {
  report: ExploreReport;
  ms: number;
  fullCoverageMs: number;
  taken: Set<string>;
  /** [ms, choices taken so far], one point per state that added coverage. */
  timeline: [number, number][];
}

function runExplorer(storyJson: string): ExplorerRun {
  const taken = new Set<string>();
  const timeline: [number, number][] = [];
  let grew = false;
  let fullCoverageMs = 0;
  const started = performance.now();
  const report = exploreStates(storyJson, {}, (state) => {
    if (grew) {
      fullCoverageMs = performance.now() - started;
      timeline.push([fullCoverageMs, taken.size]);
    }
    grew = false;
    for (const c of state.choices) {
      if (!c.locked && !taken.has(c.id)) {
        taken.add(c.id);
        grew = true;
      }
    }
  });
  const ms = performance.now() - started;
  if (grew) {
    fullCoverageMs = ms;
    timeline.push([ms, taken.size]);
  }
  return { report, ms, fullCoverageMs, taken, timeline };
}

/** How many choices the explorer had taken after `ms`. */
function coveredBy(run: ExplorerRun, ms: number): number {
  let covered = 0;
  for (const [at, n] of run.timeline) if (at <= ms) covered = n;
  return covered;
}

/** Choices the walker took that the explorer took too (the explorer's final set is the yardstick). */
function coverageOf(naive: NaiveResult, explorer: ExplorerRun): number {
  let n = 0;
  for (const id of naive.taken) if (explorer.taken.has(id)) n++;
  return n;
}

/** The coverage-time ratio, a lower bound when the walker gave up after the explorer had finished, else unknown. */
function coverageRatio(naive: NaiveResult, explorer: ExplorerRun): Pick<Figure, 'value' | 'note'> {
  if (naive.fullCoverageMs !== null) return { value: round(naive.fullCoverageMs / explorer.fullCoverageMs, 1) };
  if (naive.ms >= explorer.fullCoverageMs) return { value: round(naive.ms / explorer.fullCoverageMs, 1), note: 'at least: the walker never got there' };
  return { value: null, note: 'unknown: the walker stopped before the explorer reached full coverage' };
}

/** The run whose time is the median of `runs` runs (the upper middle one for an even count). */
function medianRun(storyJson: string, runs: number): { explorer: ExplorerRun; times: number[] } {
  const all = Array.from({ length: runs }, () => runExplorer(storyJson)).sort((a, b) => a.ms - b.ms);
  const explorer = all[Math.floor(all.length / 2)];
  if (!explorer) throw new Error('no explorer run');
  return { explorer, times: all.map((r) => r.ms) };
}

function benchOne(label: string, storyJson: string, naiveLimitMs: number, runs: number, budgetMs?: number): { figures: Figure[]; details: unknown } {
  const index = indexStory(storyJson);
  const knots = new Set(index.flows.filter((f) => !f.isFunction).map((f) => f.knot)).size;
  const choices = index.choicePoints.filter((c) => !c.invisibleDefault).length;
  exploreStates(storyJson, { maxTurns: 500 }); // warm-up for the JIT; every run builds its own story, so no cache carries over
  const { explorer, times } = medianRun(storyJson, runs);
  const of = runs > 1 ? `median of ${runs} runs (${times.map((ms) => round(ms / 1000, 1)).join(', ')} s); ` : '';
  const naive = naiveWalk(storyJson, { timeLimitMs: naiveLimitMs, coverageTarget: explorer.taken });
  const { limits, coverage } = explorer.report;
  const perSecond = (n: number, ms: number) => round((n / ms) * 1000, 0);
  const explorerRate = perSecond(limits.turns, explorer.ms);
  const naiveRate = perSecond(naive.turns, naive.ms);
  const section = `explore: ${label}`;
  const naiveCoverage =
    naive.fullCoverageMs === null
      ? `never reached in ${round(naive.ms / 1000, 1)} s: ${naive.taken.size}/${explorer.taken.size} choices (the explorer had ${coveredBy(explorer, naive.ms)} by then)`
      : undefined;
  return {
    figures: [
      { section, name: 'story size', value: knots, unit: 'knots', note: `${choices} choices, ${index.flows.length} knots+stitches` },
      {
        section,
        name: 'explorer: full exploration',
        value: round(explorer.ms, 0),
        unit: 'ms',
        budget: budgetMs,
        note: `${of}${limits.complete ? 'complete' : `INCOMPLETE (${limits.stoppedBy ?? 'depth cap'})`}; ${coverage.choices.reached}/${coverage.choices.total} choices`,
      },
      {
        section,
        name: 'explorer: time to full coverage',
        value: round(explorer.fullCoverageMs, 0),
        unit: 'ms',
        note: `${explorer.taken.size} choices taken${limits.complete ? '' : ': the coverage reached before the cap, not all there is'}`,
      },
      { section, name: 'explorer: states/second', value: perSecond(limits.states, explorer.ms), unit: 'states/s', note: `${limits.states} distinct states` },
      { section, name: 'explorer: choices taken/second', value: explorerRate, unit: 'turns/s', note: `${limits.turns} turns` },
      {
        section,
        name: 'naive JSON DFS: states/second',
        value: perSecond(naive.states, naive.ms),
        unit: 'states/s',
        note: `${naive.states} states, stopped by ${naive.stoppedBy}`,
      },
      { section, name: 'naive JSON DFS: choices taken/second', value: naiveRate, unit: 'turns/s' },
      {
        section,
        name: 'naive JSON DFS: time to full coverage',
        value: naive.fullCoverageMs === null ? null : round(naive.fullCoverageMs, 0),
        unit: 'ms',
        note: naiveCoverage,
      },
      { section, name: 'explorer ÷ naive, choices/second', value: round(explorerRate / naiveRate, 1), unit: '×' },
      { section, name: 'naive ÷ explorer, time to full coverage', unit: '×', ...coverageRatio(naive, explorer) },
      {
        section,
        name: 'explorer ÷ naive, choices covered in equal time',
        value: round(coveredBy(explorer, naive.ms) / Math.max(1, coverageOf(naive, explorer)), 2),
        unit: '×',
        note: `after ${round(naive.ms / 1000, 1)} s: explorer ${coveredBy(explorer, naive.ms)}, naive ${coverageOf(naive, explorer)} of ${explorer.taken.size}`,
      },
    ],
    details: {
      knots,
      choices,
      explorer: {
        ms: explorer.ms,
        runsMs: times,
        fullCoverageMs: explorer.fullCoverageMs,
        limits,
        coverage: { choices: coverage.choices.reached, total: coverage.choices.total },
      },
      naive: {
        ms: naive.ms,
        states: naive.states,
        turns: naive.turns,
        taken: naive.taken.size,
        fullCoverageMs: naive.fullCoverageMs,
        stoppedBy: naive.stoppedBy,
      },
    },
  };
}

export function benchExploration(flagshipJson: string, naiveLimitMs: number): BenchSection {
  const flagship = benchOne('flagship', flagshipJson, naiveLimitMs, 3, BUDGETS.flagshipExploreMs);
  // One run: it stops at the state cap after about 10 s, and carries no budget.
  const generated = benchOne('generated 320 knots', compileGenerated({ knots: 320 }), naiveLimitMs, 1);
  return { figures: [...flagship.figures, ...generated.figures], details: { flagship: flagship.details, generated: generated.details } };
}
