/**
 * The consequence report judges options against each other in every state, not
 * a menu as a whole: two options of three that merge only at low nerve are a
 * finding, with the states that merge them out of those that offer them and a
 * path that reaches one; options that differ at every nerve are not.
 */
import { describe, expect, it } from 'vitest';
import type { ChoiceFinding } from '../../../src/engine/analysis/consequence-report';
import { exploreConsequences } from '../../../src/engine/analysis/consequences';
import { compileFixture } from '../../support/fixtures';

describe('the consequence report, option against option', () => {
  const report = exploreConsequences(compileFixture('consequences/merges.ink')).consequences;
  const choices = (report?.findings ?? []).filter((f): f is ChoiceFinding => 'node' in f);
  const at = (node: string) => choices.filter((f) => f.node === node);

  it('merges two of three options that lead to the same text and state only at low nerve', () => {
    expect(at('shot.0')).toEqual([
      expect.objectContaining({ rule: 'no-consequence', options: ['Fire at his chest', 'Fire at his legs'], states: 1, offered: 2 }),
    ]);
  });

  it('gives the merge a path that reaches it at low nerve', () => {
    // The second opening option sets nerve to 20.
    expect(at('shot.0')[0]?.path).toEqual([1]);
  });

  it('places the merge at its first option and knows where each merged option is', () => {
    const [merge] = at('shot.0');
    expect(merge?.at).toBe(merge?.optionsAt[0]);
    expect(merge?.optionsAt).toHaveLength(2);
  });

  it('finds nothing at a menu whose options show different text at every nerve', () => {
    expect(at('call.0')).toEqual([]);
    expect(at('start.0')).toEqual([]);
  });

  it('finds two options with the same text but different futures unanswered between themselves, though the third answers', () => {
    expect(at('yard.0')).toEqual([expect.objectContaining({ rule: 'unanswered', options: ['Pat the dog', 'Step past it'], states: 2, offered: 2 })]);
  });

  it('still reports a merge the author acknowledged (the tooling lists it as acknowledged)', () => {
    expect(at('gate.0')).toEqual([expect.objectContaining({ rule: 'no-consequence', options: ['Wait', 'Slip through the gap'] })]);
  });

  it('counts one finding per choice point and group of options', () => {
    expect(report?.counts).toEqual({ 'no-consequence': 2, unanswered: 1, 'dead-write': 0, 'dropped-thread': 0 });
  });
});
