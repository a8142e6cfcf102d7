/** Opens the History screen for the screen registry (screen-registry.ts). */
import type { ScreenContext } from '../screen-types';
import { createHistoryView } from './history-view';

export function openScreen({ deps, close }: ScreenContext): HTMLElement {
  return createHistoryView({ game: deps.game, close, say: (m) => deps.game.store.setState({ notice: m }) });
}
