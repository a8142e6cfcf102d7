/**
 * The rules that need the story explored: dead ends and runtime errors
 * (lint-dead-ends.ts) and the consequence report (lint-consequences.ts), from
 * one bounded walk so `check` explores the story once.
 */
import { exploreConsequences } from '../engine/analysis/consequences';
import { exploreStory } from '../engine/analysis/explorer';
import type { SourceLines } from '../engine/ink/source-lines';
import type { Diagnostic } from './diagnostic';
import { consequenceDiagnostics } from './lint-consequences';
import { CHECK_EXPLORE_LIMITS, deadEndDiagnostics } from './lint-dead-ends';
import type { SourceFile } from './lint-sources';

export function lintExplored(json: string, sources: readonly SourceFile[], entry: string, lines: SourceLines | null, consequences = true): Diagnostic[] {
  const report = consequences ? exploreConsequences(json, CHECK_EXPLORE_LIMITS) : exploreStory(json, CHECK_EXPLORE_LIMITS);
  const found = deadEndDiagnostics(report, sources, entry, lines);
  if (report.consequences) found.push(...consequenceDiagnostics(report.consequences, sources, entry, lines));
  return found;
}
