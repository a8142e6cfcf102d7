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
import { errorWithoutPointer, type SourceLines } from '../engine/ink/source-lines';
import { placeOf } from '../engine/ink/source-place';
import type { Diagnostic } from './diagnostic';
import { findLines, locateFlows, type Place, type SourceFile } from './lint-sources';

/** Enough for a story of a few hundred knots to be walked in seconds; `check` is meant to be quick. */
export const CHECK_EXPLORE_LIMITS = { maxStates: 5000, maxTurns: 40_000, maxDepth: 300, maxMillis: 10_000 };

export function lintDeadEnds(storyJson: string, sources: readonly SourceFile[], entry: string, lines: SourceLines | null = null): Diagnostic[] {
  return deadEndDiagnostics(exploreStory(storyJson, CHECK_EXPLORE_LIMITS), sources, entry, lines);
}

export function deadEndDiagnostics(report: ExploreReport, sources: readonly SourceFile[], entry: string, lines: SourceLines | null = null): Diagnostic[] {
  const flows = locateFlows(sources);
  const locate = (lastText: string, from: string, at: string | null = null): Place => {
    // Where ink stood, by the compile's map of source lines, is exact; the text search below is the fallback.
    const exact = at && lines ? placeOf(at, lines) : null;
    if (exact) return exact;
    const probe = lastText.slice(0, 40).trim();
    const [found] = probe ? findLines(sources, (line) => line.includes(probe)) : [];
    return found ?? flows.get(from.split('.').slice(0, 2).join('.')) ?? flows.get(from.split('.')[0] ?? '') ?? { file: entry, line: 0 };
  };
  const route = (path: number[]) => (path.length ? `after choosing ${path.map((i) => i + 1).join(', ')} in npm run play` : 'right at the start');
  // Many paths often reach the same problem at the same line: it is printed once, with the shortest path
  // to it and how many others there are.
  const found = new Map<string, { place: Place; what: string; path: number[]; paths: number }>();
  const add = (place: Place, what: string, path: number[]) => {
    const key = `${place.file}:${place.line}:${what}`;
    const seen = found.get(key);
    if (!seen) found.set(key, { place, what, path, paths: 1 });
    else {
      seen.paths++;
      if (path.length < seen.path.length) seen.path = path;
    }
  };
  for (const dead of report.deadEnds) {
    const what =
      dead.reason === 'no-ending-tag'
        ? 'the story ends here without an ending tag (# ending: id # ending_title: Title before -> END)'
        : dead.reason === 'ran-out'
          ? 'the story runs out of content here (no -> END, -> DONE or divert)'
          : 'every choice here is locked, so the player is stuck';
    add(locate(dead.lastText, dead.from, dead.at), what, dead.path);
  }
  for (const error of report.errors) add(locate(error.lastText, error.from, error.at), `runtime error: ${errorWithoutPointer(error.message)}`, error.path);
  const diagnostics: Diagnostic[] = [];
  for (const { place, what, path, paths } of found.values()) {
    const others = paths > 1 ? ` (and ${paths - 1} other path${paths === 2 ? '' : 's'})` : '';
    diagnostics.push({ severity: 'error', ...place, message: `${what}, ${route(path)}${others}` });
  }
  if (!report.limits.complete) {
    const why = report.limits.stoppedBy === 'maxMillis' ? ` (its ${CHECK_EXPLORE_LIMITS.maxMillis / 1000} s budget ran out)` : '';
    const message = `partial: stopped exploring after ${report.limits.states} states and ${report.limits.turns} choices${why}; paths beyond that were not checked (npm run explore looks further)`;
    diagnostics.push({ severity: 'info', file: entry, line: 0, message });
  }
  return diagnostics;
}
