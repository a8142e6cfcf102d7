/**
 * The run an action would replace: the one on screen when it is unfinished,
 * or, from the title screen, the one the autosave holds. New game, a replay
 * link, Load and Import ask the reader first whenever there is one (the run
 * is then kept among the earlier runs, but the reader should know).
 */
import type { SaveLabel } from '../saves/save-format';
import type { Game } from './game';

export interface RunAtStake extends SaveLabel {
  /** When the autosave holding it was written, when it is not the run on screen. */
  savedAt?: number;
}

export async function runAtStake(game: Game): Promise<RunAtStake | null> {
  const s = game.store.getState();
  if (s.screen === 'playing') return s.turn > 0 && !s.ended && !s.error ? { scene: s.scene, stats: s.stats, turn: s.turn } : null;
  if (!game.hasAutosave()) return null;
  const read = (await game.saves()).read('auto');
  return read.ok && read.save.label.turn > 0 && !finished(read.save.inkState) ? { ...read.save.label, savedAt: read.save.savedAt } : null;
}

/** Whether ink's saved state offers no choice any more: the run reached an ending (nothing is lost by starting again). */
function finished(inkState: string): boolean {
  try {
    const state = JSON.parse(inkState) as { currentFlowName?: unknown; flows?: Record<string, { currentChoices?: unknown }> };
    const flow = state.flows?.[typeof state.currentFlowName === 'string' ? state.currentFlowName : 'DEFAULT_FLOW'];
    return Array.isArray(flow?.currentChoices) && flow.currentChoices.length === 0;
  } catch {
    return false;
  }
}
