/**
 * The few statistics the bench reports: medians and nearest-rank percentiles
 * (no interpolation, so a p95 is always a time that was really measured),
 * and a seeded random generator so "random play" is the same every run.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export { seededRandom } from '../../src/engine/seeded-random';

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
