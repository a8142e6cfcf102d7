/**
 * How many endings this browser has found of how many there are, for the
 * ending card. The ending just reached counts even when the endings record
 * has not been written yet (a replay link reaches its ending before the
 * record is read), so the card never says "0 of 13" at an ending.
 */
import type { GameState } from '../../engine/play/game';
import type { AppDeps } from '../screen-types';

export async function endingsFound(deps: AppDeps, s: GameState): Promise<{ found: number; total: number }> {
  const [report, saves] = await Promise.all([deps.loadReport(), deps.game.saves()]);
  const reached = saves.endings();
  const here = s.ending?.id;
  const all = report?.endings.map((e) => e.id) ?? [...new Set([...Object.keys(reached), ...(here ? [here] : [])])];
  return { found: all.filter((id) => reached[id] || id === here).length, total: all.length };
}
