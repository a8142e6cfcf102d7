/**
 * A new game's first turn, played when the story is built rather than when
 * the reader clicks New game. Building inkjs's Story from its JSON is the
 * costliest step between opening the page and reading (about 40 ms for the
 * flagship in Chromium); with the first turn in hand the game shows it at once
 * and builds the Story after that frame is painted, checking the turn it
 * plays against the one shown (game.ts).
 *
 * Only a first turn that cannot differ between runs is kept: one during which
 * ink never read its random seed (no shuffle, RANDOM or LIST_RANDOM: see
 * countSeedReads), so every seed plays it the same, and with no error, ending
 * or RESTART, which take paths of their own in the game. Any other story gets
 * null and plays its first turn when the reader asks, as before.
 */
import { readStatValues } from '../history/history-entry.ts';
import { countSeedReads } from '../ink/ink-internals.ts';
import type { StoryMeta } from '../ink/story-meta.ts';
import { createSession, type Passage, type StoryJson } from '../ink/story-session.ts';
import { asksRestart } from './page.ts';

export interface FirstTurn {
  /** The story's global tags, read: the title screen shows them before any Story exists. */
  meta: StoryMeta;
  /** Stat values before the first turn, for the title screen's store. */
  statsAtStart: Record<string, number>;
  /** The first passage, exactly as StorySession.continue() gives it. */
  passage: Passage;
  /** Stat values after the first turn. */
  statsAfter: Record<string, number>;
}

/** The first turn every new game of `storyJson` plays, or null when it may differ from run to run. */
export function playFirstTurn(storyJson: StoryJson): FirstTurn | null {
  const session = createSession(storyJson, 1);
  try {
    const statsAtStart = readStatValues(session);
    const { result: passage, reads } = countSeedReads(session.ink, () => session.continue());
    if (reads > 0) return null;
    // No choices covers an ending and an error too: ink offers none after either.
    if (passage.choices.length === 0 || asksRestart(passage.paragraphs)) return null;
    return { meta: session.meta, statsAtStart, passage, statsAfter: readStatValues(session) };
  } finally {
    session.dispose();
  }
}
