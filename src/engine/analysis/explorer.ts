/**
 * The explorer's front door. `exploreStory` walks every distinct state of a
 * compiled story (within caps) and returns a plain report: endings with
 * example paths, dead ends, runtime errors, coverage and the branch graph.
 * The CLI prints it, the build reads the endings total and the story map from
 * it, and tests assert on it. See explore-core.ts for how the walk is steered
 * and explore-state-key.ts for how looping stories still finish.
 */

import type { StoryJson } from '../ink/story-session';
import { exploreStates } from './explore-core';
import type { ExploreOptions } from './explore-options';
import type { ExploreReport } from './explore-report';

export type { ExploreOptions, ExploreProgress } from './explore-options';
export type * from './explore-report';
export { hasProblems } from './explore-report';
export { type RandomWalkOptions, randomWalks } from './random-walk';
export { type StatBranch, type StatSensitivity, type StatSensitivityOptions, statSensitivity } from './stat-sensitivity';
export { indexStory, type StoryIndex } from './story-index';

export function exploreStory(storyJson: StoryJson, options: ExploreOptions = {}): ExploreReport {
  return exploreStates(storyJson, options);
}
