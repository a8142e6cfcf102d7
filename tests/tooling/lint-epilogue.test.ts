/** The `epilogue` tag in `npm run check`: a sentence is fine, an empty one is an error at its line. */
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink';
import { formatDiagnostic } from '../../src/tooling/diagnostic';
import { lintStory } from '../../src/tooling/lint';
import { fixturePath, fixturesDir } from '../support/fixtures';

describe('the epilogue tag in the lint', () => {
  it('accepts an epilogue sentence and flags an empty epilogue where it is written', () => {
    const compiled = compileInk(fixturePath('lint/epilogue-tags.ink'));
    if (!compiled.json) throw new Error('the fixture did not compile');
    const lines = lintStory({ entry: compiled.dependencies[0] ?? '', json: compiled.json, sources: compiled.sources }, { explore: true }).map((d) =>
      formatDiagnostic(d, fixturesDir),
    );
    expect(lines).toEqual(["lint/epilogue-tags.ink:8: error: unknown tag '# epilogue:': epilogue needs a sentence saying what came after"]);
  });
});
