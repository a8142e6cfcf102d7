/**
 * A new game's first turn, played when the story is built rather than when
 * the reader clicks New game. Building inkjs's Story from its JSON is the
 * costliest step between opening the page and reading (about 40 ms for the
 * flagship in Chromium); with the first turn in hand the game shows it at once
 * and builds the Story after that frame is painted, checking the turn it
 * plays against the one shown (game.ts).
 *
 * Only a first turn that cannot differ between runs is kept: the same text,
 * choices, stats and ink state under several random seeds, no RANDOM call
 * (ink's previousRandom still 0), and no error, ending or RESTART, which take
 * paths of their own in the game. Any other story gets null and plays its
 * first turn when the reader asks, as before.
 */
import { readStatValues } from '../history/history-entry.ts';
import type { StoryMeta } from '../ink/story-meta';
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

/** Seeds far apart, so a shuffle or a RANDOM that reads the seed shows up as a difference. */
const SEEDS = [1, 7_919, 1_234_567, 2_147_483_646];

/** The first turn every new game of `storyJson` plays, or null when it may differ from run to run. */
export function playFirstTurn(storyJson: StoryJson): FirstTurn | null {
  let first: FirstTurn | null = null;
  let firstKey = '';
  for (const seed of SEEDS) {
    const session = createSession(storyJson, seed);
    try {
      const statsAtStart = readStatValues(session);
      const passage = session.continue();
      // No choices covers an ending and an error too: ink offers none after either.
      if (passage.choices.length === 0 || asksRestart(passage.paragraphs)) return null;
      const state = JSON.parse(session.saveState()) as Record<string, unknown>;
      if (state.previousRandom !== 0) return null;
      delete state.storySeed;
      const turn: FirstTurn = { meta: session.meta, statsAtStart, passage, statsAfter: readStatValues(session) };
      const key = JSON.stringify([turn, state]);
      if (first && key !== firstKey) return null;
      first = turn;
      firstKey = key;
    } finally {
      session.dispose();
    }
  }
  return first;
}

/** Whether a turn the story played is the one shown from the build (same text, choices and stats). */
export function sameFirstTurn(shown: FirstTurn, passage: Passage, stats: Record<string, number>): boolean {
  return JSON.stringify(passage) === JSON.stringify(shown.passage) && JSON.stringify(stats) === JSON.stringify(shown.statsAfter);
}
