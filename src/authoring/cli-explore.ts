/**
 * `npm run explore [-- file.ink|file.json] [--random N] [--seed S] [--json]
 * [--max-depth D] [--max-states N] [--max-turns N]`: explores the story (or
 * makes N seeded random playthroughs) and prints the report, readable or as
 * JSON only. Exits non-zero when a player could hit a dead end or an error.
 */
import { parseArgs } from 'node:util';
import { exploreStory, hasProblems, randomWalks } from '../engine/analysis/explorer';
import { placeOf } from '../engine/ink/source-place';
import { formatDiagnostic, hasErrors, relative } from '../tooling/diagnostic';
import { formatReport } from './cli-explore-format';
import type { CliIO } from './cli-io';
import { loadStory } from './cli-load';
import { createProgressBar } from './progress-bar';

export async function runExplore(argv: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      random: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
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
  const bar = createProgressBar(io.stderr, values.random ? 'random walks' : 'exploring');
  const report = values.random
    ? randomWalks(story.json, {
        runs: number('random', values.random) ?? 100,
        seed,
        maxTurns: number('max-turns', values['max-turns']) ?? number('max-depth', values['max-depth']),
        onProgress: (done, runs) => bar.update(done / runs, `${done}/${runs} runs`),
      })
    : exploreStory(story.json, {
        seed,
        maxDepth: number('max-depth', values['max-depth']),
        maxStates: number('max-states', values['max-states']),
        maxTurns: number('max-turns', values['max-turns']),
        onProgress: (p) => bar.update(p.fraction, `${p.states} states, ${p.choicesReached}/${p.choicesTotal} choices`),
      });
  bar.done();

  io.stdout.write(
    values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReport(report, relative(story.file, io.cwd), (at) => {
          const place = at && story.lines ? placeOf(at, story.lines) : null;
          return place ? `${relative(place.file, io.cwd)}:${place.line}` : null;
        }),
  );
  return hasProblems(report) ? 1 : 0;
}
