/**
 * The baseline the explorer is measured against: a plain depth-first walk
 * that serialises the whole ink state to JSON (`state.ToJson()`) at every
 * choice point, restores it with `LoadJson` before each branch, and treats two
 * states as the same only when their JSON is identical (hashed, to keep
 * memory flat). It skips locked choices, as the explorer and the player do,
 * and records coverage by the same choice ids (the choice's target path).
 * Visit counts and turn numbers are in the JSON, so on branching stories it
 * rarely merges anything: that is the point of the comparison.
 */
import { Story } from 'inkjs';
import { hashText } from '../../src/engine/ink/story-fingerprint';
import { findTag } from '../../src/engine/ink/tags';

export interface NaiveOptions {
  seed?: number;
  maxDepth?: number;
  /** Stop after this many milliseconds. */
  timeLimitMs: number;
  /** Stop as soon as every id here has been taken. */
  coverageTarget?: ReadonlySet<string>;
}

export interface NaiveResult {
  /** Distinct states (by full JSON) at choice points that were expanded or queued. */
  states: number;
  /** Choices taken. */
  turns: number;
  ms: number;
  /** Choice ids taken. */
  taken: Set<string>;
  /** ms until every id of `coverageTarget` was taken, or null if it never was. */
  fullCoverageMs: number | null;
  stoppedBy: 'done' | 'coverage' | 'time';
}

interface Frame {
  json: string;
  depth: number;
}

export function naiveWalk(storyJson: string, options: NaiveOptions): NaiveResult {
  const { seed = 1, maxDepth = 200, timeLimitMs, coverageTarget } = options;
  const story = new Story(storyJson);
  story.onError = () => {};
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  const started = performance.now();
  const taken = new Set<string>();
  let covered = 0;
  const seen = new Set<string>();
  let turns = 0;
  let fullCoverageMs: number | null = null;

  const runOn = () => {
    try {
      while (story.canContinue) story.Continue();
    } catch {
      // A runtime error ends this branch; the explorer reports it, the baseline only needs to stop.
    }
  };
  runOn();
  const stack: Frame[] = [{ json: story.state.ToJson(), depth: 0 }];
  seen.add(hashText(stack[0]?.json ?? ''));
  let stoppedBy: NaiveResult['stoppedBy'] = 'done';

  walk: for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth >= maxDepth) continue;
    story.state.LoadJson(frame.json);
    const open = story.currentChoices
      .filter((c) => !findTag(c.tags ?? [], 'locked'))
      .map((c) => ({ index: c.index, id: String(c.targetPath ?? c.sourcePath) }));
    for (const choice of open) {
      if (performance.now() - started > timeLimitMs) {
        stoppedBy = 'time';
        break walk;
      }
      story.state.LoadJson(frame.json);
      story.ChooseChoiceIndex(choice.index);
      runOn();
      turns++;
      if (!taken.has(choice.id)) {
        taken.add(choice.id);
        if (coverageTarget?.has(choice.id) && ++covered === coverageTarget.size) {
          fullCoverageMs = performance.now() - started;
          stoppedBy = 'coverage';
          break walk;
        }
      }
      if (story.currentChoices.length === 0) continue;
      const json = story.state.ToJson();
      const key = hashText(json);
      if (seen.has(key)) continue;
      seen.add(key);
      stack.push({ json, depth: frame.depth + 1 });
    }
  }
  return { states: seen.size, turns, ms: performance.now() - started, taken, fullCoverageMs, stoppedBy };
}
