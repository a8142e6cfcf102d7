import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, loadedFrom, readImportGraph } from '../support/import-graph';

const src = path.resolve(import.meta.dirname, '../../src');
const graph = readImportGraph(src);
const rel = (files: Iterable<string>) => [...files].map((f) => path.relative(src, f)).sort();

describe('the import graph of src/', () => {
  it('reads the real graph: the player starts from main.ts and reaches the game store', () => {
    expect(rel(loadedFrom(graph, path.join(src, 'main.ts'), { lazy: false }))).toContain('engine/play/game.ts');
  });

  it('has no import cycle anywhere, types included', () => {
    expect(findCycles(graph).map(rel)).toEqual([]);
  });

  it('sees a cycle when there is one', () => {
    const a = path.join(src, 'a.ts');
    const b = path.join(src, 'b.ts');
    const looped = new Map([
      [a, [{ to: b, dynamic: false, typeOnly: true }]],
      [b, [{ to: a, dynamic: true, typeOnly: false }]],
    ]);
    expect(findCycles(looped).map(rel)).toEqual([['a.ts', 'b.ts']]);
  });

  it('keeps the explorer and the tooling off the player: main.ts never loads engine/analysis or src/tooling, even lazily', () => {
    const loaded = rel(loadedFrom(graph, path.join(src, 'main.ts'), { lazy: true }));
    expect(loaded.filter((f) => f.startsWith('engine/analysis/') || f.startsWith('tooling/') || f.startsWith('authoring/'))).toEqual([]);
  });

  it('keeps saves, history screens and the map off the first screen: they load when first needed', () => {
    const first = rel(loadedFrom(graph, path.join(src, 'main.ts'), { lazy: false }));
    expect(first.filter((f) => f.startsWith('engine/saves/') || f === 'ui/map/story-map.ts' || f === 'ui/screens/saves-view.ts')).toEqual([]);
  });
});
