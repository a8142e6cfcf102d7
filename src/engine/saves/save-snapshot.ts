/**
 * Takes a save of a live playthrough: the session's ink state and choice log,
 * the history tree, and a label for the slot list. The game calls this for the
 * autosave after each choice and when the player saves by hand.
 */

import { choicePath } from '../history/history-branches';
import { readStatValues } from '../history/history-entry';
import { getNode, type HistoryTree } from '../history/history-tree';
import { storyFingerprint } from '../ink/story-fingerprint';
import type { StoryJson, StorySession } from '../ink/story-session';
import type { ClockPort } from '../ports';
import { SAVE_FORMAT, type Save } from './save-format';

export interface SnapshotInput {
  story: StoryJson;
  session: StorySession;
  /** Must stand on the node for the session's last choice: record every choice taken, rewind both together. */
  history: HistoryTree;
  clock: ClockPort;
}

export function snapshotSave({ story, session, history, clock }: SnapshotInput): Save {
  const log = [...session.log];
  const path = choicePath(history);
  // A save whose history disagrees with its log would be refused on load, so refuse to make one.
  if (path.length !== log.length || path.some((step, i) => step.index !== log[i])) {
    throw new Error(`The history (${path.length} choices) does not match the session's log (${log.length} choices); record each choice in the history.`);
  }
  return {
    format: SAVE_FORMAT,
    storyId: session.meta.title,
    fingerprint: storyFingerprint(story),
    seed: session.seed,
    log,
    inkState: session.saveState(),
    history,
    savedAt: clock.now(),
    label: { scene: getNode(history, history.current).scene, stats: readStatValues(session), turn: log.length },
  };
}
