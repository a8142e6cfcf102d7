/**
 * The build-time report the player loads lazily: the story's endings (for the
 * gallery's total), its branch graph (for the story map) and its knots and
 * stitches (for author mode). It comes from exploring the compiled story once
 * per build, and is cached on disk by the story's fingerprint and a hash of the
 * engine's source and this file's, so an unchanged story is not explored again
 * and a changed explorer does not serve a report an older one made.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exploreStory, indexStory } from '../engine/analysis/explorer.ts';
import type { StoryReport } from '../engine/analysis/story-report.ts';
import { storyFingerprint } from '../engine/ink/story-fingerprint.ts';

const CACHE_DIR = path.resolve('node_modules/.cache/kee-story-report');
// Resolved from the working directory like the cache: builds run from the project's root.
const ENGINE_DIR = path.resolve('src/engine');
// This file too: it shapes the report from the exploration.
const THIS_FILE = path.resolve('src/authoring/story-report.ts');

function hashSources(files: string[]): string {
  const hash = createHash('sha1');
  for (const file of files) hash.update(path.basename(file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * How long the build may spend exploring the story for its report. The flagship takes about 4 s on
 * an idle machine and over 15 s on a loaded one: this leaves it room, and keeps a 1,000-line
 * story's build well under a minute.
 */
export const REPORT_BUDGET_MS = 20_000;

/**
 * The most states the build explores for its report, and the budget the flagship's tests hold the story to: the
 * story map shows all of a story that fits. Raised from 8,000 for issue 27's revision, whose later beats read
 * the kill, the bargain and the reprisal on more routes (a complete walk of the flagship was 8,080 states).
 */
export const REPORT_MAX_STATES = 12_000;

let engineStamp: string | null | undefined;

/** A hash of the engine's source files and this one, or null when they are not there to read (then nothing is cached). */
function engineSource(): string | null {
  if (engineStamp === undefined) {
    if (!existsSync(ENGINE_DIR) || !existsSync(THIS_FILE)) engineStamp = null;
    else {
      // Every concept folder: the explorer lives in analysis/ but steps the story through ink/.
      const engine = readdirSync(ENGINE_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
      engineStamp = hashSources([...engine.sort().map((name) => path.join(ENGINE_DIR, name)), THIS_FILE]);
    }
  }
  return engineStamp;
}

/** Where the report of this story, explored by this engine, is cached; null when the engine's source is not there. */
export function reportCachePath(json: string, maxStates: number): string | null {
  const engine = engineSource();
  return engine ? path.join(CACHE_DIR, `${storyFingerprint(json)}-${engine}-${maxStates}.json`) : null;
}

export function storyReport(json: string, maxStates = REPORT_MAX_STATES, maxMillis = REPORT_BUDGET_MS): StoryReport {
  const fingerprint = storyFingerprint(json);
  const cached = reportCachePath(json, maxStates);
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as StoryReport;
  // A time budget as well as a state cap: a big third-party story still builds in seconds, with a partial map.
  const report = exploreStory(json, { maxStates, maxMillis });
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
  // A run the clock cut short depends on the machine's speed: explore again next time rather than keep it.
  if (cached && report.limits.stoppedBy !== 'maxMillis') {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, JSON.stringify(result));
  }
  return result;
}
