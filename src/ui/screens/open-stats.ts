/** Opens the stats screen ("What these mean") for the screen registry (screen-registry.ts). */
import type { ScreenContext } from '../screen-types';
import { createStatsView } from './stats-view';

export function openScreen({ state: s, close }: ScreenContext): HTMLElement {
  return createStatsView({ meta: s.meta, stats: s.stats, start: s.history.nodes[0]?.stats ?? {}, close });
}
