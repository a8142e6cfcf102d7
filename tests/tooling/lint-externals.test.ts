import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink';
import { formatDiagnostic } from '../../src/tooling/diagnostic';
import { lintStory } from '../../src/tooling/lint';
import { fixturePath, fixturesDir } from '../support/fixtures';

function lint(name: string): string[] {
  const compiled = compileInk(fixturePath(name));
  if (!compiled.json) throw new Error(`${name} did not compile`);
  return lintStory({ entry: compiled.dependencies[0] ?? '', json: compiled.json, sources: compiled.sources }, { explore: false }).map((d) =>
    formatDiagnostic(d, fixturesDir),
  );
}

describe('EXTERNAL functions in check', () => {
  it('are an error at their declaration when called with no ink fallback, a warning when never called', () => {
    expect(lint('any-ink/external-missing.ink')).toEqual([
      'any-ink/external-missing.ink:1: error: EXTERNAL roll() has no ink fallback and the player binds no such function, so the story stops when it calls it: add === function roll(…) === to the story',
      'any-ink/external-missing.ink:2: warning: EXTERNAL unused() is never called and has no ink fallback',
    ]);
  });

  it('are fine with an ink fallback, which also counts as called', () => {
    expect(lint('conformance/external-fallback.ink')).toEqual([]);
  });
});
