/**
 * Tells a choice apart from a jump in time. The reading screen echoes the
 * choice just made and marks the stats it moved, but only when the reader
 * took one step forward from where they stood: a restart, a rewind, a load or
 * a replay link also changes the stats and the page, and marking those would
 * report changes the story never made.
 */
import { getNode, type HistoryNode } from '../../engine/history/history-tree';
import type { GameState } from '../../engine/play/game';

type Step = Pick<GameState, 'screen' | 'turn' | 'history'>;

/** The history node of the choice that led from `prev` to `next`, or null when `next` was not reached by one choice. */
export function choiceJustMade(prev: Step | null, next: Step): HistoryNode | null {
  if (prev?.screen !== 'playing' || next.screen !== 'playing') return null;
  if (prev.history === next.history || next.turn !== prev.turn + 1) return null;
  const node = next.history.nodes[next.history.current];
  if (!node || node.parent !== prev.history.current) return null;
  // A choice extends the same tree, so the node stood on before is the very same object; a load
  // or a replay link builds a new tree, whose nodes are new objects even when their ids agree.
  if (next.history.nodes[prev.history.current] !== prev.history.nodes[prev.history.current]) return null;
  return getNode(next.history, next.history.current);
}
