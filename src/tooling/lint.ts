/**
 * The `npm run check` lint pass: runs every rule over a compiled story and
 * its sources and returns diagnostics in the one shared shape, sorted by file
 * and line, a finding repeated in many places folded into one line with a
 * count (fold-repeats.ts). The rules live one per file (lint-*.ts) so each can be read and
 * tested alone.
 */
import { Story } from 'inkjs';
import { indexStory } from '../engine/analysis/story-index';
import type { SourceLines } from '../engine/ink/source-lines';
import { readStoryMeta } from '../engine/ink/story-meta';
import type { Diagnostic } from './diagnostic';
import { foldRepeats } from './fold-repeats.ts';
import { lintChoices } from './lint-choices';
import { lintCues } from './lint-cues';
import { lintExplored } from './lint-explored';
import { lintExternals } from './lint-externals';
import { ANY_FILE, type ImageHost, storyImages } from './lint-images';
import { type SourceText, toSourceFiles } from './lint-sources';
import { lintStats } from './lint-stats';
import { lintTags } from './lint-tags';
import { lintThreads } from './lint-threads';
import { lintUnreached } from './lint-unreached';

export interface LintInput {
  /** The entry file, for problems that belong to the story as a whole. */
  entry: string;
  json: string;
  /** Every ink file the story was compiled from, with its text (compileInk's `sources`). */
  sources: readonly SourceText[];
  /** compileInk's map of source lines, so problems the exploration finds are placed exactly. */
  lines?: SourceLines | null;
}

export interface LintOptions {
  /** Skip the exploration that finds dead ends and the consequence report (the slow rules). */
  explore?: boolean;
  /** Explore for dead ends only, without the consequence report (the benchmark measures what it adds). */
  consequences?: boolean;
  /** The sound cues the player has; when given, AUDIO and AUDIOLOOP tags are checked against them. */
  cues?: readonly string[];
  /** The story's files; when given, the files IMAGE tags name must exist (their paths are checked either way). */
  files?: ImageHost;
}

export function lintStory({ entry, json, sources: texts, lines = null }: LintInput, options: LintOptions = {}): Diagnostic[] {
  const sources = toSourceFiles(texts);
  const index = indexStory(json);
  const story = new Story(json);
  const stats = readStoryMeta(story.globalTags).stats;
  const declared = (name: string) => story.variablesState.GlobalVariableExistsWithName(name);
  const diagnostics = [
    ...lintTags(index, sources, entry),
    ...lintThreads(index, sources, entry, declared),
    ...lintStats(stats, sources, entry),
    ...lintUnreached(index, sources, entry),
    ...lintChoices(sources),
    ...lintExternals(index, sources, entry),
    ...lintCues(index, sources, entry, options.cues, options.files),
    ...storyImages(index, sources, entry, options.files ?? ANY_FILE).diagnostics,
    ...(options.explore === false ? [] : lintExplored(json, sources, entry, lines, options.consequences !== false)),
  ];
  return sortDiagnostics(foldRepeats(diagnostics));
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
