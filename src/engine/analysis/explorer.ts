/**
 * The explorer's front door. `exploreStory` walks every distinct state of a
 * compiled story (within caps) and returns a plain report: endings with
 * example paths, dead ends, runtime errors, coverage and the branch graph.
 * The CLI prints it, the build reads the endings total and the story map from
 * it, and tests assert on it. See explore-core.ts for how the walk is steered
 * and explore-state-key.ts for how looping stories still finish.
 */

import type { StoryJson } from '../ink/story-session.ts';
import { exploreStates } from './explore-core.ts';
import type { ExploreOptions } from './explore-options.ts';
import type { ExploreReport } from './explore-report.ts';

export type { ExploreOptions, ExploreProgress } from './explore-options.ts';
export type * from './explore-report.ts';
export { hasProblems } from './explore-report.ts';
export { type RandomWalkOptions, randomWalks } from './random-walk.ts';
export { type StatBranch, type StatSensitivity, type StatSensitivityOptions, statSensitivity } from './stat-sensitivity.ts';
export { indexStory, type StoryIndex } from './story-index.ts';

export function exploreStory(storyJson: StoryJson, options: ExploreOptions = {}): ExploreReport {
  return exploreStates(storyJson, options);
}
