import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../bench/budgets';
import { measureFirstScreen, type ShippedSize } from '../bench/bundle-size';

// Sizes are deterministic for a given build, so unlike the timings in `npm run bench` they are a test.
let measured: ShippedSize | undefined;
const shipped = () => {
  measured ??= measureFirstScreen(inject('distDir'));
  return measured;
};
const describeFiles = (s: ShippedSize) => s.files.map((f) => `${f.file} ${f.kind} ${f.gzip} B gz`).join(', ');

describe('what the first screen downloads', () => {
  it('finds the entry script, the story data chunk and the stylesheet, and leaves howler for later', () => {
    const s = shipped();
    expect(s.files.map((f) => f.kind).sort()).toEqual(expect.arrayContaining(['css', 'js', 'story']));
    const firstScreen = s.files.map((f) => readFileSync(path.join(inject('distDir'), f.file), 'utf8')).join('\n');
    expect(firstScreen).not.toContain('HTML5 Audio pool exhausted'); // a howler message: howler must be a lazy chunk
  });

  it(`keeps the JavaScript other than the story data within ${BUDGETS.firstScreenJsGzip / 1000} KB gzipped`, () => {
    const s = shipped();
    expect(s.jsGzip, describeFiles(s)).toBeLessThanOrEqual(BUDGETS.firstScreenJsGzip);
  });

  it(`keeps everything the first passage needs within ${BUDGETS.firstScreenTotalGzip / 1000} KB gzipped`, () => {
    const s = shipped();
    expect(s.totalGzip, describeFiles(s)).toBeLessThanOrEqual(BUDGETS.firstScreenTotalGzip);
  });

  it('never ships the ink compiler, not even in a lazy chunk', () => {
    expect(shipped().compilerMarkers).toEqual([]);
  });
});
