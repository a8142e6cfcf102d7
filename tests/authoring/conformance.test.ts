/**
 * The conformance corpus: one small story per ink construct in
 * tests/fixtures/conformance, each with the choices to type (`.input`) and the
 * transcript ink's semantics give (`.transcript`, in inklecate's play format).
 * Each story is played through the CLI's `play` command, and must also pass
 * `check` and `explore` without a problem. A story that is about a problem
 * (a runtime warning, a compile error, an endless loop) has a `.stderr` with
 * what the terminal says on the side; its exit code follows from what it shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { fixturePath } from '../support/fixtures';

const dir = fixturePath('conformance');
const stories = readdirSync(dir)
  .filter((name) => name.endsWith('.ink'))
  .map((name) => name.slice(0, -'.ink'.length));

const read = (name: string, ext: string) => readFileSync(path.join(dir, `${name}${ext}`), 'utf8');
const expectsProblem = (name: string) => existsSync(path.join(dir, `${name}.stderr`));

/** 2 when it does not compile, 1 when a runtime error stopped it, else 0: what `npm run play` exits with. */
function exitCodeFor(transcript: string, stderr: string): number {
  if (/: error: /.test(stderr)) return 2;
  return /RUNTIME ERROR: /.test(transcript) ? 1 : 0;
}

describe('every ink construct in the conformance corpus', () => {
  it('has a story for each construct the issue names', () => {
    expect(stories).toEqual(
      expect.arrayContaining(['fallback-first', 'fallback-last', 'tunnels', 'threads', 'lists', 'external-fallback', 'glue', 'choice-tags', 'numbers']),
    );
  });

  it("has a story for each of inklecate's behaviours issue 28 asks the player to match", () => {
    expect(stories).toEqual(expect.arrayContaining(['numbers', 'runtime-warning', 'name-clash', 'endless-loop']));
  });

  for (const name of stories) {
    it(`plays ${name}.ink in the terminal exactly as its transcript says`, async () => {
      const inputs = read(name, '.input').split('\n').filter(Boolean);
      const io = memoryIO(dir, inputs);
      const code = await main(['play', `${name}.ink`], io);
      const stderr = expectsProblem(name) ? read(name, '.stderr') : '';
      const transcript = read(name, '.transcript');
      expect(io.err()).toBe(stderr);
      expect(io.out()).toBe(transcript);
      expect(code).toBe(exitCodeFor(transcript, stderr));
    });

    if (expectsProblem(name)) continue;
    it(`checks and explores ${name}.ink without a problem`, async () => {
      const check = memoryIO(dir);
      expect(await main(['check', `${name}.ink`], check), check.out()).toBe(0);
      expect(check.out()).toMatch(/is fine: 0 errors/);
      const explore = memoryIO(dir);
      expect(await main(['explore', `${name}.ink`], explore), explore.out()).toBe(0);
      expect(explore.out()).toMatch(/Endings: [1-9]\d* of/);
    });
  }
});
