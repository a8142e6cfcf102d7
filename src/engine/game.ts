/**
 * The game: a zustand store over a story session, built by a factory that
 * takes its outside pieces as ports. Views subscribe to the store and call the
 * actions; only this file turns story steps into state and sound.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyPage, foldPassage, type PageState } from './page';
import { type AudioPort, type ClockPort, silentAudio } from './ports';
import type { StoryMeta } from './story-meta';
import { type ChoiceView, createSession, type Passage, type StoryJson, type StorySession } from './story-session';
import { parseTag } from './tags';

export interface GameState extends PageState {
  meta: StoryMeta;
  screen: 'title' | 'playing';
  choices: ChoiceView[];
  stats: Record<string, number>;
  ended: boolean;
  error: string | null;
  /** Counts choices taken; a choice made for an older turn is ignored, so a double click never counts twice. */
  turn: number;
  seed: number;
}

export interface GameDeps {
  story: StoryJson;
  audio?: AudioPort;
  clock?: ClockPort;
}

export interface Game {
  store: StoreApi<GameState>;
  /** Start a fresh playthrough; the seed defaults to one taken from the clock. */
  newGame(seed?: number): void;
  /** Take choice `index` if `turn` is still the current turn. Returns whether it was taken. */
  choose(index: number, turn: number): boolean;
  /** The session behind the current playthrough, for saves and tools. */
  session(): StorySession;
}

export function createGame({ story, audio = silentAudio, clock = { now: () => Date.now() } }: GameDeps): Game {
  let session = createSession(story, 1);
  let paragraphId = 0;
  const nextId = () => ++paragraphId;

  const store = createStore<GameState>(() => ({
    ...emptyPage,
    meta: session.meta,
    screen: 'title',
    choices: [],
    stats: readStats(session),
    ended: false,
    error: null,
    turn: 0,
    seed: session.seed,
  }));

  const apply = (passage: Passage, base: PageState) => {
    playCues(passage, audio);
    const page = foldPassage(base, passage.paragraphs, nextId);
    store.setState({
      ...page,
      screen: 'playing',
      choices: passage.choices,
      stats: readStats(session),
      ended: passage.ended,
      error: passage.error,
      turn: session.log.length,
      seed: session.seed,
    });
  };

  return {
    store,
    newGame(seed = clock.now() % 2147483647) {
      session = createSession(story, seed);
      audio.loop(null);
      apply(session.continue(), emptyPage);
    },
    choose(index, turn) {
      const state = store.getState();
      if (turn !== state.turn || state.error) return false;
      const choice = state.choices.find((c) => c.index === index);
      if (!choice || choice.locked) return false;
      apply(session.choose(index), state);
      return true;
    },
    session: () => session,
  };
}

/** Reads every declared stat from the story's variables; observers miss LoadJson, so we read after each step. */
export function readStats(session: StorySession): Record<string, number> {
  const stats: Record<string, number> = {};
  for (const def of session.meta.stats) {
    const value = Number(session.variable(def.variable));
    stats[def.variable] = Number.isFinite(value) ? value : def.min;
  }
  return stats;
}

function playCues(passage: Passage, audio: AudioPort): void {
  for (const p of passage.paragraphs) {
    for (const raw of p.tags) {
      const tag = parseTag(raw);
      if (tag.kind === 'audio') audio.play(tag.cue);
      else if (tag.kind === 'audioloop') audio.loop(tag.cue);
    }
  }
}
