/**
 * `npm run build` as an author runs it: the flagship builds without a single
 * warning line, and a story that does not compile fails with `file:line:
 * message` and the source line, not a bundler's stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function build(env: NodeJS.ProcessEnv = {}) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kee-build-'));
  // Vitest's own NODE_ENV=test would make Vite build for development; an author's shell has none.
  const { NODE_ENV: _, VITE_CONFIG_NATIVE_IGNORE_WARNING: __, ...parent } = process.env;
  const run = spawnSync('npx', ['tsx', 'src/authoring/build-cli.ts', '--out-dir', outDir], {
    cwd: root,
    env: { ...parent, NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}`, stderr: run.stderr, outDir };
}

describe('npm run build', () => {
  it('builds the flagship, its studio and its one-file page without a warning', { timeout: 300_000 }, () => {
    const { code, output, outDir } = build();
    expect(code, output).toBe(0);
    // Vite's list of written files (a chunk may be called asset-warnings) is not a warning.
    const written = /\s[\d.,]+ kB$/;
    const noisy = output.split('\n').filter((line) => !written.test(line) && /warn|\(!\)|\[[A-Z_]{6,}\]|deprecat/i.test(line));
    expect(noisy).toEqual([]);
    for (const file of ['index.html', 'studio/index.html', 'kees-first-raid.html']) expect(existsSync(path.join(outDir, file)), file).toBe(true);
  });

  it('fails on a story that does not compile with file:line, the message and the source line, and no stack', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kee-broken-'));
    const story = path.join(dir, 'main.ink');
    writeFileSync(story, 'Hello.\n-> nowhere\n');
    const { code, stderr } = build({ KEE_STORY: story });
    expect(code).toBe(1);
    expect(stderr).toContain(`${story}:2: error: Divert target not found: '-> nowhere'\n    2 | -> nowhere\n`);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/RolldownError|Build failed with/);
  });
});
