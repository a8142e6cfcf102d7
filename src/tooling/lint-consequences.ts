/**
 * The consequence report as diagnostics: `file:line: warning: [rule-id]
 * sentence`, one per finding, at the choice's line (no-consequence,
 * unanswered) or the assignment's (dead-write, dropped-thread). `check`,
 * `explore` and the studio's problem list all print these, so they agree on
 * every word and line. A choice whose line carries `# no_consequence` is
 * listed as acknowledged (info) rather than warned about; findings from a
 * partial run say so, and a partial run says which rules it could not decide.
 */
import type { ConsequenceFinding, ConsequenceReport } from '../engine/analysis/consequence-report';
import type { SourceLines } from '../engine/ink/source-lines';
import { placeOf } from '../engine/ink/source-place';
import type { Diagnostic } from './diagnostic';
import type { Place, SourceFile } from './lint-sources';

/** A finding placed at its file and line, as `explore --json` and the studio carry it. */
export type PlacedFinding = ConsequenceFinding & { file: string; line: number; acknowledged: boolean };

const ACKNOWLEDGED = /#\s*no_consequence\b/;

export function placeFindings(report: ConsequenceReport, sources: readonly SourceFile[], entry: string, lines: SourceLines | null): PlacedFinding[] {
  const byFile = new Map(sources.map((s) => [s.file, s.lines]));
  const placed = new Map<string, PlacedFinding>();
  for (const finding of report.findings) {
    const place: Place = (finding.at && lines ? placeOf(finding.at, lines) : null) ?? { file: entry, line: 0 };
    const text = byFile.get(place.file)?.[place.line - 1] ?? '';
    const isChoice = finding.rule === 'no-consequence' || finding.rule === 'unanswered';
    const acknowledged = isChoice && ACKNOWLEDGED.test(text);
    // Several positions of one line (a write in a function called twice) are one finding.
    const id = `${finding.rule}|${place.file}|${place.line}|${'variable' in finding ? finding.variable : ''}|${'ending' in finding ? finding.ending : ''}`;
    if (!placed.has(id)) placed.set(id, { ...finding, ...place, acknowledged });
  }
  return [...placed.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The report with its findings placed, and counts that leave out the acknowledged ones (what `explore --json` and the studio show). */
export function placeReport(report: ConsequenceReport, sources: readonly SourceFile[], entry: string, lines: SourceLines | null) {
  const findings = placeFindings(report, sources, entry, lines);
  const counts = { ...report.counts };
  for (const f of findings) if (f.acknowledged) counts[f.rule]--;
  return { ...report, findings, counts, acknowledged: findings.filter((f) => f.acknowledged).length };
}

export function consequenceDiagnostics(report: ConsequenceReport, sources: readonly SourceFile[], entry: string, lines: SourceLines | null): Diagnostic[] {
  const partial = report.partial ? ' (from a partial run: paths it did not explore may change this)' : '';
  const diagnostics: Diagnostic[] = placeFindings(report, sources, entry, lines).map((f) => ({
    severity: f.acknowledged ? 'info' : 'warning',
    file: f.file,
    line: f.line,
    message: `[${f.rule}] ${sentence(f)}${partial}`,
  }));
  const { rules, choices } = report.undecided;
  if (rules.length > 0) {
    const which = rules.map((r) => `[${r}]`).join(', ');
    const unjudged = choices > 0 ? `; ${choices} choice${choices === 1 ? ' was' : 's were'} never judged` : '';
    diagnostics.push({ severity: 'info', file: entry, line: 0, message: `partial: the consequence report could not decide ${which} on every path${unjudged}` });
  }
  return diagnostics;
}

function sentence(f: PlacedFinding): string {
  const play = f.path.length ? ` (npm run play: ${f.path.map((i) => i + 1).join(' ')})` : '';
  const options = 'options' in f ? f.options.map((o) => `"${o}"`).join(', ') : '';
  switch (f.rule) {
    case 'no-consequence':
      return f.acknowledged
        ? `acknowledged: this choice (${options}) changes nothing, as its # no_consequence tag says`
        : `whichever option the reader picks (${options}), the same text and the same state follow: the pick can never be seen${play}`;
    case 'unanswered':
      return `no option of this choice (${options}) shows text of its own: the pick matters later, but the story does not answer it now${play}`;
    case 'dead-write':
      return `'${f.variable}' is set here, but no path reads it afterwards${play}`;
    case 'dropped-thread':
      return `the thread '${f.variable}' is set here, but the ending '${f.ending}' is reached without reading it afterwards${play}`;
  }
}
