/**
 * A figure is one measured number with its unit and, when it has one, the
 * budget it must stay within. Every bench module returns figures; run.ts
 * prints them as one table and writes them as JSON, so the two never differ.
 */
export interface Figure {
  /** The bench module it came from, e.g. "first passage". */
  section: string;
  name: string;
  value: number | null;
  unit: string;
  /** The largest value within budget. */
  budget?: number;
  /** Filled in by `judge`: true within budget, false over, null when there is no budget or no value. */
  pass?: boolean | null;
  note?: string;
}

export interface BenchSection {
  figures: Figure[];
  /** Raw samples and anything else worth keeping in the JSON. */
  details: unknown;
}

export function judge(figure: Figure): Figure {
  const pass = figure.budget === undefined || figure.value === null || !Number.isFinite(figure.value) ? null : figure.value <= figure.budget;
  return { ...figure, pass };
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    f.value === null ? '—' : `${formatNumber(f.value)} ${f.unit}`.trim(),
    f.budget === undefined ? '' : `≤ ${formatNumber(f.budget)} ${f.unit}`.trim(),
    f.pass === true ? 'ok' : f.pass === false ? 'OVER' : '',
    f.note ?? '',
  ]);
  const head = ['section', 'figure', 'value', 'budget', 'status', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-GB');
  return n.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 1 });
}
