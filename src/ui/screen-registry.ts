/**
 * Every side screen of the player in one table: its id, the control that
 * usually opens it (for focus to return to), its button in the reading
 * header if it has one, and how its view is loaded. The shell (app.ts) reads
 * only this table, so adding a screen is a line here beside the screen's own
 * module (an `openScreen(ctx)` that draws it). Each module is imported when
 * its screen first opens, so the first passage pays for none of them.
 */
import { h } from './dom';
import type { ScreenModule } from './screen-types';

export type { AppDeps, ScreenContext, ScreenModule } from './screen-types';

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
  { id: 'endings', opener: 'title-endings', focus: '#endings-title', load: () => import('./screens/open-endings') },
] as const satisfies readonly ScreenDef[];

export type ScreenId = (typeof SCREENS)[number]['id'];

export function screenDef(id: ScreenId): ScreenDef {
  return SCREENS.find((d) => d.id === id) as ScreenDef;
}

/** The page shown while a screen's code loads. */
export function pendingScreen(id: ScreenId): HTMLElement {
  return h('section', { class: `screen pending ${id}` }, h('p', { class: 'loading' }, 'Loading…'));
}
