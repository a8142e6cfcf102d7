#!/usr/bin/env node
/**
 * `npm test`: lint and format check, the three typechecks (the engine's and
 * the tooling's without the DOM), the unit tests and the real-browser tests.
 * It runs every step even after a failure, so one run shows everything that
 * is wrong, and ends on the plain line `N passed, N failed` that CI reads.
 *
 * The steps run at once, not one after another: the browser tests wait on
 * two builds and on Chromium far more than they compute, and the unit tests
 * run in one worker on a 2-core machine (Vitest keeps a core for itself), so
 * in a row each step left a core idle. The checks and the unit tests run at
 * a lower priority, so the browser tests, the longest chain, are never the
 * ones kept waiting. The checks print when they end; the two Vitest runs
 * print as they go, each line whole.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';

const extra = process.argv.slice(2);
// Files named on the command line may all belong to one project: the other then finds none, which is no failure.
const filters = extra.length > 0 ? ['--passWithNoTests', ...extra] : [];
const LOW = 10;
const vitest = (project) => ({
  name: `vitest: the ${project} tests`,
  cmd: [
    'npx',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=test-results/vitest-${project}.json`,
    ...filters,
  ],
  report: `test-results/vitest-${project}.json`,
  live: true,
});
const steps = [
  { ...vitest('e2e'), priority: 0 },
  { ...vitest('unit'), priority: LOW },
  { name: 'lint and format (biome)', cmd: ['npx', 'biome', 'ci', '.'], priority: LOW },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'], priority: LOW },
  { name: 'typecheck the engine without the DOM', cmd: ['npx', 'tsc', '--noEmit', '-p', 'src/engine/tsconfig.json'], priority: LOW },
  { name: 'typecheck the tooling without the DOM or Node', cmd: ['npx', 'tsc', '--noEmit', '-p', 'src/tooling/tsconfig.json'], priority: LOW },
];

mkdirSync('test-results', { recursive: true });
const started = Date.now();
const results = await Promise.all(steps.map(run));

let passed = 0;
let failed = 0;
console.log('');
for (const [i, step] of steps.entries()) {
  const { code, seconds } = results[i];
  if (step.report) {
    const counted = countReport(step.report);
    passed += counted.passed;
    failed += counted.failed;
    if (code !== 0 && counted.failed === 0) failed++;
  } else if (code === 0) passed++;
  else failed++;
  console.log(`${code === 0 ? '✓' : '✗'} ${step.name} (${seconds} s)`);
}
console.log(`all steps: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Runs one step; resolves with its exit code and how long it took. A live step's lines go out as they come, whole. */
function run(step) {
  if (step.report) rmSync(step.report, { force: true });
  const begun = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.cmd[0], step.cmd.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    // Only ever lowered (raising needs rights); a platform that refuses, or a child already gone, runs at the usual priority.
    try {
      if (step.priority > 0 && child.pid !== undefined) setPriority(child.pid, step.priority);
    } catch {}
    const kept = [];
    const out = (stream, sink) => {
      let partial = '';
      stream.on('data', (chunk) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        if (step.live) for (const line of lines) sink.write(`${line}\n`);
        else kept.push(...lines);
      });
      stream.on('end', () => {
        if (partial && step.live) sink.write(`${partial}\n`);
        else if (partial) kept.push(partial);
      });
    };
    out(child.stdout, process.stdout);
    out(child.stderr, process.stderr);
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - begun) / 1000);
      if (!step.live) {
        console.log(`\n▶ ${step.name} (${seconds} s)`);
        if (kept.length) console.log(kept.join('\n'));
        if (code !== 0) console.log(`✗ ${step.name} failed`);
      }
      resolve({ code: code ?? 1, seconds });
    });
  });
}

/** Passed and failed tests in a Vitest JSON report; a file that failed with no test failing did not run at all (a syntax or import error): count it once. */
function countReport(report) {
  if (!existsSync(report)) {
    console.log(`✗ ${report}: vitest wrote no report`);
    return { passed: 0, failed: 1 };
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const unrun = (json.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed')).length;
  return { passed: json.numPassedTests ?? 0, failed: (json.numFailedTests ?? 0) + unrun };
}
