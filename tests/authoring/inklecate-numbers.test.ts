import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { useInklecateNumbers } from '../../src/authoring/inklecate-numbers';
import { compileStoryFile } from '../support/fixtures';

const file = path.join(mkdtempSync(path.join(tmpdir(), 'kee-numbers-')), 'numbers.ink');
writeFileSync(file, '{2.0 / 3} {-7 / 2} {INT(-2.5)} {"x" + 0.5} {(1.5 + 0.5) / 4} {INT(2.5 * 2) / 2}\n-> END\n');
const json = compileStoryFile(file);
const play = () => new Story(json).ContinueMaximally();

describe("inklecate's numbers in the terminal player", () => {
  it('prints and divides as inklecate does while switched on, and float arithmetic stays float when its result is whole', () => {
    const restore = useInklecateNumbers();
    try {
      expect(play()).toBe('0.6666667 -3 -2 x0.5 0.5 2\n');
    } finally {
      restore();
    }
  });

  it('puts inkjs back as it was afterwards, so nothing else in the process changes', () => {
    useInklecateNumbers()();
    expect(play()).toBe('0.6666666666666666 -4 -3 x0.5 0 2\n');
  });
});
