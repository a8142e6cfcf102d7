import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/tooling/diagnostic';
import { foldRepeats } from '../../src/tooling/fold-repeats';

const at = (line: number, message = "tag '# mood' is not in the tag vocabulary", file = '/s/main.ink'): Diagnostic => ({
  severity: 'warning',
  file,
  line,
  message,
});

describe('folding repeated findings', () => {
  it('turns thirteen copies of one warning into one line that counts them', () => {
    const folded = foldRepeats(Array.from({ length: 13 }, (_, i) => at(i + 1)));
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({ line: 1 });
    expect(folded[0]?.message).toBe("tag '# mood' is not in the tag vocabulary (13 times; also at lines 2, 3, 4, 5, 6 and 7 more)");
  });

  it('names the other file when a copy sits in one', () => {
    const [one] = foldRepeats([at(4), at(9, undefined, '/s/scenes/cave.ink')]);
    expect(one?.message).toMatch(/\(2 times; also at line cave\.ink:9\)$/);
  });

  it('keeps each error at its own place, since each must be fixed there', () => {
    const errors = [1, 2, 3].map((line) => ({ ...at(line, 'this choice has no text'), severity: 'error' as const }));
    expect(foldRepeats(errors)).toEqual(errors);
  });

  it('keeps different findings, and one finding met once, as they were', () => {
    const input = [at(1, 'knot a is never diverted to'), at(2, 'knot b is never diverted to'), { ...at(3), severity: 'error' as const }, at(4)];
    const folded = foldRepeats(input);
    expect(folded.map((d) => d.line)).toEqual([1, 2, 3, 4]);
    expect(folded.every((d) => !d.message.includes('times'))).toBe(true);
  });
});
