/** Opens the Saves screen for the screen registry (screen-registry.ts): saving is offered only while a story is in play. */
import type { ScreenContext } from '../screen-types';
import { createSavesView } from './saves-view';

export function openScreen({ deps, state, close }: ScreenContext): HTMLElement {
  return createSavesView({ game: deps.game, playing: state.screen === 'playing', close, download: deps.download });
}
