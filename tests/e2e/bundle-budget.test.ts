import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { playFirstTurn } from '../../src/engine/play/first-turn';
import { BUDGETS, COMPILER_MARKERS } from '../bench/budgets';
import { measureFirstScreen, type ShippedSize } from '../bench/bundle-size';
import { compileStoryFile } from '../support/fixtures';

// Sizes are deterministic for a given build, so unlike the timings in `npm run bench` they are a test.
let measured: ShippedSize | undefined;
const shipped = () => {
  measured ??= measureFirstScreen(inject('distDir'));
  return measured;
};
const describeFiles = (s: ShippedSize) => s.files.map((f) => `${f.file} ${f.kind} ${f.gzip} B gz`).join(', ');

describe('what the first screen downloads', () => {
  it('keeps the ink runtime and howler off the first screen, and counts only the compiled story as data', () => {
    const s = shipped();
    const dist = inject('distDir');
    const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
    expect(
      s.files.filter((f) => f.kind === 'story'),
      describeFiles(s),
    ).toHaveLength(1);
    expect(
      s.files.some((f) => f.kind === 'css'),
      describeFiles(s),
    ).toBe(true);
    // 'ink save format' is a message of inkjs's runtime: with the build's first turn it loads after the first passage.
    const firstScreen = s.files.map((f) => read(f.file)).join('\n');
    expect(firstScreen, describeFiles(s)).not.toContain('ink save format');
    const lazy = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js') && !s.files.some((x) => x.file === `assets/${f}`));
    expect(lazy.some((f) => read(`assets/${f}`).includes('ink save format'))).toBe(true);
    expect(firstScreen).not.toContain('HTML5 Audio pool exhausted'); // a howler message: howler must stay lazy
  });

  it("ships the first turn the build played inside the story data, so New game's passage needs no Story", () => {
    const s = shipped();
    const story = s.files.find((f) => f.kind === 'story');
    const code = readFileSync(path.join(inject('distDir'), story?.file ?? ''), 'utf8');
    expect(code).toContain('statsAfter');
    // The opening's first words appear twice: in the compiled JSON and in the first turn beside it.
    const opening = playFirstTurn(compileStoryFile('story/main.ink'))?.passage.paragraphs[0]?.text.slice(0, 30) ?? 'no first turn';
    expect(code.split(opening).length - 1).toBe(2);
  });

  it(`keeps the JavaScript other than the story data within ${BUDGETS.firstScreenJsGzip / 1000} KB gzipped`, () => {
    const s = shipped();
    expect(s.jsGzip, describeFiles(s)).toBeLessThanOrEqual(BUDGETS.firstScreenJsGzip);
  });

  it(`keeps everything the first passage needs within ${BUDGETS.firstScreenTotalGzip / 1000} KB gzipped`, () => {
    const s = shipped();
    expect(s.totalGzip, describeFiles(s)).toBeLessThanOrEqual(BUDGETS.firstScreenTotalGzip);
  });

  it('ships one stylesheet, so no lazy chunk has CSS to fetch and every import() goes straight to its chunk', () => {
    // vite-plugin-plain-imports.ts replaces Vite's preload helper with a plain call, which is only right while this holds.
    const assets = path.join(inject('distDir'), 'assets');
    expect(readdirSync(assets).filter((f) => f.endsWith('.css'))).toHaveLength(1);
    // Deps are written either as a list or, when there are several, through Vite's __vite__mapDeps table.
    const withDeps = readdirSync(assets).filter(
      (f) => f.endsWith('.js') && /,\[[^\]]+\],import\.meta\.url\)|__vite__mapDeps/.test(readFileSync(path.join(assets, f), 'utf8')),
    );
    expect(withDeps).toEqual([]);
  });

  it('never ships the ink compiler, not even in a lazy chunk', () => {
    expect(shipped().compilerMarkers).toEqual([]);
  });

  it('looks for the compiler with markers that are really in a compiled compiler: the studio worker has every one', () => {
    const assets = path.join(inject('distDir'), 'studio/assets');
    const worker = readdirSync(assets).filter((f) => f.startsWith('compile-worker') && f.endsWith('.js'));
    expect(worker).toHaveLength(1);
    const text = readFileSync(path.join(assets, worker[0] ?? ''), 'utf8');
    expect(COMPILER_MARKERS.filter((m) => !text.includes(m))).toEqual([]);
  });
});
