/**
 * The author's tools on a story of 1,000 lines (issue 16: `npm run build` under
 * a minute, `npm run check` under 30 s, on this 2-core machine). The story is
 * generated, seeded, in the shape an Inky user writes
 * (tests/support/generate-authored-story.ts), into a temporary folder; each
 * command runs as an author runs it, through npm in the project's folder
 * (`npm run check -- main.ink`, `KEE_STORY=main.ink npm run build`), a few
 * times, and the median is reported.
 *
 * Both commands explore the story and stop at a cap on a story this size
 * (check at 5,000 states or its 10 s budget; the build's report behind the
 * story map at 12,000 states (REPORT_MAX_STATES) or its 20 s budget): each figure says whether that run was
 * partial, from the notice the command prints. Each build starts without the
 * report cache (node_modules/.cache/kee-story-report), as an author's first
 * build of a changed story does; a cached report would hide the exploration.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPORT_MAX_STATES, reportCachePath } from '../../src/authoring/story-report';
import { compileStoryFile } from '../support/fixtures';
import { generateAuthoredStory, writeAuthoredStory } from '../support/generate-authored-story';
import { benchCheckOverhead, benchExploreBudget, DICE_GAME } from './authoring-consequences';
import { BUDGETS } from './budgets';
import { projectRoot } from './build-site';
import type { BenchSection, Figure } from './figures';
import { median, round } from './stats';

const CHECK_PARTIAL = /info: partial: stopped exploring/;
const BUILD_PARTIAL = /the story report is partial/;

interface Timed {
  ms: number;
  partial: boolean;
  ok: boolean;
}

/** Runs an npm script in the project's folder and times it; `partial` when its output carries the cap's notice. */
function timeNpm(args: string[], partial: RegExp, env: NodeJS.ProcessEnv = {}): Timed {
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.error) throw run.error;
  if (run.status !== 0 && args[0] === 'build') throw new Error(`npm run build failed:\n${output.slice(-2000)}`);
  return { ms, partial: partial.test(output), ok: run.status === 0 };
}

/** The median run's time, with every run's time and how many were partial. */
function summarise(name: string, runs: Timed[], budgetMs: number, section: string, what: string): Figure {
  const times = runs.map((r) => r.ms);
  const partial = runs.filter((r) => r.partial).length;
  const each = times.map((ms) => round(ms / 1000, 1)).join(', ');
  const partialNote = partial === 0 ? 'complete' : partial === runs.length ? `partial: ${what}` : `${partial} of ${runs.length} runs partial: ${what}`;
  return { section, name, value: round(median(times), 0), unit: 'ms', budget: budgetMs, note: `median of ${runs.length} (${each} s); ${partialNote}` };
}

export function benchAuthoring(runs = 3, lines = 1000): BenchSection {
  const story = generateAuthoredStory({ lines });
  const dir = mkdtempSync(path.join(tmpdir(), 'kee-bench-authoring-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'kee-bench-authoring-site-'));
  try {
    const entry = writeAuthoredStory(dir, story);
    const cache = reportCachePath(compileStoryFile(entry), REPORT_MAX_STATES);
    const checks: Timed[] = [];
    const builds: Timed[] = [];
    for (let i = 0; i < runs; i++) {
      checks.push(timeNpm(['check', '--', entry], CHECK_PARTIAL));
      if (cache) rmSync(cache, { force: true });
      builds.push(timeNpm(['build', '--', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], BUILD_PARTIAL, { KEE_STORY: entry }));
    }
    if (cache) rmSync(cache, { force: true });
    const failedChecks = checks.filter((c) => !c.ok).length;
    const section = `authoring: ${lines.toLocaleString('en-GB')}-line story`;
    const consequences = [
      ...benchCheckOverhead('authoring: consequence report', runs),
      benchExploreBudget('authoring: consequence report', DICE_GAME, 'the 1,000-line dice game'),
      benchExploreBudget('authoring: consequence report', entry, `the generated ${lines.toLocaleString('en-GB')}-line story`),
    ];
    return {
      figures: [
        {
          section,
          name: 'story size',
          value: story.lines,
          unit: 'lines',
          note: `${Object.keys(story.files).length} files (main.ink + INCLUDEs), ${story.knots} knots, seeded`,
        },
        summarise('npm run build', builds, BUDGETS.authoringBuildMs, section, "the story map's report stopped at its cap"),
        {
          ...summarise('npm run check', checks, BUDGETS.authoringCheckMs, section, 'the exploration stopped at its cap'),
          ...(failedChecks ? { note: `${failedChecks} of ${runs} checks reported errors` } : {}),
        },
        ...consequences,
      ],
      details: { lines: story.lines, knots: story.knots, files: Object.keys(story.files), checks, builds },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}
