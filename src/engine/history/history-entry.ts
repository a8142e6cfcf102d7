/**
 * Builds history entries from a live session: after each choice the game asks
 * for the stats, the scene and a short preview of the text the choice led to,
 * and records them in the history tree. Kept apart from the tree so the tree
 * stays plain data that knows nothing of ink.
 */

import type { ChoiceView, Passage, StorySession } from '../ink/story-session.ts';
import { parseTag } from '../ink/tags.ts';
import { type HistoryEntry, type HistoryTree, startHistory } from './history-tree.ts';

const PREVIEW_LENGTH = 60;

/** The declared stats as numbers (a stat ink cannot give a number for reads as its minimum). */
export function readStatValues(session: StorySession): Record<string, number> {
  const stats: Record<string, number> = {};
  for (const def of session.meta.stats) {
    const value = Number(session.variable(def.variable));
    stats[def.variable] = Number.isFinite(value) ? value : def.min;
  }
  return stats;
}

/** The scene in force after a passage: its last `scene` tag, else the one before. */
export function sceneAfter(passage: Passage, previous: string | null): string | null {
  let scene = previous;
  for (const p of passage.paragraphs) {
    for (const raw of p.tags) {
      const tag = parseTag(raw);
      if (tag.kind === 'scene') scene = tag.title;
    }
  }
  return scene;
}

/** The first words of a passage, cut at a word boundary. */
export function previewOf(passage: Passage): string {
  const text = passage.paragraphs.map((p) => p.text).find((t) => t.trim() !== '') ?? '';
  if (text.length <= PREVIEW_LENGTH) return text;
  const cut = text.slice(0, PREVIEW_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > PREVIEW_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A fresh tree whose root holds the stats and scene at the story's first choice point. */
export function startHistoryFor(session: StorySession, firstPassage: Passage): HistoryTree {
  return startHistory(readStatValues(session), sceneAfter(firstPassage, null));
}

/** The entry for `choice`, just taken, which produced `passage`. */
export function historyEntryFor(
  session: StorySession,
  choice: Pick<ChoiceView, 'index' | 'text'>,
  passage: Passage,
  previousScene: string | null,
): HistoryEntry {
  return {
    choiceIndex: choice.index,
    choiceText: choice.text,
    stats: readStatValues(session),
    scene: sceneAfter(passage, previousScene),
    preview: previewOf(passage),
  };
}
