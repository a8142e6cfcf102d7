/**
 * The game: a zustand store over a story session, built by a factory that
 * takes its outside pieces as ports. Views subscribe to the store and call the
 * actions. Every change of playthrough (new game, choice, rewind, load, replay
 * link, a story edit in development) goes through `adopt` or `choose`, so the
 * session, the history tree and the page can never disagree. The save code
 * loads after the first passage is on screen: the autosave waits for it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { historyEntryFor, readStatValues, sceneAfter, startHistoryFor } from '../history/history-entry';
import { type HistoryTree, recordChoice, startHistory } from '../history/history-tree';
import type { StoryMeta } from '../ink/story-meta';
import { type ChoiceView, createSession, type Passage, prepareSpare, type StoryJson, type StorySession } from '../ink/story-session';
import { parseTag } from '../ink/tags';
import { type AudioPort, type ClockPort, type StoragePort, silentAudio } from '../ports';
import type { EarlierRuns } from '../saves/earlier-runs';
import type { Save } from '../saves/save-format';
import type { SaveStore } from '../saves/save-store';
import { type FirstTurn, sameFirstTurn } from './first-turn';
import { asksRestart, emptyPage, foldPassage, type PageState } from './page';
import { createSeenChoices, type SeenChoices } from './seen-choices';

export interface ShownChoice extends ChoiceView {
  /** Taken before, in this or any earlier playthrough. */
  seen: boolean;
}

export interface GameState extends PageState {
  meta: StoryMeta;
  screen: 'title' | 'playing';
  choices: ShownChoice[];
  stats: Record<string, number>;
  ended: boolean;
  error: string | null;
  /** ink's own words for the error and where the story stood (source-lines.ts turns that into a file and line), when ink said. */
  fault?: Passage['fault'];
  /** Counts choices taken; a choice made for an older turn is ignored, so a double click never counts twice. */
  turn: number;
  seed: number;
  history: HistoryTree;
  /** Whether the text now showing was reached by a choice taken before (for "skip seen text"). */
  seenText: boolean;
  /** A one-off message for the player (a story change, a save that could not be stored). */
  notice: string | null;
  /** Where the notice's remedy is: 'saves' when deleting or exporting there frees room or recovers data; 'other-tab' to choose between two tabs' runs. */
  noticeDoor: 'saves' | 'other-tab' | null;
  /** Another tab moved this story's autosave on: its run, while this tab's autosave waits for the reader's choice. */
  otherTab: { scene: string | null; turn: number; savedAt: number } | null;
}

export interface GameDeps {
  story: StoryJson;
  storage: StoragePort;
  audio?: AudioPort;
  clock?: ClockPort;
  /** Runs work that may wait until after the screen updates (the autosave, building a Story). Tests pass `(fn) => fn()`. */
  defer?: (work: () => void) => void;
  /**
   * The story's first turn as the build played it (first-turn.ts), or null. With it the title needs no
   * Story and New game shows its passage at once; the Story is built after the screen updates.
   */
  firstTurn?: FirstTurn | null;
}

/** A playthrough handed to `adopt`: a session and the passages that led to where it stands. */
export interface Playthrough {
  session: StorySession;
  passages: Passage[];
  history: HistoryTree;
  note?: string | undefined;
  /** False for a playthrough no save could replay (an author-mode jump): autosave pauses until the next new game. */
  saveable?: boolean;
  /** A different run from the one autosaved (a load, an import, a replay link): the autosave's run is kept among the earlier runs first. */
  newRun?: boolean;
}

export interface Game {
  store: StoreApi<GameState>;
  /** The save slots and endings record, loaded on first use. */
  saves(): Promise<SaveStore>;
  /** The runs the autosave held before a new run replaced it, loaded on first use. */
  earlierRuns(): Promise<EarlierRuns>;
  /** Whether an autosave (or its backup) is stored, without loading the save code (it may still turn out unreadable). */
  hasAutosave(): boolean;
  /** Damage found in stored records (seen choices, endings) not yet reported, each reported once. */
  takeProblems(): Promise<string[]>;
  /** Another tab may have written (a storage event): if it moved this story's autosave on, stop autosaving over it and say so. */
  checkOtherTab(): Promise<void>;
  /** Autosave into `slot` from now on (the reader's answer to another tab moving on), and write now. */
  resumeAutosave(slot: string): void;
  /** Start a fresh playthrough; the seed defaults to one taken from the clock. */
  newGame(seed?: number): void;
  /** Take choice `index` if `turn` is still the current turn. Returns whether it was taken. */
  choose(index: number, turn: number): boolean;
  /** Make a restored or replayed playthrough the current one. */
  adopt(play: Playthrough): void;
  /** The compiled story in play (it changes when an author edits the ink in development). */
  story(): StoryJson;
  /** Swap in an edited story and replay the current choices on it, stopping where they no longer fit. */
  replaceStory(story: StoryJson): Promise<void>;
  session(): StorySession;
  /** A save of the playthrough as it stands. */
  snapshot(): Promise<Save>;
  /** Resolves once the autosaves asked for so far are written (for tests). */
  settled(): Promise<void>;
  /** Writes a pending autosave now, synchronously, if the save code has loaded: for when the page is about to go away. */
  flush(): void;
  dismissNotice(): void;
}

