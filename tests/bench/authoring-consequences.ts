/**
 * What the consequence report costs and how `explore` keeps its time budget
 * (issue 26), for the authoring section: `npm run check` on the flagship with
 * the report and without it (`--no-consequences`), runs interleaved so a busy
 * machine weighs on both alike (budget: at most 20% more); and `npm run
 * explore` with its default 30 s budget on the generated 1,000-line dice game
 * and on the section's generated 1,000-line authored story, timed from spawn
 * to exit (budget: the 30 s plus 2 s).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_SECONDS } from '../../src/authoring/cli-explore';
import { projectRoot } from './build-site';
import type { Figure } from './figures';
import { median, round } from './stats';

interface Run {
  ms: number;
  output: string;
}

function npm(args: string[]): Run {
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: projectRoot,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { ms: performance.now() - started, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

const seconds = (runs: readonly Run[]) => runs.map((r) => round(r.ms / 1000, 1)).join(', ');

export function benchCheckOverhead(section: string, runs = 3): Figure[] {
  const plain: Run[] = [];
  const full: Run[] = [];
  for (let i = 0; i < runs; i++) {
    plain.push(npm(['check', '--', '--no-consequences']));
    full.push(npm(['check']));
  }
  const without = median(plain.map((r) => r.ms));
  const withReport = median(full.map((r) => r.ms));
  return [
    {
      section,
      name: 'check on the flagship, without the consequence report',
      value: round(without, 0),
      unit: 'ms',
      note: `median of ${runs} (${seconds(plain)} s)`,
    },
    {
      section,
      name: 'check on the flagship, with the consequence report',
      value: round(withReport, 0),
      unit: 'ms',
      note: `median of ${runs} (${seconds(full)} s)`,
    },
    {
      section,
      name: 'consequence report: added to check',
      value: round(((withReport - without) / without) * 100, 1),
      unit: '%',
      budget: 20,
      note: 'medians compared; the two kinds of run interleaved',
    },
  ];
}

/** `npm run explore` with its default budget, on a story too big to walk: it must end within the budget plus 2 s. */
export function benchExploreBudget(section: string, story: string, label: string): Figure {
  const run = npm(['explore', '--', story]);
  const partial = /partial: stopped after \d+ s/.test(run.output);
  return {
    section,
    name: `explore (default ${DEFAULT_SECONDS} s budget) on ${label}`,
    value: round(run.ms, 0),
    unit: 'ms',
    budget: (DEFAULT_SECONDS + 2) * 1000,
    note: `${partial ? 'partial, as expected' : 'complete within the budget'}; from spawn to exit, compile included`,
  };
}

export const DICE_GAME = path.join(projectRoot, 'tests/fixtures/dice/dice-game.ink');
