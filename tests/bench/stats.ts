/**
 * The few statistics the bench reports: medians and nearest-rank percentiles
 * (no interpolation, so a p95 is always a time that was really measured),
 * and a seeded random generator so "random play" is the same every run.
 */
import { seededRandom } from '../../src/engine/ink/seeded-random';

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

/**
 * How far a ratio of two medians could wander by chance: the 5th and 95th
 * percentiles of the ratio over seeded bootstrap resamples of both samples.
 */
export function ratioInterval(top: readonly number[], bottom: readonly number[], resamples = 2000): [number, number] {
  const random = seededRandom(7);
  const resample = (values: readonly number[]) => values.map(() => values[Math.floor(random() * values.length)] ?? Number.NaN);
  const ratios = Array.from({ length: resamples }, () => median(resample(top)) / median(resample(bottom)));
  return [percentile(ratios, 5), percentile(ratios, 95)];
}

export { seededRandom };

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
