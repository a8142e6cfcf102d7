/**
 * The story session in play, and the handoff from the build's first turn to
 * it. With a first turn from the build (first-turn.ts) the title and a new
 * game's first passage need no Story: the session is built only when
 * something needs it (`live`), and the turn it plays is checked against the
 * one shown. Everything that touches the session or that waiting turn goes
 * through here, so the game never holds a Story and a stand-in at once.
 */
import { readStatValues } from '../history/history-entry';
import type { InkRuntime } from '../ink/ink-runtime';
import type { Passage, StoryJson, StorySession } from '../ink/story-session';
import type { FirstTurn } from './first-turn';
import type { GameDeps } from './game-types';

/** A new game whose first passage is on screen from the build, waiting for its Story. */
export interface WaitingTurn {
  seed: number;
  turn: FirstTurn;
}

export interface FirstTurnHandoff {
  /** The compiled story in play. */
  story(): StoryJson;
  /** The session in play, built now (and checked against the page shown) if it is still waiting. Needs the engine loaded. */
  live(): StorySession;
  /** Whether the story engine has loaded, so `live` can build a Story. */
  isReady(): boolean;
  /** Runs `work` once the story engine has loaded: now if it has, else after loading it. */
  whenReady(work: () => void): Promise<void>;
  /** Parses a spare Story for the next load or rewind, once the engine has loaded. */
  prepareSpare(): void;
  /** The new game waiting for its Story, if any. */
  waiting(): WaitingTurn | null;
  /** Where play stands, read from the waiting turn while there is no Story. */
  standing(): { stats: Record<string, number>; turn: number; seed: number };
  /** Sets the current run aside and starts one with `seed`: its first passage and the stats after it. */
  start(seed: number): { passage: Passage; stats: Record<string, number> };
  /** Makes `next` the session in play (a restored or replayed playthrough). */
  adopt(next: StorySession): void;
  /** Swaps in an edited story (which plays its own first turn); returns the session that played the old one. */
  replaceStory(next: StoryJson): StorySession;
}

/**
 * `disagreed` is told when ink's own first turn differs from the one shown: the session is
 * already live, and its passage should replace the page.
 */
export function createFirstTurnHandoff(
  initial: StoryJson,
  builtTurn: FirstTurn | null,
  ink: GameDeps['ink'],
  disagreed: (session: StorySession, passage: Passage) => void,
): FirstTurnHandoff {
  let story = initial;
  let runtime: InkRuntime | null = typeof ink === 'function' ? null : ink;
  let loading: Promise<InkRuntime> | null = null;
  const engine = (): InkRuntime => {
    if (runtime) return runtime;
    throw new Error('The story engine (inkjs) has not loaded yet: only a story with a first turn from the build can start without it.');
  };
  const loader = typeof ink === 'function' ? ink : () => Promise.resolve(ink);
  const load = (): Promise<InkRuntime> => {
    loading ??= loader().then((loaded) => (runtime = loaded));
    return loading;
  };
  // Valid for `story` only: an edited story (replaceStory) plays its own first turn.
  let firstTurn = builtTurn;
  // No Story yet when the build played the first turn: `live()` builds it once something needs it.
  // Without one, the title's session is built now, on the way to the first passage: its Story reads knots as they are reached.
  let session: StorySession | null = firstTurn ? null : engine().createSession(story, 1, { knotsWhenReached: true });
  let pending: WaitingTurn | null = null;

  const live = (): StorySession => {
    if (session) return session;
    const waiting = pending;
    pending = null;
    session = engine().createSession(story, waiting?.seed ?? 1);
    if (waiting) {
      const passage = session.continue();
      // The build checked that ink never read its seed in this turn (first-turn.ts); should ink still disagree, its own page replaces the one shown.
      if (!sameFirstTurn(waiting.turn, passage, readStatValues(session))) disagreed(session, passage);
    }
    return session;
  };

  return {
    story: () => story,
    live,
    isReady: () => runtime !== null,
    async whenReady(work) {
      if (!runtime) await load();
      work();
    },
    prepareSpare: () => runtime?.prepareSpare(story),
    waiting: () => pending,
    standing() {
      if (pending) return { stats: pending.turn.statsAfter, turn: 0, seed: pending.seed };
      const s = live();
      return { stats: readStatValues(s), turn: s.log.length, seed: s.seed };
    },
    start(seed) {
      session?.dispose();
      session = null;
      // The build's first turn goes on screen at once; the Story is built, and checked against it, once that is painted.
      const turn = firstTurn;
      pending = turn && { seed, turn };
      if (turn) return { passage: turn.passage, stats: turn.statsAfter };
      const fresh = engine().createSession(story, seed, { knotsWhenReached: true });
      session = fresh;
      const passage = fresh.continue();
      return { passage, stats: readStatValues(fresh) };
    },
    adopt(next) {
      pending = null;
      if (next !== session) session?.dispose();
      session = next;
    },
    replaceStory(next) {
      // Settle a waiting first turn on the story it came from before that story goes.
      const current = live();
      story = next;
      firstTurn = null;
      return current;
    },
  };
}

/** Whether a turn the story played is the one shown from the build (same text, choices and stats). */
export function sameFirstTurn(shown: FirstTurn, passage: Passage, stats: Record<string, number>): boolean {
  return JSON.stringify(passage) === JSON.stringify(shown.passage) && JSON.stringify(stats) === JSON.stringify(shown.statsAfter);
}
