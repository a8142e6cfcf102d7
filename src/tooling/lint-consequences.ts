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
  const placeAt = (at: string | null): Place => (at && lines ? placeOf(at, lines) : null) ?? { file: entry, line: 0 };
  const tagged = (place: Place) => ACKNOWLEDGED.test(byFile.get(place.file)?.[place.line - 1] ?? '');
  for (const finding of report.findings) {
    const place = placeAt(finding.at);
    // A tag on any of the options that merge acknowledges them: the author may mark the one they added.
    const acknowledged = 'optionsAt' in finding ? finding.optionsAt.some((at) => tagged(placeAt(at))) : false;
    // Several positions of one line (a write in a function called twice) are one finding; so are the
    // same options of one choice line in two threads. Two groups of one menu start on one line: both stay.
    const what = 'variable' in finding ? finding.variable : finding.options.join('\u0001');
    const id = `${finding.rule}|${place.file}|${place.line}|${what}|${'ending' in finding ? finding.ending : ''}`;
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
  const options = 'options' in f ? listed(f.options.map((o) => `"${o}"`)) : '';
  switch (f.rule) {
    case 'no-consequence':
      return f.acknowledged
        ? `acknowledged: the pick between ${options} changes nothing, as its # no_consequence tag says`
        : `whichever of ${options} the reader picks, the same text and the same state follow: the pick can never be seen (${inStates(f)})${play}`;
    case 'unanswered':
      return `${options} show the same text: the pick between them matters later, but the story does not answer it now (${inStates(f)})${play}`;
    case 'dead-write':
      return `'${f.variable}' is set here, but no path reads it afterwards${play}`;
    case 'dropped-thread':
      return `the thread '${f.variable}' is set here, but the ending '${f.ending}' is reached without reading it afterwards${play}`;
  }
}

/** How often the options merged: a merge in some states only usually hangs on a stat or a flag the path sets. */
function inStates(f: { states: number; offered: number }): string {
  if (f.offered === 1) return 'in the one judged state that offers them';
  return f.states === f.offered ? `in all ${f.offered} judged states that offer them` : `in ${f.states} of the ${f.offered} judged states that offer them`;
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
