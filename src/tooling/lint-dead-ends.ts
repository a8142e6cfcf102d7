/**
 * Lint rule: every path ends on a tagged ending. A bounded exploration of the
 * compiled story finds ENDs without an `ending:` tag, content that runs out,
 * points where every choice is locked, and runtime errors. Each is reported
 * at the source line of the last text shown before it (found by searching
 * the sources for that text), with the choices that lead there, numbered as
 * `npm run play` numbers them.
 */

import type { ExploreReport } from '../engine/analysis/explore-report';
import { exploreStory } from '../engine/analysis/explorer';
import type { Diagnostic } from './diagnostic';
import { findLines, locateFlows, type Place, type SourceFile } from './lint-sources';

/** Enough for a story of a few hundred knots to be walked in seconds; `check` is meant to be quick. */
export const CHECK_EXPLORE_LIMITS = { maxStates: 5000, maxTurns: 40_000, maxDepth: 300 };

export function lintDeadEnds(storyJson: string, sources: readonly SourceFile[], entry: string): Diagnostic[] {
  return deadEndDiagnostics(exploreStory(storyJson, CHECK_EXPLORE_LIMITS), sources, entry);
}

export function deadEndDiagnostics(report: ExploreReport, sources: readonly SourceFile[], entry: string): Diagnostic[] {
  const flows = locateFlows(sources);
  const locate = (lastText: string, from: string): Place => {
    const probe = lastText.slice(0, 40).trim();
    const [found] = probe ? findLines(sources, (line) => line.includes(probe)) : [];
    return found ?? flows.get(from.split('.').slice(0, 2).join('.')) ?? flows.get(from.split('.')[0] ?? '') ?? { file: entry, line: 0 };
  };
  const route = (path: number[]) => (path.length ? `after choosing ${path.map((i) => i + 1).join(', ')} in npm run play` : 'right at the start');
  const diagnostics: Diagnostic[] = [];
  for (const dead of report.deadEnds) {
    const what =
      dead.reason === 'no-ending-tag'
        ? 'the story ends here without an ending tag (# ending: id # ending_title: Title before -> END)'
        : dead.reason === 'ran-out'
          ? 'the story runs out of content here (no -> END, -> DONE or divert)'
          : 'every choice here is locked, so the player is stuck';
    diagnostics.push({ severity: 'error', ...locate(dead.lastText, dead.from), message: `${what}, ${route(dead.path)}` });
  }
  for (const error of report.errors) {
    diagnostics.push({
      severity: 'error',
      ...locate(error.lastText, error.from),
      message: `${error.message.replace(/^RUNTIME ERROR:\s*/, 'runtime error: ')}, ${route(error.path)}`,
    });
  }
  if (!report.limits.complete) {
    const message = `stopped exploring after ${report.limits.states} states and ${report.limits.turns} choices; paths beyond that were not checked (npm run explore looks further)`;
    diagnostics.push({ severity: 'info', file: entry, line: 0, message });
  }
  return diagnostics;
}
