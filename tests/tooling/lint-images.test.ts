import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { fixturePath } from '../support/fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'kee-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('IMAGE and BACKGROUND tags and sound files in check', () => {
  it('are fine when the file is beside the story', async () => {
    const io = memoryIO(process.cwd());
    expect(await main(['check', fixturePath('any-ink/orchard/the-quiet-orchard.ink'), '--no-explore'], io)).toBe(0);
  });

  it('are errors at their line when the file is missing or the path leaves the story folder', async () => {
    cpSync(fixturePath('any-ink/orchard'), dir, { recursive: true });
    const file = path.join(dir, 'broken.ink');
    writeFileSync(
      file,
      'A gate. # IMAGE: art/missing.png\nA wall. # IMAGE: ../outside.png\nA road. # IMAGE: javascript:alert(1)\nA door. # AUDIO: sounds/missing.mp3\n-> END\n',
    );
    const io = memoryIO(dir);
    expect(await main(['check', file, '--no-explore'], io)).toBe(1);
    expect(io.out()).toContain(`broken.ink:1: error: IMAGE 'art/missing.png' names a file that is not there (${path.join(dir, 'art/missing.png')})`);
    expect(io.out()).toContain("broken.ink:2: error: unknown tag '# IMAGE: ../outside.png': IMAGE '../outside.png' leaves the story's folder");
    expect(io.out()).toContain("broken.ink:3: error: unknown tag '# IMAGE: javascript:alert(1)': IMAGE 'javascript:alert(1)' is a URL");
    expect(io.out()).toContain(
      `broken.ink:4: error: the sound file 'sounds/missing.mp3' in '# AUDIO: sounds/missing.mp3' is not there (${path.join(dir, 'sounds/missing.mp3')})`,
    );
  });

  it('hold BACKGROUND paths to the same rules, and leave backdrop names alone', async () => {
    cpSync(fixturePath('any-ink/orchard'), dir, { recursive: true });
    const file = path.join(dir, 'backdrops.ink');
    writeFileSync(
      file,
      'Dusk. # BACKGROUND: art/missing.svg\nA wall. # BACKGROUND: ../outside.png\nA road. # BACKGROUND: javascript:alert(1)\nTrees. # BACKGROUND: forest\nDark. # BACKGROUND: none\nSky. # BACKGROUND: art/dusk.svg\n-> END\n',
    );
    const io = memoryIO(dir);
    expect(await main(['check', file, '--no-explore'], io)).toBe(1);
    const errors = io
      .out()
      .split('\n')
      .filter((l) => l.includes(': error: '));
    expect(errors).toEqual([
      `backdrops.ink:1: error: BACKGROUND 'art/missing.svg' names a file that is not there (${path.join(dir, 'art/missing.svg')})`,
      "backdrops.ink:2: error: unknown tag '# BACKGROUND: ../outside.png': BACKGROUND '../outside.png' leaves the story's folder",
      expect.stringContaining("backdrops.ink:3: error: unknown tag '# BACKGROUND: javascript:alert(1)': BACKGROUND 'javascript:alert(1)' is a URL"),
    ]);
  });
});