export function createGame(deps: GameDeps): Game {
  const { storage, audio = silentAudio, clock = { now: () => Date.now() }, defer = (w) => setTimeout(w, 0) } = deps;
  let story = deps.story;
  // Valid for `story` only: an edited story (replaceStory) plays its own first turn.
  let firstTurn = deps.firstTurn ?? null;
  // No Story yet when the build played the first turn: `live()` builds it once something needs it.
  let session: StorySession | null = firstTurn ? null : createSession(story, 1);
  // A new game whose first passage is on screen from the build, waiting for its Story.
  let pendingFirst: { seed: number; turn: FirstTurn } | null = null;
  /** The session in play, built now if it is still waiting. */
  const live = (): StorySession => {
    if (session) return session;
    const waiting = pendingFirst;
    pendingFirst = null;
    session = createSession(story, waiting?.seed ?? 1);
    if (waiting) {
      const passage = session.continue();
      // The build checked that every seed plays this turn; should ink still disagree, its own page replaces the one shown.
      if (!sameFirstTurn(waiting.turn, passage, readStatValues(session))) show(passage, emptyPage, startHistoryFor(session, passage), { notice: null });
    }
    return session;
  };
  const meta = firstTurn?.meta ?? live().meta;
  const storyId = meta.title;
  let saveStore: Promise<SaveStore> | null = null;
  const saves = () => {
    saveStore ??= import('../saves/save-store').then(({ createSaveStore }) => createSaveStore({ storage, storyId, clock }));
    return saveStore;
  };
  let earlier: Promise<EarlierRuns> | null = null;
  const earlierRuns = () => {
    earlier ??= import('../saves/earlier-runs').then(({ createEarlierRuns }) => createEarlierRuns({ storage, storyId }));
    return earlier;
  };
  const seen: SeenChoices = createSeenChoices(storage, storyId, defer);
  let paragraphId = 0;
  let saveable = true;
  let warnedStorage = false;
  const nextId = () => ++paragraphId;
  const mark = (choices: ChoiceView[]): ShownChoice[] => choices.map((c) => ({ ...c, seen: seen.has(c.key) }));

  const store = createStore<GameState>(() => ({
    ...emptyPage,
    meta,
    screen: 'title',
    choices: [],
    stats: firstTurn ? firstTurn.statsAtStart : readStatValues(live()),
    ended: false,
    error: null,
    turn: 0,
    seed: 1,
    history: firstTurn ? startHistory(firstTurn.statsAtStart, null) : startHistoryFor(live(), { paragraphs: [], choices: [], ended: false, error: null }),
    seenText: false,
    notice: null,
    noticeDoor: null,
    otherTab: null,
  }));

  const show = (passage: Passage, base: PageState, history: HistoryTree, extra: Partial<GameState> = {}) => {
    // A first turn from the build stands in for the Story it is waiting for.
    const first = pendingFirst;
    changes++;
    const page = foldPassage(base, passage.paragraphs, nextId);
    const ending = page.ending;
    if (ending && passage.ended && !base.ending)
      void saves()
        .then((store) => store.recordEnding(ending.id))
        .then(() => reportProblems());
    store.setState({
      ...page,
      screen: 'playing',
      choices: mark(passage.choices),
      stats: first ? first.turn.statsAfter : readStatValues(live()),
      ended: passage.ended,
      error: passage.error,
      fault: passage.fault,
      turn: first ? 0 : live().log.length,
      seed: first ? first.seed : live().seed,
      history,
      seenText: false,
      // A new notice brings its own door (or none); an old one keeps its door until dismissed.
      ...('notice' in extra ? { noticeDoor: null } : {}),
      ...extra,
    });
  };
  // Damage found on the way (a record that would not read) is told once, with the door to Saves.
  const reportProblems = async () => {
    const problems = await game.takeProblems();
    if (problems.length === 0) return;
    const notice = [store.getState().notice, ...problems].filter(Boolean).join(' ');
    store.setState({ notice, noticeDoor: 'saves' });
  };

  // The save code loads on the first autosave; after that an autosave can also run synchronously (see flush).
  let saveCode: { snapshotSave: typeof import('../saves/save-snapshot').snapshotSave; slots: SaveStore; earlier: EarlierRuns } | null = null;
  // Set when a new run starts: its first autosave keeps the run the autosave held among the earlier runs.
  let keepEarlier = false;
  // Where autosaves go, and whether they wait: another tab's newer autosave is never overwritten unasked.
  let autosaveSlot = 'auto';
  const otherTabMovedOn = (theirs: { savedAt: number; label: { scene: string | null; turn: number } }) => {
    if (store.getState().otherTab) return;
    store.setState({
      otherTab: { scene: theirs.label.scene, turn: theirs.label.turn, savedAt: theirs.savedAt },
      notice: 'This story moved on in another tab. This tab stops saving over it until you choose which run to keep.',
      noticeDoor: 'other-tab',
    });
  };
  // Every change of what is on screen bumps `changes`; an autosave is due while `saved` lags behind it.
  let changes = 0;
  let saved = -1;
  const loadSaveCode = async () => {
    const [{ snapshotSave }, slots, earlier] = await Promise.all([import('../saves/save-snapshot'), saves(), earlierRuns()]);
    saveCode = { snapshotSave, slots, earlier };
    void reportProblems();
    return saveCode;
  };
  const writeAutosave = (code: NonNullable<typeof saveCode>, given?: HistoryTree) => {
    // The build's first turn is settled first: should ink disagree with it, the page and the history change.
    if (pendingFirst) live();
    const s = store.getState();
    const history = given ?? s.history;
    if (s.error || !saveable || s.screen !== 'playing' || saved === changes || s.otherTab) return;
    // A new run replaces the autosave once its run is safe under Earlier runs: the reader was asked, so even another tab's run may go.
    let replacing = false;
    if (keepEarlier) {
      keepEarlier = false;
      const kept = code.earlier.keepAutosave();
      replacing = kept.kept || kept.reason === 'same' || kept.reason === 'nothing';
    }
    const session = live();
    const snapshot = code.snapshotSave({ story, session, history, clock });
    let result = code.slots.write(autosaveSlot, snapshot, { guardAutosave: !replacing });
    if (!result.ok && result.problem === 'conflict') {
      // The other tab's copy stands where this run stood before this choice or at it: the same run, not moved on.
      const theirs = code.slots.newerElsewhere(autosaveSlot);
      const sameRun = theirs && theirs.seed === session.seed && theirs.log.every((x, i) => x === session.log[i]);
      if (!sameRun) return otherTabMovedOn(result.theirs);
      result = code.slots.write(autosaveSlot, snapshot, { force: true });
    }
    saved = changes;
    // Say it once: a full or blocked storage fails every autosave, and repeating it would only nag.
    if (!result.ok && !warnedStorage) {
      warnedStorage = true;
      store.setState({ notice: `${result.message} Saves lists what can be deleted to make room; Export to file keeps a copy.`, noticeDoor: 'saves' });
    }
  };
  const autosave = async () => writeAutosave(saveCode ?? (await loadSaveCode()));
  let lastAutosave: Promise<void> = Promise.resolve();
  const scheduleAutosave = () =>
    defer(() => {
      lastAutosave = lastAutosave.then(autosave, autosave);
    });

  // `# RESTART`, as inky's web export plays it: the page clears and a fresh run begins at once. The run that
  // reached it (this last choice included) is autosaved first, so New game's mechanism keeps it under Earlier runs.
  const restartAfter = (passage: Passage, history: HistoryTree) => {
    const ending = foldPassage(store.getState(), passage.paragraphs, () => 0).ending;
    if (ending && passage.ended && !store.getState().ending) void saves().then((slots) => slots.recordEnding(ending.id));
    changes++;
    if (saveCode) writeAutosave(saveCode, history);
    game.newGame();
  };

  const game: Game = {
    store,
    saves,
    earlierRuns,
    hasAutosave() {
      try {
        return storage.get(`ink-save/${storyId}/auto`) !== null || storage.get(`ink-save/${storyId}/auto~backup`) !== null;
      } catch {
        return false;
      }
    },
    async checkOtherTab() {
      const s = store.getState();
      seen.refresh();
      if (s.screen !== 'playing' || s.otherTab || autosaveSlot !== 'auto') return;
      const theirs = (await saves()).newerElsewhere('auto');
      // Another tab that only opened this same run (Continue rewrites the autosave) has not moved it on.
      if (theirs && !samePlace(theirs, live())) otherTabMovedOn(theirs);
    },
    resumeAutosave(slot) {
      autosaveSlot = slot;
      store.setState({ otherTab: null, notice: null, noticeDoor: null });
      saved = -1;
      changes++;
      if (saveCode) writeAutosave(saveCode);
      else scheduleAutosave();
    },
    async takeProblems() {
      const seenProblem = seen.takeProblem();
      const stored = (await saves()).takeProblems();
      return seenProblem ? [seenProblem, ...stored] : stored;
    },
    newGame(seed = clock.now() % 2147483647) {
      // The run on screen may still have an autosave waiting: store it before it is set aside.
      game.flush();
      keepEarlier = true;
      autosaveSlot = 'auto';
      store.setState({ otherTab: null });
      session?.dispose();
      session = null;
      // The build's first turn goes on screen at once; the Story is built, and checked against it, once that is painted.
      const turn = firstTurn;
      pendingFirst = turn && { seed, turn };
      if (!turn) session = createSession(story, seed);
      saveable = true;
      audio.loop(null);
      const first = turn ? turn.passage : live().continue();
      playCues([first], audio);
      // A story that restarts before the reader can choose would restart forever: it stops here instead, with its page.
      const loops = asksRestart(first.paragraphs) && !first.error;
      show(
        first,
        emptyPage,
        startHistory(turn ? turn.statsAfter : readStatValues(live()), sceneAfter(first, null)),
        loops ? { notice: null, error: RESTART_AT_START } : { notice: null },
      );
      scheduleAutosave();
      defer(() => void live());
      defer(() => prepareSpare(story));
    },
    choose(index, turn) {
      // A choice on the build's first passage builds its Story first (which may, should ink disagree, change the page).
      const session = live();
      const state = store.getState();
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
      show(passage, state, history, { seenText: wasSeen });
      scheduleAutosave();
      return true;
    },
    adopt({ session: next, passages, history, note, saveable: canSave = true, newRun = false }) {
      if (newRun) {
        game.flush();
        keepEarlier = true;
        autosaveSlot = 'auto';
        store.setState({ otherTab: null });
      }
      pendingFirst = null;
      if (next !== session) session?.dispose();
      session = next;
      saveable = canSave;
      let page: PageState = emptyPage;
      for (const p of passages) page = foldPassage(page, p.paragraphs, nextId);
      const last = passages.at(-1) ?? next.continue();
      // Sound follows the scene: restart the ambience the page was last set to, not every cue on the way.
      audio.loop(lastLoop(passages));
      show({ ...last, paragraphs: [] }, page, history, { notice: note ?? null });
      scheduleAutosave();
      defer(() => prepareSpare(story));
    },
    story: () => story,
    async replaceStory(next) {
      // Settle a waiting first turn on the story it came from before that story goes.
      const current = live();
      story = next;
      firstTurn = null;
      const s = store.getState();
      if (s.screen !== 'playing') {
        current.dispose();
        session = createSession(story, 1);
        store.setState({ meta: session.meta });
        return;
      }
      const [{ replayChoices }, { choicePath, rebuildHistory }] = await Promise.all([import('../saves/save-replay'), import('../history/history-branches')]);
      const out = replayChoices(story, current.seed, choicePath(s.history), 'by-text');
      const note = out.stop
        ? `The story changed: ${out.stop.reason}, so play stopped at turn ${out.fitted}, the last point that still fits.`
        : 'The story changed; your place was kept by replaying your choices.';
      game.adopt({ session: out.session, passages: out.passages, history: rebuildHistory(s.history, out.fitted), note });
    },
    session: () => live(),
    settled: () => lastAutosave,
    flush() {
      if (saveCode) writeAutosave(saveCode);
    },
    async snapshot() {
      const { snapshotSave } = await import('../saves/save-snapshot');
      return snapshotSave({ story, session: live(), history: store.getState().history, clock });
    },
    dismissNotice: () => store.setState({ notice: null, noticeDoor: null }),
  };
  // The title went up without a Story: build it once the title is on screen, so whatever the reader picks finds it ready.
  if (firstTurn) defer(() => void live());
  return game;
}

/** What the reader is told when a story asks to restart before its first choice (see newGame). */
export const RESTART_AT_START = 'The story asked to start over (# RESTART) before any choice, so it stops here rather than loop.';

/** Whether a stored run stands where the session does: the same seed and the same choices. */
function samePlace(save: { seed: number; log: readonly number[] }, session: StorySession): boolean {
  return save.seed === session.seed && save.log.length === session.log.length && save.log.every((x, i) => x === session.log[i]);
}

function playCues(passages: readonly Passage[], audio: AudioPort): void {
  for (const passage of passages)
    for (const p of passage.paragraphs)
      for (const raw of p.tags) {
        const tag = parseTag(raw);
        if (tag.kind === 'audio') audio.play(tag.cue);
        else if (tag.kind === 'audioloop') audio.loop(tag.cue);
      }
}

function lastLoop(passages: readonly Passage[]): string | null {
  let loop: string | null = null;
  for (const passage of passages)
    for (const p of passage.paragraphs)
      for (const raw of p.tags) {
        const tag = parseTag(raw);
        if (tag.kind === 'audioloop') loop = tag.cue;
      }
  return loop;
}
