/**
 * The conformance corpus: one small story per ink construct in
 * tests/fixtures/conformance, each with the choices to type (`.input`) and the
 * transcript ink's semantics give (`.transcript`, in inklecate's play format).
 * Each story is played through the CLI's `play` command, and must also pass
 * `check` and `explore` without a problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

describe('every ink construct in the conformance corpus', () => {
  it('has a story for each construct the issue names', () => {
    expect(stories).toEqual(
      expect.arrayContaining(['fallback-first', 'fallback-last', 'tunnels', 'threads', 'lists', 'external-fallback', 'glue', 'choice-tags', 'numbers']),
    );
  });

  for (const name of stories) {
    it(`plays ${name}.ink in the terminal exactly as its transcript says`, async () => {
      const inputs = read(name, '.input').split('\n').filter(Boolean);
      const io = memoryIO(dir, inputs);
      const code = await main(['play', `${name}.ink`], io);
      expect(io.err()).toBe('');
      expect(io.out()).toBe(read(name, '.transcript'));
      expect(code).toBe(0);
    });

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
