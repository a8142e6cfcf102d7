import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { fixturePath } from '../support/fixtures';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'kee-compile-'));

/** Plays a story with plain inkjs, taking the first choice each time, and returns everything it wrote. */
function playWithPlainInkjs(json: string): string {
  const story = new Story(json);
  let text = '';
  for (let turn = 0; turn < 20; turn++) {
    text += story.ContinueMaximally();
    if (story.currentChoices.length === 0) break;
    story.ChooseChoiceIndex(0);
  }
  return text;
}

describe('npm run compile', () => {
  it('writes JSON that plain inkjs loads and plays, INCLUDEs and all', async () => {
    const out = path.join(scratch(), 'multi.json');
    const io = memoryIO(fixturePath('explorer/multi'));
    expect(await main(['compile', 'main.ink', '-o', out], io)).toBe(0);
    expect(io.out()).toMatch(/^compile: wrote .*multi\.json \([\d,]+ bytes\)\n$/);
    const json = readFileSync(out, 'utf8');
    expect(JSON.parse(json)).toMatchObject({ inkVersion: 21 });
    expect(playWithPlainInkjs(json)).toContain('Wind on the ridge.');
  });

  it('keeps whole floats as floats, as inklecate writes them', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'half.ink'), 'VAR half = 1.0\n{half / 4} {2.0 / 4}\n-> END\n');
    const io = memoryIO(dir);
    expect(await main(['compile', 'half.ink'], io)).toBe(0);
    // Like inklecate, the output defaults to the input's name with .json added.
    const json = readFileSync(path.join(dir, 'half.ink.json'), 'utf8');
    expect(json).toContain('1.0');
    expect(playWithPlainInkjs(json)).toBe('0.25 0.5\n');
  });

  it('writes nothing for a story that does not compile, and says where it fails with the source line', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'broken.ink'), 'Hello.\n-> nowhere\n');
    const io = memoryIO(dir);
    expect(await main(['compile', 'broken.ink', '-o', 'broken.json'], io)).toBe(1);
    expect(io.err()).toMatch(/^broken\.ink:2: error: .*nowhere.*\n {4}-> nowhere\n/);
    expect(io.err()).toContain('nothing written');
    expect(existsSync(path.join(dir, 'broken.json'))).toBe(false);
  });

  it('asks for the file to compile when none is given', async () => {
    const io = memoryIO(scratch());
    expect(await main(['compile'], io)).toBe(2);
    expect(io.err()).toContain('name the .ink file');
  });
});
