/**
 * The game: a zustand store over a story session, built by a factory that
 * takes its outside pieces as ports. Views subscribe to the store and call the
 * actions. Every change of playthrough (new game, choice, rewind, load, replay
 * link, a story edit in development) goes through `adopt` or `choose`, so the
 * session, the history tree and the page can never disagree. The save code
 * loads after the first passage is on screen: the autosave waits for it.
 *
 * createGame only wires pieces that each own one job: the session and the
 * build's first turn (first-turn-handoff.ts), the page (page-writer.ts), the
 * reader's actions (play-actions.ts), the autosave (autosave-writer.ts), the
 * stored records (game-records.ts), endings (ending-recorder.ts) and sound
 * (cue-player.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readStatValues, startHistoryFor } from '../history/history-entry';
import { startHistory } from '../history/history-tree';
import { silentAudio } from '../ports';
import { createAutosaveWriter } from './autosave-writer';
import type { FirstTurn } from './first-turn';
import { createFirstTurnHandoff, type FirstTurnHandoff } from './first-turn-handoff';
import { createGameRecords } from './game-records';
import type { Game, GameDeps, GameState } from './game-types';
import { emptyPage } from './page';
import { createPageWriter } from './page-writer';
import { createPlayActions } from './play-actions';
import { createSeenChoices } from './seen-choices';

export type { Game, GameDeps, GameState, Playthrough, ShownChoice } from './game-types';
export { RESTART_AT_START } from './play-actions';

export function createGame(deps: GameDeps): Game {
  const { storage, audio = silentAudio, clock = { now: () => Date.now() }, defer = (w) => setTimeout(w, 0) } = deps;
  const firstTurn = deps.firstTurn ?? null;
  const handoff = createFirstTurnHandoff(deps.story, firstTurn, deps.ink, (session, passage) =>
    pages.show(passage, emptyPage, startHistoryFor(session, passage), { notice: null }),
  );
  const { live } = handoff;
  const meta = firstTurn?.meta ?? live().meta;
  const seen = createSeenChoices(storage, meta.title, defer);
  const store = createGameStore(meta, firstTurn, handoff);
  const records = createGameRecords(store, storage, meta.title, clock, seen);
  const { saves } = records;
  const pages = createPageWriter(store, handoff, records, seen);
  const autosave = createAutosaveWriter({ store, handoff, clock, defer, saves, earlierRuns: records.earlierRuns, reportProblems: records.reportProblems });
  const play = createPlayActions({ store, handoff, autosave, pages, records, seen, audio, defer, newSeed: () => clock.now() % 2147483647 });

  const game: Game = {
    store,
    saves,
    earlierRuns: records.earlierRuns,
    hasAutosave: records.hasAutosave,
    takeProblems: records.takeProblems,
    async checkOtherTab() {
      const s = store.getState();
      seen.refresh();
      if (s.screen !== 'playing' || autosave.slot() !== 'auto') return;
      const [{ stopIfMovedOn }, slots] = await Promise.all([import('./autosave-write'), saves(), handoff.whenReady(() => {})]);
      stopIfMovedOn(store, slots, live());
    },
    resumeAutosave: autosave.resume,
    ...play,
    story: handoff.story,
    replaceStory: async (next) => (await import('./story-edit')).replaceStory(game, handoff, next),
    session: live,
    ready: () => handoff.whenReady(() => {}),
    settled: autosave.settled,
    flush: () => autosave.writeNow(),
    async snapshot() {
      const [{ snapshotSave }] = await Promise.all([import('../saves/save-snapshot'), handoff.whenReady(() => {})]);
      return snapshotSave({ story: handoff.story(), session: live(), history: store.getState().history, clock });
    },
    dismissNotice: () => store.setState({ notice: null, noticeDoor: null }),
  };
  // The title went up without a Story: with the engine at hand, build it once the title is on screen, so whatever the
  // reader picks finds it ready. An engine still to load waits for New game's first passage (play-actions.ts).
  if (firstTurn && handoff.isReady()) defer(() => void live());
  return game;
}

/** The store as the title screen finds it: the story's stats at their start, no page yet. */
function createGameStore(meta: GameState['meta'], firstTurn: FirstTurn | null, handoff: FirstTurnHandoff): StoreApi<GameState> {
  const atStart = () => (firstTurn ? firstTurn.statsAtStart : readStatValues(handoff.live()));
  return createStore<GameState>(() => ({
    ...emptyPage,
    meta,
    screen: 'title',
    choices: [],
    stats: atStart(),
    ended: false,
    error: null,
    turn: 0,
    seed: 1,
    history: firstTurn ? startHistory(atStart(), null) : startHistoryFor(handoff.live(), { paragraphs: [], choices: [], ended: false, error: null }),
    seenText: false,
    notice: null,
    noticeDoor: null,
    otherTab: null,
  }));
}
