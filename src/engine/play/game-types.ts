/**
 * The game's shapes: the store's state, what createGame takes (its ports and
 * the build's first turn) and the Game it hands the views. Kept apart from
 * game.ts so the modules the game is built from can share them.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { HistoryTree } from '../history/history-tree';
import type { InkRuntime } from '../ink/ink-runtime';
import type { StoryMeta } from '../ink/story-meta';
import type { ChoiceView, Passage, StoryJson, StorySession } from '../ink/story-session';
import type { AudioPort, ClockPort, StoragePort } from '../ports';
import type { EarlierRuns } from '../saves/earlier-runs';
import type { Save } from '../saves/save-format';
import type { SaveStore } from '../saves/save-store';
import type { FirstTurn } from './first-turn';
import type { PageState } from './page';

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
  /**
   * The story engine (ink-runtime.ts), or a loader for it. A loader keeps inkjs off the first screen: the game
   * loads it after New game's first passage is painted, with the first choice if that comes sooner, or when a
   * save, an autosave or a snapshot needs the Story. A story without a first turn from the build needs the
   * engine for its title screen, so it must be given the engine itself.
   */
  ink: InkRuntime | (() => Promise<InkRuntime>);
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
  /**
   * Take choice `index` if `turn` is still the current turn. Returns whether it was taken; before the story engine
   * has loaded, it loads, the choice is taken then (if `turn` is still current) and the answer is true.
   */
  choose(index: number, turn: number): boolean;
  /** Make a restored or replayed playthrough the current one. */
  adopt(play: Playthrough): void;
  /** The compiled story in play (it changes when an author edits the ink in development). */
  story(): StoryJson;
  /** Swap in an edited story and replay the current choices on it, stopping where they no longer fit. */
  replaceStory(story: StoryJson): Promise<void>;
  /** The session in play. Needs the story engine: before it has loaded (see GameDeps.ink), wait for `ready`. */
  session(): StorySession;
  /** Resolves once the story engine has loaded, loading it now if it waited. */
  ready(): Promise<void>;
  /** A save of the playthrough as it stands. */
  snapshot(): Promise<Save>;
  /** Resolves once the autosaves asked for so far are written (for tests). */
  settled(): Promise<void>;
  /** Writes a pending autosave now, synchronously, if the save code has loaded: for when the page is about to go away. */
  flush(): void;
  dismissNotice(): void;
}
