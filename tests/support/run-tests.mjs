#!/usr/bin/env node
/**
 * `npm test`: lint and format check, both typechecks (the engine's has no DOM),
 * then every vitest test including the real-browser ones. It runs every step
 * even after a failure, so one run shows everything that is wrong, and ends on
 * the plain line `N passed, N failed` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = 'test-results/vitest.json';
const steps = [
  { name: 'lint and format (biome)', cmd: ['npx', 'biome', 'ci', '.'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'typecheck the engine without the DOM', cmd: ['npx', 'tsc', '--noEmit', '-p', 'src/engine/tsconfig.json'] },
  { name: 'typecheck the tooling without the DOM or Node', cmd: ['npx', 'tsc', '--noEmit', '-p', 'src/tooling/tsconfig.json'] },
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.log(`✗ ${step.name} failed`);
  }
}

mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
console.log('\n▶ vitest');
const extra = process.argv.slice(2);
const v = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], { stdio: 'inherit' });
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + filesThatFailedToRun(json);
} else {
  failed++;
  console.log('✗ vitest wrote no report');
}
if (v.status !== 0 && failed === 0) failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** A test file that failed with none of its tests failing did not run at all (a syntax or import error): count it once. */
function filesThatFailedToRun(json) {
  return (json.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed')).length;
}
