import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { branches, choicePath, rewindTo, switchTo, withPathChoices } from '../../../src/engine/history/history-branches';
import {
  childrenOf,
  HISTORY_LIMITS,
  type HistoryEntry,
  type HistoryTree,
  leaves,
  pathTo,
  recordChoice,
  startHistory,
} from '../../../src/engine/history/history-tree';
import { deserialiseHistory, serialiseHistory } from '../../../src/engine/saves/history-codec';
import { historyCommands, runCommands } from './history-arbitrary';

const take = (choiceIndex: number, choiceText: string, nerve = 50): HistoryEntry => ({
  choiceIndex,
  choiceText,
  stats: { nerve, aim: 40 },
  scene: 'Camp',
  preview: `After ${choiceText}`,
});

function walk(...entries: HistoryEntry[]): HistoryTree {
  return entries.reduce(recordChoice, startHistory({ nerve: 50, aim: 40 }, 'Camp'));
}

describe('the history tree', () => {
  it('records each choice as a child of the one before, with its turn and stat changes', () => {
    const tree = walk(take(0, 'Breathe.', 60), take(1, 'Wait.', 55));
    const path = pathTo(tree, tree.current);
    expect(path.map((n) => [n.turn, n.choiceText])).toEqual([
      [1, 'Breathe.'],
      [2, 'Wait.'],
    ]);
    expect(path.map((n) => n.statDeltas)).toEqual([
      { nerve: 10, aim: 0 },
      { nerve: -5, aim: 0 },
    ]);
  });

  it('keeps the old branch when the player rewinds and chooses differently', () => {
    let tree = walk(take(0, 'Breathe.'), take(1, 'Wait.'));
    const { tree: rewound, path } = rewindTo(tree, pathTo(tree, tree.current)[0]?.id ?? -1);
    expect(path).toEqual([{ index: 0, text: 'Breathe.' }]);
    tree = recordChoice(rewound, take(0, 'Shoot.'));
    expect(
      leaves(tree)
        .map((n) => n.choiceText)
        .sort(),
    ).toEqual(['Shoot.', 'Wait.']);
    expect(choicePath(tree).map((s) => s.text)).toEqual(['Breathe.', 'Shoot.']);
  });

  it('moves onto an existing node instead of duplicating the same choice', () => {
    const tree = walk(take(0, 'Breathe.'), take(1, 'Wait.'));
    const again = recordChoice(rewindTo(tree, 0).tree, take(0, 'Breathe.'));
    expect(Object.keys(again.nodes)).toHaveLength(3);
    expect(again.current).toBe(pathTo(tree, tree.current)[0]?.id);
  });

  it('switches to a branch by going to its newest leaf', () => {
    let tree = walk(take(0, 'Breathe.'), take(1, 'Wait.'));
    tree = recordChoice(rewindTo(tree, 0).tree, take(1, 'Run.'));
    const { tree: back, path } = switchTo(tree, pathTo(tree, 2)[0]?.id ?? -1);
    expect(path.map((s) => s.text)).toEqual(['Breathe.', 'Wait.']);
    expect(back.current).toBe(2);
    expect(switchTo(tree, 0).tree.current).toBe(3);
  });

  it('lists branches with where they split off and which one the player is on', () => {
    let tree = walk(take(0, 'Breathe.'), take(1, 'Wait.'));
    tree = recordChoice(rewindTo(tree, 1).tree, take(0, 'Shoot.'));
    const summary = branches(tree).map((b) => [b.leaf.choiceText, b.forkTurn, b.isCurrent]);
    expect(summary).toEqual([
      ['Wait.', 1, false],
      ['Shoot.', 1, true],
    ]);
  });

  it('refuses to rewind to a node that does not exist', () => {
    expect(() => rewindTo(walk(take(0, 'Breathe.')), 99)).toThrow(/no history node 99/);
  });

  it('rewrites the choices along a path after the story moved or reworded them', () => {
    const steps = [
      { index: 0, text: 'Breathe slowly.' },
      { index: 1, text: 'Wait.' },
    ];
    expect(choicePath(withPathChoices(walk(take(1, 'Breathe.'), take(2, 'Wait.')), 2, steps))).toEqual(steps);
  });

  it('prunes the oldest side branches once it outgrows its cap, never the current path', () => {
    let tree = walk(take(0, 'Side.'));
    tree = rewindTo(tree, 0).tree;
    for (let i = 0; i < HISTORY_LIMITS.nodes - 1; i++) tree = recordChoice(tree, take(i % 3, `Step ${i}.`));
    expect(Object.keys(tree.nodes)).toHaveLength(HISTORY_LIMITS.nodes);
    expect(tree.nodes[1]).toBeUndefined();
    expect(pathTo(tree, tree.current)).toHaveLength(HISTORY_LIMITS.nodes - 1);
  }, 20_000);

  it('refuses serialised trees that loop, dangle or overflow', () => {
    const good = serialiseHistory(walk(take(0, 'Breathe.'), take(1, 'Wait.')));
    const loop = { ...good, nodes: good.nodes.map((n, i) => (i === 1 ? [n[0], 2, ...n.slice(2)] : n)) };
    expect(() => deserialiseHistory(loop)).toThrow(/hangs from nothing/);
    expect(() => deserialiseHistory({ ...good, current: 42 })).toThrow(/points nowhere/);
    expect(() => deserialiseHistory({ ...good, texts: ['x'.repeat(1000)] })).toThrow(/too large/);
    expect(() => deserialiseHistory({ ...good, nodes: [] })).toThrow(/empty/);
    expect(() => deserialiseHistory('nonsense')).toThrow(/history/);
  });
});

describe('the history tree, under random wandering', () => {
  it('keeps every path from the root valid and the current node in the tree', () => {
    fc.assert(
      fc.property(historyCommands, (commands) => {
        const tree = runCommands(commands);
        expect(tree.nodes[tree.current]).toBeDefined();
        for (const node of Object.values(tree.nodes)) {
          const path = pathTo(tree, node.id);
          expect(path.length).toBe(node.turn);
          expect(path.map((n) => n.parent)).toEqual([0, ...path.slice(0, -1).map((n) => n.id)].slice(0, path.length));
          expect(node.id).toBeLessThan(tree.nextId);
        }
      }),
    );
  });

  it('never holds two children for the same choice', () => {
    fc.assert(
      fc.property(historyCommands, (commands) => {
        const tree = runCommands(commands);
        for (const node of Object.values(tree.nodes)) {
          const keys = childrenOf(tree, node.id).map((c) => `${c.choiceIndex}|${c.choiceText}`);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
    );
  });

  it('reads back exactly what it wrote', () => {
    fc.assert(
      fc.property(historyCommands, (commands) => {
        const tree = runCommands(commands);
        const json = JSON.parse(JSON.stringify(serialiseHistory(tree)));
        expect(deserialiseHistory(json)).toEqual(tree);
      }),
    );
  });
});
