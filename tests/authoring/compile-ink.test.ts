import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink';
import { formatDiagnostic } from '../../src/tooling/diagnostic';
import { fixturePath, fixturesDir } from '../support/fixtures';

describe('compiling ink', () => {
  it('compiles a story and lists the files it read', () => {
    const result = compileInk(fixturePath('stats.ink'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.parse(result.json ?? '{}').inkVersion).toBeGreaterThan(0);
    expect(result.dependencies).toEqual([fixturePath('stats.ink')]);
  });

  it('reports an error inside an INCLUDEd file with that file and line', () => {
    const result = compileInk(fixturePath('broken/main.ink'));
    expect(result.json).toBeNull();
    const first = result.diagnostics[0];
    expect(first).toMatchObject({ severity: 'error', file: fixturePath('broken/scenes/deeper/bad.ink'), line: 3 });
    expect(first?.source).toBe('This one is not {oops');
    expect(formatDiagnostic(first!, fixturesDir)).toMatch(/^broken\/scenes\/deeper\/bad\.ink:3: error: /);
    expect(result.dependencies).toContain(path.join(fixturesDir, 'broken/scenes/deeper/bad.ink'));
  });

  it('names a missing INCLUDEd file', () => {
    const result = compileInk(fixturePath('missing-include.ink'));
    expect(result.json).toBeNull();
    expect(result.diagnostics[0]?.message).toBe("cannot find the INCLUDEd file 'scenes/not-here.ink'");
    expect(result.diagnostics[0]?.line).toBe(1);
  });

  it('says plainly when the entry file does not exist', () => {
    const result = compileInk(fixturePath('nope.ink'));
    expect(result.diagnostics[0]?.message).toMatch(/cannot read the story file/);
  });
});
