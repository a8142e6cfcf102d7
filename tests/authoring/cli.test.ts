import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs the real entry point the npm scripts use, as a separate process. */
function cli(...argv: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/authoring/cli.ts', ...argv], { cwd: root, encoding: 'utf8', input: '1\n1\n' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the authoring CLI as the npm scripts run it', () => {
  it('exits 0 for a clean story and 1 for one with problems', () => {
    expect(cli('check', path.join(fixturesDir, 'explorer/multi/main.ink')).code).toBe(0);
    const broken = cli('check', path.join(fixturesDir, 'explorer/missing-ending.ink'));
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/^tests\/fixtures\/explorer\/missing-ending\.ink:7: error: /m);
  });

  it('plays a story from piped input', () => {
    const played = cli('play', path.join(fixturesDir, 'explorer/multi/main.ink'));
    expect(played.code).toBe(0);
    expect(played.out).toContain('?> Wind on the ridge.');
  });

  it('explains itself when the command is unknown', () => {
    const wrong = cli('frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("unknown command 'frobnicate'");
  });
});
