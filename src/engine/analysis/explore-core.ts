/**
 * The coverage-guided walk behind `exploreStory` and `statSensitivity`. It
 * keeps a frontier of distinct states at choice points (deduplicated by
 * explore-state-key.ts) and always expands first a state that still offers a
 * choice nobody has taken, so coverage climbs early and a capped run on a big
 * story still reaches most of it. Locked choices are never taken. States that
 * differ only in stats no future touches are one state; the values they bring
 * still reach the endings' stat ranges through explore-stat-carry.ts. The walk
 * is deterministic: the same story, options and seed give the same report.
 */

import { readStoryMeta } from '../ink/story-meta.ts';
import type { StoryJson } from '../ink/story-session.ts';
import { createCollector } from './explore-collector.ts';
import type { ExploredState, ExploreOptions } from './explore-options.ts';
import { seededIndex } from './explore-queue.ts';
import type { ExploreReport } from './explore-report.ts';
import { createRunner, type Runner, type Stop } from './explore-runner.ts';
import { Walk } from './explore-walk.ts';
import { indexStory, type StoryIndex } from './story-index.ts';

/** Restores `state`, lets `prepare` alter it, takes choice `index` and runs to the next stop. */
export type Probe = (state: ExploredState, index: number, prepare?: (runner: Runner) => void) => Stop;

export function exploreStates(storyJson: StoryJson, options: ExploreOptions, onState?: (state: ExploredState, probe: Probe) => void): ExploreReport {
  const index: StoryIndex = indexStory(storyJson as string);
  const runner = createRunner(storyJson, index, options);
  const meta = readStoryMeta(runner.story.globalTags);
  const choiceCount = index.choicePoints.filter((c) => !c.invisibleDefault).length;
  const walk = new Walk(
    runner,
    createCollector(index, meta.stats),
    meta.stats.map((s) => s.variable),
    choiceCount,
    options,
  );
  walk.begin();
  const probe: Probe = (state, i, prepare) => walk.take(state, i, prepare);
  const pickCold = seededIndex(walk.caps.seed);
  run: for (let next = walk.next(pickCold); next; next = walk.next(pickCold)) {
    const { state, now } = next;
    if (!state.probed) onState?.(state, probe);
    state.probed = true;
    for (const [at, choice] of now.entries()) {
      if (!walk.visit(state, choice, at === now.length - 1 && state.pending.length === 0)) break run;
    }
    // Let a finished state's snapshot go: the frontier is what holds memory.
    if (state.pending.length === 0) state.snapshot = null;
  }
  return walk.finish();
}
