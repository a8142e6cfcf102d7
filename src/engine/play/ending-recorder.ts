/**
 * Counts an ending in the endings record when a turn reaches it. A page that
 * already showed its ending (a restored run standing at its end) records
 * nothing, so each run counts its ending once.
 */
import type { Passage } from '../ink/story-session';
import type { SaveStore } from '../saves/save-store';
import type { PageState } from './page';

/** Records the ending `passage` brings to a page that had none; null when it brings none. */
export function recordEndingReached(
  saves: () => Promise<SaveStore>,
  before: Pick<PageState, 'ending'>,
  after: Pick<PageState, 'ending'>,
  passage: Passage,
): Promise<void> | null {
  const ending = after.ending;
  if (!ending || !passage.ended || before.ending) return null;
  return saves().then((slots) => {
    slots.recordEnding(ending.id);
  });
}
