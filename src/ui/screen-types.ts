/**
 * The types a side screen and the shell share: what the app is given (its
 * ports), and what a screen's module is handed when it opens. Apart from the
 * registry so a screen's module can name them without importing the table
 * that imports it.
 */
import type { StoryReport } from '../engine/analysis/story-report';
import type { Game, GameState } from '../engine/play/game';
import type { Settings } from '../engine/play/settings';
import type { AudioPort, StoragePort } from '../engine/ports';

export interface AppDeps {
  game: Game;
  storage: StoragePort;
  audio: AudioPort;
  /** Whether the reader asked the system for reduced motion. */
  reducedMotion(): boolean;
  loadReport(): Promise<StoryReport | null>;
  download(name: string, text: string): void;
  /** The full URL that replays a run from its replay code. */
  replayUrl(code: string): string;
  /**
   * The first passage is drawn with the header, stats strip and choices held back a frame (boxes kept): set where the
   * page waited for the engine before New game worked (no first turn from the build), whose first reading frame is late.
   */
  lightFirstFrame?: boolean;
}

/** What a screen's loader is given: the game, the app's ports, the reader's settings and the way out. */
export interface ScreenContext {
  deps: AppDeps;
  state: GameState;
  settings: Settings;
  /** The reader changed their settings: the app keeps them for the screens opened next. */
  settingsChanged(next: Settings): void;
  /** A warning the reading screen shows until the reader dismisses it. */
  warn(text: string): void;
  close(): void;
}

/** A screen's module: how it is drawn, given the context. */
export interface ScreenModule {
  openScreen(ctx: ScreenContext): HTMLElement | Promise<HTMLElement>;
}
