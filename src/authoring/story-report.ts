/**
 * The build-time report the player loads lazily: the story's endings (for the
 * gallery's total), its branch graph (for the story map) and its knots and
 * stitches (for author mode). It comes from exploring the compiled story once
 * per build, and is cached on disk by the story's fingerprint, so an unchanged
 * story is not explored again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exploreStory, indexStory } from '../engine/explorer.ts';
import { storyFingerprint } from '../engine/story-fingerprint.ts';
import type { StoryReport } from '../engine/story-report.ts';

const CACHE_DIR = path.resolve('node_modules/.cache/kee-story-report');

export function storyReport(json: string, maxStates = 8000): StoryReport {
  const fingerprint = storyFingerprint(json);
  const cached = path.join(CACHE_DIR, `${fingerprint}-${maxStates}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as StoryReport;
  const report = exploreStory(json, { maxStates });
  const index = indexStory(json);
  const titles = new Map(index.endings.map((e) => [e.id, e.title]));
  for (const e of report.endings) titles.set(e.id, e.title);
  const reached = new Set(report.endings.map((e) => e.id));
  const result: StoryReport = {
    fingerprint,
    // Every ending the exploration reached; an ending no walk can reach does not count towards the total.
    endings: [...titles].filter(([id]) => reached.has(id)).map(([id, title]) => ({ id, title })),
    graph: report.graph,
    flows: index.flows.filter((f) => !f.isFunction).map((f) => f.path),
    complete: report.limits.complete,
  };
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, JSON.stringify(result));
  return result;
}
