/**
 * `npm run explore [-- file.ink|file.json] [--random N] [--seed S] [--json]
 * [--time S] [--max-depth D] [--max-states N] [--max-turns N]`: explores the
 * story (or makes N seeded random playthroughs) and prints the report with
 * the consequence report's findings, readable or as JSON only. The walk stops
 * after `--time` seconds (30 by default, 0 for no limit) with a partial
 * report, so a story of any size answers. Exits non-zero when a player could
 * hit a dead end or an error; a partial run alone is not a failure.
 */
import { parseArgs } from 'node:util';
import { exploreConsequences } from '../engine/analysis/consequences';
import { hasProblems, randomWalks } from '../engine/analysis/explorer';
import { placeOf } from '../engine/ink/source-place';
import { formatDiagnostic, hasErrors, relative } from '../tooling/diagnostic';
import { consequenceDiagnostics, placeReport } from '../tooling/lint-consequences';
import { toSourceFiles } from '../tooling/lint-sources';
import { formatReport } from './cli-explore-format';
import type { CliIO } from './cli-io';
import { loadStory } from './cli-load';
import { createProgressBar } from './progress-bar';

export async function runExplore(argv: string[], io: CliIO): Promise<number> {
  const started = io.startedAt ?? Date.now();
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      random: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      time: { type: 'string' },
      'max-depth': { type: 'string' },
      'max-states': { type: 'string' },
      'max-turns': { type: 'string' },
    },
  });
  const story = loadStory(positionals[0], io.cwd);
  // Compile problems go to stderr so `--json` output stays parseable.
  for (const d of story.diagnostics.filter((x) => x.severity !== 'info')) io.stderr.write(`${formatDiagnostic(d, io.cwd)}\n`);
  if (!story.json || hasErrors(story.diagnostics)) return 2;

  const number = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`--${name} needs a whole number, not '${raw}'`);
    return value;
  };
  const seed = number('seed', values.seed) ?? 1;
  const seconds = number('time', values.time) ?? DEFAULT_SECONDS;
  const budget = seconds === 0 ? undefined : seconds * 1000;
  // The budget counts from the process's start, as the author's clock does: starting up and compiling come out of
  // it, and so does a reserve for writing the report after the walk stops.
  const walkMillis = budget === undefined ? undefined : Math.max(0, budget - (Date.now() - started) - Math.min(FINISH_RESERVE_MS, budget / 10));
  const bar = createProgressBar(io.stderr, values.random ? 'random walks' : 'exploring');
  const report = values.random
    ? randomWalks(story.json, {
        runs: number('random', values.random) ?? 100,
        seed,
        maxTurns: number('max-turns', values['max-turns']) ?? number('max-depth', values['max-depth']),
        onProgress: (done, runs) => bar.update(done / runs, `${done}/${runs} runs`),
      })
    : exploreConsequences(story.json, {
        seed,
        maxDepth: number('max-depth', values['max-depth']),
        maxStates: number('max-states', values['max-states']),
        maxTurns: number('max-turns', values['max-turns']),
        maxMillis: walkMillis,
        // The bar fills with coverage, or with the clock when that runs out first: either way it says how far along it is.
        onProgress: (p) => {
          const covered = p.choicesTotal === 0 ? 1 : p.choicesReached / p.choicesTotal;
          const clock = budget ? (Date.now() - started) / budget : 0;
          bar.update(
            Math.max(covered, clock, p.fraction),
            `${Math.floor(covered * 100)}% of choices (${p.choicesReached}/${p.choicesTotal}), ${p.states} states`,
          );
        },
      });
  bar.done();

  const sources = toSourceFiles(story.sources);
  const consequences = report.consequences;
  const placed = consequences && placeReport(consequences, sources, story.file, story.lines);
  if (values.json) {
    // Findings carry their file and line here, as check prints them, so a tool reading the JSON needs no source map.
    if (placed) placed.findings = placed.findings.map((f) => ({ ...f, file: relative(f.file, io.cwd) }));
    io.stdout.write(`${JSON.stringify(placed ? { ...report, consequences: placed } : report, null, 2)}\n`);
  } else {
    io.stdout.write(
      formatReport(report, relative(story.file, io.cwd), seconds, (at) => {
        const place = at && story.lines ? placeOf(at, story.lines) : null;
        return place ? `${relative(place.file, io.cwd)}:${place.line}` : null;
      }),
    );
    const found = consequences ? consequenceDiagnostics(consequences, sources, story.file, story.lines) : [];
    if (placed) io.stdout.write(`\nConsequences: ${countLine(placed.counts)}${placed.acknowledged ? `, ${placed.acknowledged} acknowledged` : ''}\n`);
    for (const d of found) io.stdout.write(`${formatDiagnostic(d, io.cwd)}\n`);
  }
  return hasProblems(report) ? 1 : 0;
}

/** How long `explore` walks when not told: long enough for the flagship, short enough that a huge story still answers. */
export const DEFAULT_SECONDS = 30;

/** Kept back from the budget for what follows the walk: building the report, the consequence rules, printing. */
const FINISH_RESERVE_MS = 2000;

function countLine(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([rule, n]) => `${n} [${rule}]`)
    .join(', ');
}
