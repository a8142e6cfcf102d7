/**
 * The shipped-size figures for the bench table, from bundle-size.ts (the same
 * code tests/e2e/bundle-budget.test.ts asserts with).
 */
import { BUDGETS } from './budgets';
import { measureFirstScreen } from './bundle-size';
import type { BenchSection } from './figures';
import { round } from './stats';

export function benchShippedSize(distDir: string): BenchSection {
  const s = measureFirstScreen(distDir);
  const kb = (bytes: number) => round(bytes / 1000, 1);
  const section = 'shipped size';
  const list = (kind: string) =>
    s.files
      .filter((f) => f.kind === kind)
      .map((f) => f.file.replace(/^assets\//, ''))
      .join(', ');
  return {
    figures: [
      { section, name: 'first-screen JS (not story), gzip', value: kb(s.jsGzip), unit: 'KB', budget: BUDGETS.firstScreenJsGzip / 1000, note: list('js') },
      { section, name: 'story data, gzip', value: kb(s.storyGzip), unit: 'KB', note: list('story') },
      { section, name: 'CSS, gzip', value: kb(s.cssGzip), unit: 'KB', note: list('css') },
      {
        section,
        name: 'all first-screen transfer, gzip',
        value: kb(s.totalGzip),
        unit: 'KB',
        budget: BUDGETS.firstScreenTotalGzip / 1000,
        note: `lazy, not counted: ${s.lazy.map((f) => f.replace(/^assets\//, '')).join(', ') || 'none'}`,
      },
      { section, name: 'compiler strings in any chunk', value: s.compilerMarkers.length, unit: '', budget: 0, note: s.compilerMarkers.join(' / ') || 'none' },
    ],
    details: s,
  };
}
