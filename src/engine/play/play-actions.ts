/**
 * What a reader does to the run: start a new game, take a choice, or adopt a
 * restored or replayed playthrough. Each puts its passage on the page, plays
 * its sound and asks for an autosave; `# RESTART` ends the run and begins the
 * next one, as inky's web export plays it.
 */
import type { StoreApi } from 'zustand/vanilla';
import { historyEntryFor, sceneAfter } from '../history/history-entry';
import { type HistoryTree, recordChoice, startHistory } from '../history/history-tree';
import type { Passage } from '../ink/story-session';
import type { AudioPort } from '../ports';
import type { AutosaveWriter } from './autosave-writer';
import { lastLoop, playCues } from './cue-player';
import { recordEndingReached } from './ending-recorder';
import type { FirstTurnHandoff } from './first-turn-handoff';
import type { GameRecords } from './game-records';
import type { Game, GameState } from './game-types';
import { asksRestart, emptyPage, foldPassage } from './page';
import type { PageWriter } from './page-writer';
import type { SeenChoices } from './seen-choices';

/** What the reader is told when a story asks to restart before its first choice (see newGame). */
export const RESTART_AT_START = 'The story asked to start over (# RESTART) before any choice, so it stops here rather than loop.';

export interface PlayDeps {
  store: StoreApi<GameState>;
  handoff: FirstTurnHandoff;
  autosave: AutosaveWriter;
  pages: PageWriter;
  records: GameRecords;
  seen: SeenChoices;
  audio: AudioPort;
  newSeed: () => number;
  defer: (work: () => void) => void;
}

export function createPlayActions(deps: PlayDeps): Pick<Game, 'newGame' | 'choose' | 'adopt'> {
  const { store, handoff, autosave, pages, seen, audio, defer } = deps;

  const newGame = (seed = deps.newSeed()) => {
    autosave.startRun();
    const { passage: first, stats } = handoff.start(seed);
    autosave.setSaveable(true);
    audio.loop(null);
    playCues([first], audio);
    // A story that restarts before the reader can choose would restart forever: it stops here instead, with its page.
    const loops = asksRestart(first.paragraphs) && !first.error;
    pages.show(first, emptyPage, startHistory(stats, sceneAfter(first, null)), loops ? { notice: null, error: RESTART_AT_START } : { notice: null });
    autosave.schedule();
    // Once the passage is painted: the story engine (loaded now if it waited), the run's Story, then a spare.
    defer(() => void handoff.whenReady(() => void handoff.live()));
    defer(() => void handoff.whenReady(() => handoff.prepareSpare()));
  };

  // The run that reached `# RESTART` (this last choice included) is autosaved first, so New game's mechanism keeps it under Earlier runs.
  const restartAfter = (passage: Passage, history: HistoryTree) => {
    const state = store.getState();
    void recordEndingReached(
      deps.records.saves,
      state,
      foldPassage(state, passage.paragraphs, () => 0),
      passage,
    );
    autosave.changed();
    autosave.writeNow(history);
    newGame();
  };

  const play: Pick<Game, 'newGame' | 'choose' | 'adopt'> = {
    newGame,
    choose(index, turn) {
      // Pressed before the story engine arrived (on the build's first passage): it loads now, and the choice follows.
      if (!handoff.isReady()) {
        void handoff.whenReady(() => play.choose(index, turn));
        return true;
      }
      // A choice on the build's first passage builds its Story first. Should ink disagree, its page replaces the one
      // the reader pressed on, and the press is not taken: it was meant for text ink would not have shown.
      const pressedOn = store.getState().page;
      const session = handoff.live();
      const state = store.getState();
      if (state.page !== pressedOn) return false;
      if (turn !== state.turn || state.error || state.screen !== 'playing') return false;
      const choice = state.choices.find((c) => c.index === index);
      if (!choice || choice.locked) return false;
      const passage = session.choose(index);
      const history = recordChoice(state.history, historyEntryFor(session, choice, passage, state.scene));
      const wasSeen = seen.has(choice.key);
      seen.add(choice.key);
      if (asksRestart(passage.paragraphs) && !passage.error) {
        restartAfter(passage, history);
        return true;
      }
      playCues([passage], audio);
      pages.show(passage, state, history, { seenText: wasSeen });
      autosave.schedule();
      return true;
    },
    adopt({ session, passages, history, note, saveable = true, newRun = false }) {
      if (newRun) autosave.startRun();
      handoff.adopt(session);
      autosave.setSaveable(saveable);
      const page = pages.fold(emptyPage, passages);
      const last = passages.at(-1) ?? session.continue();
      // Sound follows the scene: restart the ambience the page was last set to, not every cue on the way.
      audio.loop(lastLoop(passages));
      pages.show({ ...last, paragraphs: [] }, page, history, { notice: note ?? null });
      autosave.schedule();
      defer(() => handoff.prepareSpare());
    },
  };
  return play;
}
