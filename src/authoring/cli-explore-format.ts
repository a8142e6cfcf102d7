/**
 * Prints an explore report for a person: endings with counts, an example path
 * and stat ranges, then dead ends, errors and coverage with what was never
 * reached. Paths are shown as the numbers you would type in `npm run play`
 * (ink index + 1), so any line can be replayed by hand.
 */
import type { ExploreReport } from '../engine/analysis/explore-report';
import { errorWithoutPointer } from '../engine/ink/source-lines';

/** Names where ink stood (an ErrorReport's `at`) as `file:line`, when the compile's map of source lines is at hand. */
export type PlaceName = (at: string | null) => string | null;

export function formatReport(report: ExploreReport, storyName: string, seconds = 0, placeName: PlaceName = () => null): string {
  const where = (at: string | null) => {
    const place = placeName(at);
    return place ? ` at ${place}` : '';
  };
  const out: string[] = [];
  const { limits } = report;
  const n = (x: number) => x.toLocaleString('en-US');
  const how = report.mode === 'random' ? `${n(limits.states)} random playthroughs` : `${n(limits.states)} states`;
  const status = limits.complete
    ? 'complete'
    : limits.stoppedBy === 'maxMillis'
      ? `partial: stopped after ${seconds} s, so some paths were not explored (--time sets the budget, --time 0 for none)`
      : limits.stoppedBy
        ? `stopped at ${limits.stoppedBy}, so some paths were not explored`
        : `${n(limits.cutOffByDepth)} ${report.mode === 'random' ? 'runs' : 'states'} cut off by the depth limit`;
  const { choices: reachedChoices } = report.coverage;
  const coverage = `${percent(reachedChoices.reached, reachedChoices.total)} of choices`;
  out.push(`Explored ${storyName}: ${how}, ${n(limits.turns)} choices taken, ${coverage}, ${status}.`, '');

  const declared = report.endings.length + report.unreachedEndings.length;
  out.push(`Endings: ${report.endings.length} of ${declared} reached`);
  for (const e of report.endings) {
    const stats = Object.entries(e.stats).map(([name, r]) => `${name} ${r.min === r.max ? r.min : `${r.min}–${r.max}`}`);
    out.push(`  ${e.id} "${e.title}" ×${n(e.count)}  ${playPath(e.path, e.seed, report)}${stats.length ? `  ${stats.join(', ')}` : ''}`);
  }
  for (const e of report.unreachedEndings) out.push(`  never reached: ${e.id} "${e.label}"`);

  out.push('', `Dead ends: ${report.deadEnds.length || 'none'}`);
  for (const d of report.deadEnds)
    out.push(`  ${plain(d.message)}${where(d.at)} after "${d.lastText}"  ${playPath(d.path, d.seed, report)}${d.count > 1 ? `  (×${n(d.count)})` : ''}`);
  out.push('', `Errors: ${report.errors.length || 'none'}`);
  for (const e of report.errors) out.push(`  ${plain(e.message)}${where(e.at)} after "${e.lastText}"  ${playPath(e.path, e.seed, report)}`);

  const { choices, flows } = report.coverage;
  out.push('', 'Coverage:', `  choices ${choices.reached}/${choices.total} (${percent(choices.reached, choices.total)})`);
  for (const c of choices.unreached) out.push(`    never taken: ${c.label} (${c.id})`);
  out.push(`  knots and stitches ${flows.reached}/${flows.total} (${percent(flows.reached, flows.total)})`);
  if (flows.unreached.length) out.push(`    never reached: ${flows.unreached.map((f) => f.id).join(', ')}`);
  return `${out.join('\n')}\n`;
}

function playPath(path: number[], seed: number, report: ExploreReport): string {
  const steps = path.length ? path.map((i) => i + 1).join(' ') : '(no choices)';
  return report.mode === 'random' ? `play: ${steps} (seed ${seed})` : `play: ${steps}`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100%' : `${Math.floor((part / whole) * 100)}%`;
}

/** ink prefixes its messages with "RUNTIME ERROR:" and its pointer; the heading and the place say those better. */
function plain(message: string): string {
  return errorWithoutPointer(message);
}
