/**
 * Whether two saves hold the same play: the same story, seed and choices. Earlier runs use it to never keep a run
 * twice, and the no-room export to tell whether the autosave still holds the run it exported.
 */
import type { Save } from './save-format';

export function samePlay(a: Save, b: Save): boolean {
  return a.storyId === b.storyId && a.seed === b.seed && a.log.length === b.log.length && a.log.every((x, i) => x === b.log[i]);
}
