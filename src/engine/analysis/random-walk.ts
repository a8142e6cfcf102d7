/**
 * Seeded random playthroughs, like ChoiceScript's randomtest: each run starts
 * fresh, seeds ink's generator, and picks uniformly among the choices that are
 * not locked until the story stops or `maxTurns` choices have been made. Where
 * the exhaustive explorer answers "what can happen", this answers "what tends
 * to happen", and it scales to stories too big to explore. Same seed, same
 * report.
 */

import { seededRandom } from '../ink/seeded-random.ts';
import { readStoryMeta } from '../ink/story-meta.ts';
import type { StoryJson } from '../ink/story-session.ts';
import { createCollector } from './explore-collector.ts';
import type { ExploreReport } from './explore-report.ts';
import { createRunner } from './explore-runner.ts';
import { indexStory } from './story-index.ts';

export interface RandomWalkOptions {
  /** Playthroughs to make. Default 100. */
  runs?: number;
  /** Run r uses ink seed `seed + r`; reported paths replay with the seed reported beside them. Default 1. */
  seed?: number;
  /** Choices per run before it is cut off (a run that loops forever). Default 1,000. */
  maxTurns?: number;
  maxStepsPerTurn?: number;
  onProgress?: (done: number, runs: number) => void;
}

export function randomWalks(storyJson: StoryJson, options: RandomWalkOptions = {}): ExploreReport {
  const { runs = 100, seed = 1, maxTurns = 1000 } = options;
  const index = indexStory(storyJson as string);
  const runner = createRunner(storyJson, index, { maxStepsPerTurn: options.maxStepsPerTurn ?? 200_000, strategy: 'json' });
  const collector = createCollector(index, readStoryMeta(runner.story.globalTags).stats);
  const read = (v: string) => runner.readNumber(v);
  let turns = 0;
  let cutOff = 0;

  for (let run = 0; run < runs; run++) {
    const inkSeed = seed + run;
    const random = seededRandom(inkSeed * 2654435761);
    runner.reset(inkSeed);
    let stop = runner.runToStop();
    let node = collector.arrive({ from: 'start', choice: null, stop, scene: stop.scene, path: [], seed: inkSeed }, read);
    let scene = stop.scene;
    const path: number[] = [];
    while (stop.kind === 'choices' && path.length < maxTurns) {
      const open = stop.choices.filter((c) => !c.locked);
      const choice = open[Math.floor(random() * open.length)];
      if (!choice) break;
      runner.choose(choice.index);
      collector.took(choice.id);
      path.push(choice.index);
      turns++;
      stop = runner.runToStop();
      scene = stop.scene ?? scene;
      node = collector.arrive({ from: node, choice, stop, scene, path: [...path], seed: inkSeed }, read);
    }
    if (stop.kind === 'choices') cutOff++;
    options.onProgress?.(run + 1, runs);
  }

  const limits = { states: runs, turns, complete: cutOff === 0, stoppedBy: null, cutOffByDepth: cutOff };
  return collector.build('random', limits, runner.reachedContainers());
}
