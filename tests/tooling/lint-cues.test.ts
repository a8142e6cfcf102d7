import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { compileInk } from '../../src/authoring/compile-ink';
import { formatDiagnostic } from '../../src/tooling/diagnostic';
import { lintStory } from '../../src/tooling/lint';
import { fixturePath, fixturesDir } from '../support/fixtures';

describe('sound cues in check', () => {
  it('are errors at their line when the player has no such cue, and AUDIOLOOP: none is fine', () => {
    const compiled = compileInk(fixturePath('any-ink/cues.ink'));
    const lint = lintStory(
      { entry: compiled.dependencies[0] ?? '', json: compiled.json ?? '', sources: compiled.sources },
      { explore: false, cues: ['alarm', 'forest'] },
    );
    expect(lint.map((d) => formatDiagnostic(d, fixturesDir))).toEqual([
      "any-ink/cues.ink:2: error: sound 'forestt' in '# AUDIOLOOP: forestt' is not one of the cues the player has (alarm, forest), so nothing would play",
    ]);
  });

  it('are checked by npm run check against the sounds in assets/audio', async () => {
    const io = memoryIO(process.cwd());
    expect(await main(['check', fixturePath('any-ink/cues.ink'), '--no-explore'], io)).toBe(1);
    expect(io.out()).toMatch(/cues\.ink:2: error: sound 'forestt'.*\(alarm, .*forest.*\)/);
  });
});
