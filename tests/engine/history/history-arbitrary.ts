/**
 * fast-check generators for history trees: random runs of record, rewind and
 * switch, the way a player wanders through a story. Shared by the history and
 * save property tests.
 */
import fc from 'fast-check';
import { rewindTo, switchTo } from '../../../src/engine/history/history-branches';
import { type HistoryTree, recordChoice, startHistory } from '../../../src/engine/history/history-tree';

export type HistoryCommand =
  | { kind: 'record'; index: number; text: string; stats: Record<string, number>; scene: string | null; preview: string }
  | { kind: 'rewind'; pick: number }
  | { kind: 'switch'; pick: number };

const record = fc.record({
  kind: fc.constant('record' as const),
  index: fc.nat({ max: 4 }),
  text: fc.constantFrom('Keep watching.', 'Adjust the sights.', 'Climb down.', 'Run!', ''),
  stats: fc.record({ nerve: fc.integer({ min: -5, max: 105 }), aim: fc.integer({ min: 0, max: 100 }) }),
  scene: fc.constantFrom(null, 'Camp', 'The Ridge'),
  preview: fc.string({ maxLength: 100 }),
});

export const historyCommands = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: record },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rewind' as const), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('switch' as const), pick: fc.nat() }) },
  ),
  { maxLength: 120 },
);

export function runCommands(commands: readonly HistoryCommand[]): HistoryTree {
  let tree = startHistory({ nerve: 50, aim: 40 }, 'Camp');
  for (const c of commands) {
    const ids = Object.keys(tree.nodes).map(Number);
    if (c.kind === 'record') tree = recordChoice(tree, { choiceIndex: c.index, choiceText: c.text, stats: c.stats, scene: c.scene, preview: c.preview });
    else if (c.kind === 'rewind') tree = rewindTo(tree, ids[c.pick % ids.length] ?? 0).tree;
    else tree = switchTo(tree, ids[c.pick % ids.length] ?? 0).tree;
  }
  return tree;
}

export const historyTrees = historyCommands.map(runCommands);
