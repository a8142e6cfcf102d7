import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { inkCompletion } from '../../src/studio/ink-editing';
import { findDefinition, flowLines, labelNames, outline, variableNames, wordCount } from '../../src/studio/ink-outline';

const text = `VAR nerve = 4
CONST MAX = 10
== ridge ==
Kee climbs. # scene: The ridge
* (look) [Look down] -> ridge.edge
= edge
~ temp drop = 3
The drop is long. -> END
=== function shift(ref s, by)
~ s = s + by
`;

describe('reading ink without compiling it', () => {
  it('outlines knots, their stitches with dotted paths, and functions, at their lines', () => {
    expect(outline(text)).toEqual([
      { kind: 'knot', name: 'ridge', path: 'ridge', line: 3 },
      { kind: 'stitch', name: 'edge', path: 'ridge.edge', line: 6 },
      { kind: 'function', name: 'shift', path: 'shift', line: 9 },
    ]);
  });

  it('finds the names autocomplete offers: variables, constants, temps and labels', () => {
    expect(variableNames(text)).toEqual(['nerve', 'MAX', 'drop']);
    expect(labelNames(text)).toEqual(['look']);
  });

  it('counts the words a reader reads, not code, tags, diverts or comments', () => {
    expect(wordCount(text)).toBe(2 + 2 + 4);
    expect(wordCount('// a comment\n/* a\nblock */\nOne {x: two|three} four. -> next # tag')).toBe(2);
  });

  it('goes to the definition of a divert target in another file, or of a stitch in the knot being written', () => {
    const files = { 'main.ink': '-> ridge\n', 'scenes/ridge.ink': text };
    expect(findDefinition(files, 'ridge', 'main.ink', 1)).toEqual({ file: 'scenes/ridge.ink', line: 3 });
    expect(findDefinition(files, 'ridge.edge', 'main.ink', 1)).toEqual({ file: 'scenes/ridge.ink', line: 6 });
    expect(findDefinition(files, 'edge', 'scenes/ridge.ink', 5)).toEqual({ file: 'scenes/ridge.ink', line: 6 });
    expect(findDefinition(files, 'nowhere', 'main.ink', 1)).toBeNull();
  });

  it('offers a LIST’s items in logic, alone and as list.item', () => {
    const files = { 'main.ink': 'LIST mood = calm, (tense) = 2, angry // how Kee feels\n~ mood = te' };
    const state = EditorState.create({ doc: files['main.ink'] });
    const result = inkCompletion(() => files)(new CompletionContext(state, state.doc.length, false));
    const labels = result?.options.map((o) => o.label) ?? [];
    expect(labels).toEqual(expect.arrayContaining(['calm', 'tense', 'angry', 'mood.calm', 'mood.tense', 'mood.angry']));
  });

  it('marks a knot the explorer never reached from its header to the next', () => {
    expect(flowLines(['b'], '== a ==\nA.\n== b ==\nB.\nMore.\n== c ==\nC.')).toEqual([3, 4, 5]);
  });
});
