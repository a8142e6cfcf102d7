/** The flagship's epilogue lines: every ending line carries one, a single short sentence. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const scenes = path.resolve(import.meta.dirname, '../../story/scenes');
const endingLines = readdirSync(scenes)
  .filter((f) => f.endsWith('.ink'))
  .flatMap((f) => readFileSync(path.join(scenes, f), 'utf8').split('\n'))
  .filter((l) => l.includes('# ending:'));

describe("the flagship's epilogues", () => {
  it('are on every ending line', () => {
    expect(endingLines.length).toBeGreaterThanOrEqual(13);
    expect(endingLines.filter((l) => !/# epilogue: \S/.test(l))).toEqual([]);
  });

  it('are each one sentence, short enough to read at a glance', () => {
    for (const line of endingLines) {
      const epilogue = /# epilogue: (.+?)\s*$/.exec(line)?.[1] ?? '';
      expect(epilogue, line).toMatch(/^[^.!?]+[.!?]$/);
      expect(epilogue.split(/\s+/).length, epilogue).toBeLessThanOrEqual(32);
    }
  });
});
