/**
 * Replays a list of choices on a story from its start with a given seed, and
 * says how far the list still fits. Restoring saves, replay links and history
 * rewinds all stand on this: ink is deterministic for a seed, so the choices
 * rebuild the exact state on the same story, and on an edited story they
 * rebuild the nearest state the new story allows.
 */
import { historyEntryFor, readStatValues, sceneAfter } from '../history/history-entry';
import type { HistoryEntry } from '../history/history-tree';
import { type ChoiceView, createSession, type Passage, type StoryJson, type StorySession } from '../ink/story-session';

/** One choice to replay: ink's index, and the text the player saw when it is known. */
export interface ReplayStep {
  index: number;
  text?: string;
}

/**
 * 'exact': the story is the one the steps were taken on, so each index must be
 * offered (and show the remembered text). 'by-text': the story was edited; see
 * `pickChoice` for how a step finds its choice.
 */
export type MatchRule = 'exact' | 'by-text';

export interface ReplayOutcome {
  session: StorySession;
  /** The story's opening passage, then one per replayed choice: fold them to rebuild the page. */
  passages: Passage[];
  /** The ink indices actually taken; under 'by-text' they may differ from the steps'. */
  indices: number[];
  /** How many steps fitted. */
  fitted: number;
  /** The stats and scene at the start, then one history entry per replayed choice. */
  start: { stats: Record<string, number>; scene: string | null };
  entries: HistoryEntry[];
  /** Why replay stopped early (turn is 1-based, the first step that did not fit), or null when every step fitted. */
  stop: { turn: number; reason: string } | null;
}

export function replayChoices(story: StoryJson, seed: number, steps: readonly ReplayStep[], rule: MatchRule): ReplayOutcome {
  const session = createSession(story, seed);
  let passage = session.continue();
  const passages = [passage];
  const start = { stats: readStatValues(session), scene: sceneAfter(passage, null) };
  const entries: HistoryEntry[] = [];
  const indices: number[] = [];
  let scene = start.scene;
  let stop: ReplayOutcome['stop'] = null;
  for (const [i, step] of steps.entries()) {
    const turn = i + 1;
    const found = passage.error ? null : pickChoice(passage.choices, step, rule);
    if (!found) {
      stop = { turn, reason: whyNot(passage, step, turn, rule) };
      break;
    }
    passage = session.choose(found.index);
    passages.push(passage);
    indices.push(found.index);
    const entry = historyEntryFor(session, found, passage, scene);
    entries.push(entry);
    scene = entry.scene;
  }
  return { session, passages, indices, fitted: indices.length, start, entries, stop };
}

/**
 * Finds the choice a remembered step stands for among the choices offered now.
 *
 * On an unchanged story ('exact') only the ink index counts, and a remembered
 * text that differs means the record is wrong. On an edited story ('by-text')
 * indices shift when a choice is added or removed above, so the text decides:
 *   1. the same index showing the same text;
 *   2. else the same text at another index (the choice moved);
 *   3. else the same index if its text is close to the remembered one (the
 *      choice was reworded), judged by bigram overlap;
 *   4. else nothing: the choice is gone. A bare fall-back to the index would
 *      silently take a different choice whenever one was removed above it.
 * Steps without a text (replay links) can only match by index. Locked choices
 * are never taken, as in play.
 */
export function pickChoice(choices: readonly ChoiceView[], step: ReplayStep, rule: MatchRule): ChoiceView | null {
  const open = choices.filter((c) => !c.locked);
  const atIndex = open.find((c) => c.index === step.index) ?? null;
  if (step.text === undefined) return atIndex;
  if (atIndex && atIndex.text === step.text) return atIndex;
  if (rule === 'exact') return null;
  const sameText = open.find((c) => c.text === step.text);
  if (sameText) return sameText;
  return atIndex && similarity(atIndex.text, step.text) >= REWORDED ? atIndex : null;
}

/** How alike two choice texts must be (0..1) to count as one choice reworded. */
const REWORDED = 0.6;

/** Sørensen–Dice similarity of two texts' letter pairs, ignoring case, spaces and punctuation. */
export function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const clean = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const list: string[] = [];
    for (let i = 0; i < clean.length - 1; i++) list.push(clean.slice(i, i + 2));
    return list;
  };
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
  const counts = new Map<string, number>();
  for (const p of left) counts.set(p, (counts.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of right) {
    const n = counts.get(p) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(p, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function whyNot(passage: Passage, step: ReplayStep, turn: number, rule: MatchRule): string {
  const named = step.text === undefined ? `choice ${step.index + 1}` : `the choice “${step.text}”`;
  if (passage.error) return `the story hits an error before turn ${turn}`;
  if (passage.choices.length === 0) return `the story ends before turn ${turn}`;
  const atIndex = passage.choices.find((c) => c.index === step.index);
  if (atIndex?.locked) return `${named} at turn ${turn} is locked now`;
  if (rule === 'exact' && atIndex && step.text !== undefined) return `at turn ${turn} the story offers “${atIndex.text}”, not “${step.text}”`;
  return `${named} at turn ${turn} is not offered any more`;
}
