import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { compileInk } from '../../src/authoring/compile-ink';
import { placeOf } from '../../src/engine/ink/source-place';
import { fixturePath, fixturesDir } from '../support/fixtures';

describe('runtime errors at a file and line', () => {
  it('are printed by play the way inklecate prints them', async () => {
    const io = memoryIO(fixturesDir, ['1', '1']);
    expect(await main(['play', 'runtime-error.ink'], io)).toBe(1);
    expect(io.out()).toContain("RUNTIME ERROR: 'runtime-error.ink' line 8: ran out of content. Do you need a '-> DONE' or '-> END'?");
  });

  it('name the line of a tunnel that never returns, in play, explore and check', async () => {
    const play = memoryIO(fixturesDir, ['1']);
    await main(['play', 'explorer/tunnel-error.ink'], play);
    expect(play.out()).toContain("RUNTIME ERROR: 'explorer/tunnel-error.ink' line 11: unexpectedly reached end of content.");
    const explore = memoryIO(fixturesDir);
    await main(['explore', 'explorer/tunnel-error.ink'], explore);
    expect(explore.out()).toMatch(/Errors: 1\n {2}unexpectedly reached end of content\..* at explorer\/tunnel-error\.ink:11 after "The helper shrugs\."/);
    const check = memoryIO(fixturesDir);
    await main(['check', 'explorer/tunnel-error.ink'], check);
    expect(check.out()).toContain('explorer/tunnel-error.ink:11: error: runtime error: unexpectedly reached end of content.');
  });

  it('come from a map of container paths to lines that covers INCLUDEd files too', () => {
    const { lines } = compileInk(fixturePath('explorer/multi/main.ink'));
    expect(lines?.files.some((f) => f.endsWith('scenes/deep/ridge.ink'))).toBe(true);
    const ridge = Object.keys(lines?.at ?? {}).find((path) => path.startsWith('ridge'));
    expect(ridge && lines ? placeOf(`${ridge}.0`, lines)?.file : null).toMatch(/ridge\.ink$/);
  });
});
