import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { compileInk } from '../../src/authoring/compile-ink';

/** A small story in a temporary folder: main.ink with two INCLUDEs and a scenes/ folder. */
function tempStory(main = '# title: Temp\nINCLUDE scenes/a.ink\nINCLUDE scenes/b.ink\n-> a\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'new-scene-'));
  mkdirSync(path.join(dir, 'story', 'scenes'), { recursive: true });
  writeFileSync(path.join(dir, 'story', 'main.ink'), main);
  writeFileSync(path.join(dir, 'story', 'scenes', 'a.ink'), '=== a ===\nA. # ending: a # ending_title: A\n-> END\n');
  writeFileSync(path.join(dir, 'story', 'scenes', 'b.ink'), '=== b ===\nB.\n-> a\n');
  return dir;
}

describe('npm run new-scene', () => {
  it('scaffolds a scene that compiles and includes it after the last INCLUDE', async () => {
    const dir = tempStory();
    const io = memoryIO(dir);
    expect(await main(['new-scene', 'ridge_walk'], io)).toBe(0);
    const scene = readFileSync(path.join(dir, 'story/scenes/ridge_walk.ink'), 'utf8');
    expect(scene).toContain('=== ridge_walk ===');
    expect(scene).toContain('# scene: Ridge Walk');
    expect(scene).toMatch(/\* \[Carry on\.\]/);
    expect(readFileSync(path.join(dir, 'story/main.ink'), 'utf8')).toBe(
      '# title: Temp\nINCLUDE scenes/a.ink\nINCLUDE scenes/b.ink\nINCLUDE scenes/ridge_walk.ink\n-> a\n',
    );
    const compiled = compileInk(path.join(dir, 'story/main.ink'));
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.diagnostics.map((d) => d.message)).toContain('Write the Ridge Walk scene, then divert onward instead of ending here.');
  });

  it('refuses to overwrite an existing scene', async () => {
    const dir = tempStory();
    const io = memoryIO(dir);
    expect(await main(['new-scene', 'a'], io)).toBe(1);
    expect(io.err()).toContain('story/scenes/a.ink already exists; not overwriting it');
    expect(readFileSync(path.join(dir, 'story/scenes/a.ink'), 'utf8')).toContain('A. # ending: a');
  });

  it('refuses a name ink cannot use as a knot', async () => {
    const io = memoryIO(tempStory());
    expect(await main(['new-scene', 'ridge-walk'], io)).toBe(1);
    expect(io.err()).toContain("'ridge-walk' cannot be an ink knot name; use letters, digits and _ (e.g. ridge_walk)");
  });

  it('puts everything back when the new knot clashes with an existing one', async () => {
    const dir = tempStory('# title: Temp\nINCLUDE scenes/a.ink\n-> a\n=== ridge ===\nR.\n-> END\n');
    const before = readFileSync(path.join(dir, 'story/main.ink'), 'utf8');
    const io = memoryIO(dir);
    expect(await main(['new-scene', 'ridge'], io)).toBe(1);
    expect(existsSync(path.join(dir, 'story/scenes/ridge.ink'))).toBe(false);
    expect(readFileSync(path.join(dir, 'story/main.ink'), 'utf8')).toBe(before);
  });

  it('takes the entry file from --story and adds the first INCLUDE after the global tags', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'new-scene-'));
    mkdirSync(path.join(dir, 'tale'));
    writeFileSync(path.join(dir, 'tale', 'start.ink'), '# title: Tale\n# author: Someone\n\nOnce. # ending: once # ending_title: Once\n-> END\n');
    const io = memoryIO(dir);
    expect(await main(['new-scene', 'cave', '--story', 'tale/start.ink'], io)).toBe(0);
    expect(existsSync(path.join(dir, 'tale/scenes/cave.ink'))).toBe(true);
    expect(readFileSync(path.join(dir, 'tale/start.ink'), 'utf8')).toBe(
      '# title: Tale\n# author: Someone\n\nINCLUDE scenes/cave.ink\nOnce. # ending: once # ending_title: Once\n-> END\n',
    );
  });
});
