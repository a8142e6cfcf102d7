import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { fixturesDir } from '../support/fixtures';

async function check(file: string) {
  const io = memoryIO(fixturesDir);
  const code = await main(['check', file], io);
  const lines = io.out().trimEnd().split('\n');
  return { code, lines, problems: lines.slice(0, -1), summary: lines.at(-1) ?? '' };
}

const DIAGNOSTIC = /^[\w./-]+\.ink(:\d+)?: (error|warning|info): .+$/;

describe('npm run check', () => {
  it('passes a story spread over INCLUDEd files in subfolders', async () => {
    const { code, problems, summary } = await check('explorer/multi/main.ink');
    expect(problems).toEqual([]);
    expect(summary).toBe('check: explorer/multi/main.ink and 2 included files is fine: 0 errors, 0 warnings, 0 TODOs');
    expect(code).toBe(0);
  });

  it('fails with file:line: severity: message lines and a one-line summary', async () => {
    const { code, problems, summary } = await check('explorer/missing-ending.ink');
    expect(code).toBe(1);
    for (const line of problems) expect(line).toMatch(DIAGNOSTIC);
    expect(problems).toContain(
      'explorer/missing-ending.ink:7: error: the story ends here without an ending tag (# ending: id # ending_title: Title before -> END), after choosing 2 in npm run play',
    );
    expect(summary).toBe('check: explorer/missing-ending.ink has problems: 2 errors, 1 warning, 0 TODOs');
  });

  it('does not count a missing INCLUDE as an included file', async () => {
    const { code, summary } = await check('missing-include.ink');
    expect(code).toBe(1);
    expect(summary).toBe('check: missing-include.ink does not compile: 1 error, 0 warnings, 0 TODOs');
  });

  it('names the INCLUDEd file and line of a compile error', async () => {
    const { code, problems, summary } = await check('broken/main.ink');
    expect(code).toBe(1);
    expect(problems[0]).toMatch(/^broken\/scenes\/deeper\/bad\.ink:3: error: /);
    expect(summary).toMatch(/does not compile/);
  });

  it('lists the TODOs without failing', async () => {
    const { code, problems, summary } = await check('lint/todo.ink');
    expect(problems).toEqual(['lint/todo.ink:2: info: TODO: write a better opening']);
    expect(summary).toMatch(/1 TODO$/);
    expect(code).toBe(0);
  });

  it('reports lint problems in the INCLUDEd file they are in', async () => {
    const { problems } = await check('lint/stats/main.ink');
    // The consequence report's findings ([rule-id]) are counted in cli-consequences.test.ts.
    expect(problems.filter((l) => l.startsWith(`lint/stats/scenes/deeper/range.ink:`) && !l.includes(': ['))).toHaveLength(2);
  });

  it('checks a story relative to the working directory, defaulting to story/main.ink', async () => {
    const io = memoryIO(path.join(fixturesDir, 'explorer/multi'));
    await main(['check'], io);
    expect(io.out()).toMatch(/no such file|cannot read the story file/);
    const ok = memoryIO(path.join(fixturesDir, 'explorer'));
    expect(await main(['check', 'multi/main.ink'], ok)).toBe(0);
  });
});
