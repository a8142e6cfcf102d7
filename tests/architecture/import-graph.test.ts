import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { everythingLoaded, findCycles, readImportGraph, startUpPath } from '../support/import-graph';

const src = path.resolve(import.meta.dirname, '../../src');
const graph = readImportGraph(src);
const rel = (files: Iterable<string>) => [...files].map((f) => path.relative(src, f)).sort();

describe('the import graph of src/', () => {
  it('reads the real graph: the player starts from main.ts and reaches the game store', () => {
    expect(rel(startUpPath(graph, path.join(src, 'main.ts')))).toContain('engine/play/game.ts');
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
    const loaded = rel(everythingLoaded(graph, path.join(src, 'main.ts')));
    expect(loaded.filter((f) => f.startsWith('engine/analysis/') || f.startsWith('tooling/') || f.startsWith('authoring/'))).toEqual([]);
  });

  it('keeps saves, history screens and the map off the first screen: they load when first needed', () => {
    const first = rel(startUpPath(graph, path.join(src, 'main.ts')));
    expect(first.filter((f) => f.startsWith('engine/saves/') || f === 'ui/story-map.ts' || f === 'ui/saves-view.ts')).toEqual([]);
  });
});
