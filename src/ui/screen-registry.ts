/**
 * Every side screen of the player in one table: its id, the control that
 * usually opens it (for focus to return to), its button in the reading
 * header if it has one, and how its view is loaded. The shell (app.ts) reads
 * only this table, so adding a screen is a line here beside the screen's own
 * module (an `openScreen(ctx)` that draws it). Each module is imported when
 * its screen first opens, so the first passage pays for none of them.
 */
import type { StoryReport } from '../engine/analysis/story-report';
import type { Game, GameState } from '../engine/play/game';
import type { Settings } from '../engine/play/settings';
import type { AudioPort, StoragePort } from '../engine/ports';
import { h } from './dom';

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

export interface ScreenDef {
  /** Also the screen's class on its section (`.screen.<id>`). */
  id: string;
  /** The id of the control that usually opens it: focus goes back there when no other opener is known. */
  opener: string;
  /** Its button in the reading header, when it has one (the opener above is that button). */
  headerLabel?: string;
  /** What takes focus once the screen is drawn, before its first control. */
  focus?: string;
  /** Its module, imported when the screen first opens. */
  load(): Promise<ScreenModule>;
}

export const SCREENS = [
  { id: 'history', opener: 'open-history', headerLabel: 'History', load: () => import('./screens/open-history') },
  { id: 'map', opener: 'open-map', headerLabel: 'Map', focus: '#map-done', load: () => import('./map/open-story-map') },
  { id: 'saves', opener: 'open-saves', headerLabel: 'Saves', load: () => import('./screens/open-saves') },
  { id: 'settings', opener: 'open-settings', headerLabel: 'Settings', load: () => import('./screens/open-settings') },
  { id: 'about-stats', opener: 'open-stats', load: () => import('./screens/open-stats') },
  { id: 'endings', opener: 'title-endings', load: () => import('./screens/open-endings') },
] as const satisfies readonly ScreenDef[];

export type ScreenId = (typeof SCREENS)[number]['id'];

export function screenDef(id: ScreenId): ScreenDef {
  return SCREENS.find((d) => d.id === id) as ScreenDef;
}

/** The page shown while a screen's code loads. */
export function pendingScreen(id: ScreenId): HTMLElement {
  return h('section', { class: `screen pending ${id}` }, h('p', { class: 'loading' }, 'Loading…'));
}
