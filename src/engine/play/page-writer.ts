/**
 * Puts passages on the page: folds a passage over the page it follows, marks
 * the choices already seen, takes where play stands from the session (or the
 * build's first turn standing in for it) and counts an ending reached.
 * Everything the reader sees of a turn reaches the store through `show`.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { HistoryTree } from '../history/history-tree';
import type { Passage } from '../ink/story-session';
import { recordEndingReached } from './ending-recorder';
import type { FirstTurnHandoff } from './first-turn-handoff';
import type { GameRecords } from './game-records';
import type { GameState } from './game-types';
import { foldPassage, type PageState } from './page';
import type { SeenChoices } from './seen-choices';

export interface PageWriter {
  /** Puts `passage` on the page over `base`, with its history and any extra state (a notice, an error). */
  show(passage: Passage, base: PageState, history: HistoryTree, extra?: Partial<GameState>): void;
  /** Folds passages into a page, numbering their paragraphs as the page does. */
  fold(base: PageState, passages: readonly Passage[]): PageState;
}

export function createPageWriter(store: StoreApi<GameState>, handoff: FirstTurnHandoff, records: GameRecords, seen: SeenChoices): PageWriter {
  let paragraphId = 0;
  const nextId = () => ++paragraphId;
  return {
    show(passage, base, history, extra = {}) {
      const page = foldPassage(base, passage.paragraphs, nextId);
      void recordEndingReached(records.saves, base, page, passage)?.then(() => records.reportProblems());
      store.setState({
        ...page,
        screen: 'playing',
        choices: passage.choices.map((c) => ({ ...c, seen: seen.has(c.key) })),
        ...handoff.standing(),
        ended: passage.ended,
        error: passage.error,
        fault: passage.fault,
        history,
        seenText: false,
        // A new notice brings its own door (or none); an old one keeps its door until dismissed.
        ...('notice' in extra ? { noticeDoor: null } : {}),
        ...extra,
      });
    },
    fold(base, passages) {
      let page = base;
      for (const p of passages) page = foldPassage(page, p.paragraphs, nextId);
      return page;
    },
  };
}
